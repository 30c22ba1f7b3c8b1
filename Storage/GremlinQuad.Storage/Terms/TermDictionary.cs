using System.Collections.Concurrent;

namespace GremlinQuad.Storage.Terms;

/// <summary>
/// Value ⇄ term for the dictionary kinds, shared by all versions of a store. Append-only: an entry,
/// once published, never changes, so readers use it without locks. Ids come from one sequence for all
/// kinds; a batch reserves ids early (so it can write quads with them) but publishes its entries only
/// when it commits, and each entry records that commit's version so older snapshots do not see it.
/// Ids reserved by an aborted batch are simply never used.
/// </summary>
internal sealed class TermDictionary
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly ConcurrentDictionary<DictionaryKey, Entry> _forward = new();
    private object?[][] _chunks = [];
    private long _lastSequence;
    private int _count;

    /// <summary>Number of published entries.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The highest id handed out so far (published or not).</summary>
    public long LastSequence => Interlocked.Read(ref _lastSequence);

    /// <summary>A fresh id, unique across kinds; not visible to anyone until published.</summary>
    public ulong Reserve() => (ulong)Interlocked.Increment(ref _lastSequence);

    /// <summary>Makes sure ids after <paramref name="sequence"/> are the only ones handed out (recovery).</summary>
    public void ReserveThrough(long sequence)
    {
        long seen;
        while ((seen = Interlocked.Read(ref _lastSequence)) < sequence)
            Interlocked.CompareExchange(ref _lastSequence, sequence, seen);
    }

    /// <summary>The published term for a value, if published at or before <paramref name="version"/>.</summary>
    public bool TryGetTerm(in DictionaryKey key, long version, out TermId term)
    {
        if (_forward.TryGetValue(key, out var entry) && entry.Version <= version)
        {
            term = entry.Term;
            return true;
        }
        term = default;
        return false;
    }

    /// <summary>The published term for a value, whatever version published it.</summary>
    public bool TryGetLatest(in DictionaryKey key, out TermId term)
    {
        var found = _forward.TryGetValue(key, out var entry);
        term = entry.Term;
        return found;
    }

    public bool TryGetValue(TermId term, out object value)
    {
        var sequence = term.Payload;
        var chunks = Volatile.Read(ref _chunks);
        var chunk = sequence >> ChunkBits;
        if (chunk < (ulong)chunks.Length && chunks[chunk][sequence & (ChunkSize - 1)] is { } found)
        {
            value = found;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>
    /// Publishes one entry. Called only from the commit path (one thread at a time); the reverse slot
    /// is written before the forward entry so that anyone who can find the term can also read it back.
    /// </summary>
    public void Publish(TermKind kind, object value, TermId term, long version)
    {
        var sequence = term.Payload;
        var chunks = _chunks;
        var chunk = sequence >> ChunkBits;
        if (chunk >= (ulong)chunks.Length)
        {
            var grown = new object?[Math.Max((int)chunk + 1, chunks.Length * 2)][];
            chunks.CopyTo(grown, 0);
            for (var i = chunks.Length; i < grown.Length; i++) grown[i] = new object?[ChunkSize];
            Volatile.Write(ref _chunks, grown);
            chunks = grown;
        }
        chunks[chunk][sequence & (ChunkSize - 1)] = value;
        _forward[new DictionaryKey(kind, value)] = new Entry(term, version);
        ReserveThrough((long)sequence);
        Interlocked.Increment(ref _count);
    }

    /// <summary>Every entry published at or before <paramref name="version"/>, for a checkpoint.</summary>
    public List<(TermKind Kind, object Value, TermId Term)> Entries(long version)
    {
        var entries = new List<(TermKind, object, TermId)>(_forward.Count);
        foreach (var (key, entry) in _forward)
            if (entry.Version <= version) entries.Add((key.Kind, key.Value, entry.Term));
        return entries;
    }

    private readonly record struct Entry(TermId Term, long Version);
}
