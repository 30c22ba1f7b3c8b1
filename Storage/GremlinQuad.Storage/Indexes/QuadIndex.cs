using System.Buffers;

namespace GremlinQuad.Storage.Indexes;

/// <summary>
/// One sorted key set in one key order (SPOG, POGS, GPSO or OSGP): an immutable two-level tree of
/// segments of compressed leaves. <see cref="Apply"/> returns a new version sharing every untouched
/// leaf and segment, so old versions stay valid for the snapshots that hold them.
/// </summary>
internal sealed class QuadIndex
{
    /// <summary>Leaves per segment in a freshly built index; segments split beyond twice this.</summary>
    public const int SegmentCapacity = 256;

    private QuadIndex(IndexOrder order, Segment[] segments)
    {
        Order = order;
        Segments = segments;
        Starts = new long[segments.Length];
        long count = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            Starts[i] = count;
            count += segments[i].Count;
        }
        Count = count;
    }

    public static QuadIndex Empty(IndexOrder order) => new(order, []);

    public IndexOrder Order { get; }

    public Segment[] Segments { get; }

    /// <summary>Keys before segment i.</summary>
    public long[] Starts { get; }

    public long Count { get; }

    /// <summary>Bytes held by this version's leaves and directory.</summary>
    public long Footprint
    {
        get
        {
            long bytes = Segments.Length * 8L + Starts.Length * 8L + 64;
            foreach (var segment in Segments)
            {
                bytes += 64 + segment.Leaves.Length * 12L;
                foreach (var leaf in segment.Leaves) bytes += leaf.Footprint;
            }
            return bytes;
        }
    }

    /// <summary>The first position whose key is ≥ <paramref name="key"/>.</summary>
    public IndexPosition LowerBound(in QuadKey key)
    {
        var segments = Segments;
        if (segments.Length == 0) return new IndexPosition(0, 0, 0);
        int low = 0, high = segments.Length - 1, s = 0;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (segments[middle].First.CompareTo(key) <= 0)
            {
                s = middle;
                low = middle + 1;
            }
            else high = middle - 1;
        }
        var segment = segments[s];
        var l = segment.FindLeaf(key);
        var position = LeafCodec.LowerBound(segment.Leaves[l], key);
        if (position < segment.Leaves[l].Count) return new IndexPosition(s, l, position);
        return l + 1 < segment.Leaves.Length ? new IndexPosition(s, l + 1, 0) : new IndexPosition(s + 1, 0, 0);
    }

    /// <summary>How many keys precede <paramref name="position"/>.</summary>
    public long Rank(in IndexPosition position) =>
        position.Segment >= Segments.Length
            ? Count
            : Starts[position.Segment] + Segments[position.Segment].Starts[position.Leaf] + position.Position;

    public bool Contains(in QuadKey key)
    {
        var position = LowerBound(key);
        if (position.Segment >= Segments.Length) return false;
        var reader = new LeafReader(Segments[position.Segment].Leaves[position.Leaf], position.Position);
        return reader.Next() == key;
    }

    /// <summary>
    /// A new version with <paramref name="adds"/> inserted and <paramref name="removes"/> deleted. Both
    /// are sorted in this index's order; every add is absent and every remove present (the caller checked).
    /// </summary>
    public QuadIndex Apply(ReadOnlySpan<QuadKey> adds, ReadOnlySpan<QuadKey> removes)
    {
        if (adds.IsEmpty && removes.IsEmpty) return this;
        var result = new List<Segment>(Segments.Length + 1);
        if (Segments.Length == 0)
        {
            var leaves = new List<Leaf>(adds.Length / Leaf.Capacity + 1);
            EncodeEvenly(adds, leaves);
            AddSegments(result, leaves);
            return new QuadIndex(Order, [.. result]);
        }
        int addStart = 0, removeStart = 0;
        for (var s = 0; s < Segments.Length; s++)
        {
            var segment = Segments[s];
            var last = s + 1 == Segments.Length;
            var addEnd = last ? adds.Length : addStart + LowerBound(adds[addStart..], Segments[s + 1].First);
            var removeEnd = last ? removes.Length : removeStart + LowerBound(removes[removeStart..], Segments[s + 1].First);
            if (addEnd == addStart && removeEnd == removeStart)
            {
                result.Add(segment);
                continue;
            }
            var leaves = RewriteSegment(segment, adds[addStart..addEnd], removes[removeStart..removeEnd]);
            AddSegments(result, leaves);
            addStart = addEnd;
            removeStart = removeEnd;
        }
        return new QuadIndex(Order, [.. result]);
    }

    private static List<Leaf> RewriteSegment(Segment segment, ReadOnlySpan<QuadKey> adds, ReadOnlySpan<QuadKey> removes)
    {
        var leaves = new List<Leaf>(segment.Leaves.Length + 1);
        int addStart = 0, removeStart = 0;
        for (var l = 0; l < segment.Leaves.Length; l++)
        {
            var leaf = segment.Leaves[l];
            var last = l + 1 == segment.Leaves.Length;
            var addEnd = last ? adds.Length : addStart + LowerBound(adds[addStart..], segment.Leaves[l + 1].First);
            var removeEnd = last ? removes.Length : removeStart + LowerBound(removes[removeStart..], segment.Leaves[l + 1].First);
            if (addEnd == addStart && removeEnd == removeStart) leaves.Add(leaf);
            else MergeLeaf(leaf, adds[addStart..addEnd], removes[removeStart..removeEnd], leaves);
            addStart = addEnd;
            removeStart = removeEnd;
        }
        return leaves;
    }

    private static void MergeLeaf(Leaf leaf, ReadOnlySpan<QuadKey> adds, ReadOnlySpan<QuadKey> removes, List<Leaf> output)
    {
        var pool = ArrayPool<QuadKey>.Shared;
        var existing = pool.Rent(Leaf.Capacity);
        var merged = pool.Rent(leaf.Count + adds.Length);
        try
        {
            var count = LeafCodec.DecodeAll(leaf, existing);
            int e = 0, a = 0, r = 0, m = 0;
            while (e < count || a < adds.Length)
            {
                if (a == adds.Length || (e < count && existing[e].CompareTo(adds[a]) < 0))
                {
                    var key = existing[e++];
                    while (r < removes.Length && removes[r].CompareTo(key) < 0) r++;
                    if (r < removes.Length && removes[r] == key)
                    {
                        r++;
                        continue;
                    }
                    merged[m++] = key;
                }
                else merged[m++] = adds[a++];
            }
            if (m == 0) return;
            var appendOnly = !adds.IsEmpty && count > 0 && adds[0].CompareTo(existing[count - 1]) > 0 && removes.IsEmpty;
            if (appendOnly) EncodeFull(merged.AsSpan(0, m), output);
            else EncodeEvenly(merged.AsSpan(0, m), output);
        }
        finally
        {
            pool.Return(existing);
            pool.Return(merged);
        }
    }

    /// <summary>Full leaves from the start: appends in key order keep leaves full.</summary>
    private static void EncodeFull(ReadOnlySpan<QuadKey> keys, List<Leaf> output)
    {
        for (var start = 0; start < keys.Length; start += Leaf.Capacity)
            output.Add(LeafCodec.Encode(keys.Slice(start, Math.Min(Leaf.Capacity, keys.Length - start))));
    }

    /// <summary>Equal-sized leaves, so a leaf split by one insert leaves room on both sides.</summary>
    private static void EncodeEvenly(ReadOnlySpan<QuadKey> keys, List<Leaf> output)
    {
        if (keys.IsEmpty) return;
        var leafCount = (keys.Length + Leaf.Capacity - 1) / Leaf.Capacity;
        var start = 0;
        for (var i = 0; i < leafCount; i++)
        {
            var end = (int)((long)keys.Length * (i + 1) / leafCount);
            output.Add(LeafCodec.Encode(keys[start..end]));
            start = end;
        }
    }

    private static void AddSegments(List<Segment> output, List<Leaf> leaves)
    {
        if (leaves.Count == 0) return;
        if (leaves.Count <= 2 * SegmentCapacity)
        {
            output.Add(new Segment([.. leaves]));
            return;
        }
        var segmentCount = (leaves.Count + SegmentCapacity - 1) / SegmentCapacity;
        var start = 0;
        for (var i = 0; i < segmentCount; i++)
        {
            var end = (int)((long)leaves.Count * (i + 1) / segmentCount);
            output.Add(new Segment(leaves.GetRange(start, end - start).ToArray()));
            start = end;
        }
    }

    /// <summary>Index of the first key ≥ <paramref name="key"/> in a sorted span.</summary>
    private static int LowerBound(ReadOnlySpan<QuadKey> keys, in QuadKey key)
    {
        int low = 0, high = keys.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (keys[middle].CompareTo(key) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
