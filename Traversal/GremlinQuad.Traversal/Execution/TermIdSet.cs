using System.Numerics;
using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Execution;

/// <summary>
/// A set of terms by open addressing over a power-of-two array of raw term values: the visited set of a
/// frontier BFS. No per-member objects and no hashing through TermId's record equality, so adding a
/// million vertices costs a few array resizes. <see cref="TermId.Default"/> (raw 0) marks an empty slot;
/// it is never an element's term.
/// </summary>
internal sealed class TermIdSet
{
    private ulong[] _slots;
    private int _mask;

    public TermIdSet(int capacity = 64)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = new ulong[size];
        _mask = size - 1;
    }

    public int Count { get; private set; }

    /// <summary>False when the term was already present.</summary>
    public bool Add(TermId term)
    {
        var value = term.Value;
        if (value == 0) throw new ArgumentException("The default term is not an element and cannot be a member.", nameof(term));
        var slot = Slot(value);
        while (true)
        {
            var existing = _slots[slot];
            if (existing == value) return false;
            if (existing == 0) break;
            slot = (slot + 1) & _mask;
        }
        _slots[slot] = value;
        // Half full at most: probes stay short even on the clustered ids of a bulk load.
        if (++Count * 2 > _slots.Length) Grow();
        return true;
    }

    public void Clear()
    {
        if (Count == 0) return;
        Array.Clear(_slots);
        Count = 0;
    }

    private int Slot(ulong value) => (int)((value * 0x9E3779B97F4A7C15UL) >> 32) & _mask;

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        _mask = _slots.Length - 1;
        foreach (var value in old)
        {
            if (value == 0) continue;
            var slot = Slot(value);
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = value;
        }
    }
}
