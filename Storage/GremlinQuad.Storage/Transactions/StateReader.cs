using GremlinQuad.Storage.Indexes;

namespace GremlinQuad.Storage.Transactions;

/// <summary>
/// Answers patterns against one <see cref="StoreState"/>: picks the index (design.md §3), runs the
/// range scan or the union scan, and keeps the counters. Shared by snapshots and batches.
/// Cursor use: <see cref="ScanCursor.Part"/> is the union part (predicate number),
/// <see cref="ScanCursor.Block"/> the segment, <see cref="ScanCursor.Position"/> leaf &lt;&lt; 32 | key.
/// </summary>
internal static class StateReader
{
    public static int Read(StoreState state, in QuadPattern pattern, ref ScanCursor cursor, Span<Quad> destination, ScanCounters counters)
    {
        if (cursor.Done || destination.IsEmpty) return 0;
        int written;
        if (IndexSelector.IsUnionScan(pattern.Bound, state.HasObjectIndex))
        {
            var predicates = UnionPredicates(state, pattern);
            if (!cursor.Started && cursor.Part == 0) counters.UnionScans++;
            written = 0;
            while (cursor.Part < predicates.Length && written < destination.Length)
            {
                var part = pattern with { Predicate = predicates[cursor.Part], Bound = pattern.Bound | AccessPattern.Predicate };
                var spec = new ScanSpec(part, IndexOrder.Pogs);
                written += ReadRange(state.Index(IndexOrder.Pogs), spec, part, ref cursor, destination[written..], counters, out var finished);
                if (finished)
                {
                    cursor.Part++;
                    cursor.Started = false;
                }
            }
            if (cursor.Part >= predicates.Length) cursor.Done = true;
        }
        else
        {
            var spec = new ScanSpec(pattern, IndexSelector.Choose(pattern.Bound, state.HasObjectIndex));
            written = ReadRange(state.Index(spec.Order), spec, pattern, ref cursor, destination, counters, out var finished);
            if (finished) cursor.Done = true;
        }
        counters.QuadsRead += written;
        return written;
    }

    public static long Count(StoreState state, in QuadPattern pattern)
    {
        if (!IndexSelector.IsUnionScan(pattern.Bound, state.HasObjectIndex))
            return CountRange(state.Index(IndexSelector.Choose(pattern.Bound, state.HasObjectIndex)), pattern);
        long total = 0;
        foreach (var predicate in UnionPredicates(state, pattern))
            total += CountRange(state.Index(IndexOrder.Pogs), pattern with { Predicate = predicate, Bound = pattern.Bound | AccessPattern.Predicate });
        return total;
    }

    public static ScanPlan Plan(StoreState state, in QuadPattern pattern)
    {
        if (IndexSelector.IsUnionScan(pattern.Bound, state.HasObjectIndex))
        {
            var part = pattern with { Bound = pattern.Bound | AccessPattern.Predicate };
            var spec = new ScanSpec(part, IndexOrder.Pogs);
            return new ScanPlan(IndexOrder.Pogs, spec.Prefix, spec.RangeOnNextPosition, UnionScan: true,
                UnionPredicates(state, pattern).Length, spec.Filtered);
        }
        var single = new ScanSpec(pattern, IndexSelector.Choose(pattern.Bound, state.HasObjectIndex));
        return new ScanPlan(single.Order, single.Prefix, single.RangeOnNextPosition, UnionScan: false, 1, single.Filtered);
    }

    /// <summary>The predicates a union scan visits: only those that ever linked nodes, when that is enough.</summary>
    private static TermId[] UnionPredicates(StoreState state, in QuadPattern pattern) =>
        state.ObjectScanMode == ObjectScanMode.NodePredicates && pattern.Object.Kind == TermKind.Node
            ? state.Predicates.LinkingNodes
            : state.Predicates.All;

    private static int ReadRange(QuadIndex index, in ScanSpec spec, in QuadPattern pattern, ref ScanCursor cursor,
        Span<Quad> destination, ScanCounters counters, out bool finished)
    {
        if (spec.Empty)
        {
            finished = true;
            return 0;
        }
        IndexPosition start;
        if (!cursor.Started)
        {
            counters.RangeScans++;
            start = index.LowerBound(spec.Low);
            cursor.Started = true;
        }
        else start = new IndexPosition(cursor.Block, (int)(cursor.Position >> 32), (int)cursor.Position);

        var iterator = new RangeIterator(index, start, spec.High);
        var written = 0;
        var order = spec.Order;
        // Prefer to stop on a restart point once the buffer is nearly full: the next call then resumes
        // without re-decoding the keys before it (a leaf decodes sequentially from a restart).
        var nearlyFull = Math.Max(1, destination.Length - Leaf.RestartInterval);
        while (written < destination.Length && iterator.Next(out var key))
        {
            var quad = key.ToQuad(order);
            if (!spec.Filtered || pattern.Matches(quad)) destination[written++] = quad;
            if (written >= nearlyFull && iterator.Position.Position % Leaf.RestartInterval == 0) break;
        }
        var position = iterator.Position;
        cursor.Block = position.Segment;
        cursor.Position = ((long)position.Leaf << 32) | (uint)position.Position;
        finished = iterator.Finished;
        return written;
    }

    private static long CountRange(QuadIndex index, in QuadPattern pattern)
    {
        var spec = new ScanSpec(pattern, index.Order);
        if (spec.Empty) return 0;
        var start = index.LowerBound(spec.Low);
        if (!spec.Filtered)
        {
            var end = spec.High.TryIncrement(out var after) ? index.LowerBound(after) : new IndexPosition(index.Segments.Length, 0, 0);
            return Math.Max(0, index.Rank(end) - index.Rank(start));
        }
        long count = 0;
        var iterator = new RangeIterator(index, start, spec.High);
        while (iterator.Next(out var key))
            if (pattern.Matches(key.ToQuad(index.Order))) count++;
        return count;
    }
}
