using GremlinQuad.Storage.Indexes;

namespace GremlinQuad.Storage.Transactions;

/// <summary>
/// The distinct predicates of one store version with their quad counts and whether any quad had a
/// <see cref="TermKind.Node"/> object. Immutable; a commit builds the next table from the sorted POGS
/// keys it adds and removes (runs of equal P), so the cost is one pass plus the table size.
/// A predicate whose count drops to zero leaves the table (and with it its LinksNodes flag).
/// </summary>
internal sealed class PredicateTable
{
    public static readonly PredicateTable Empty = new([]);

    private PredicateTable(PredicateStats[] stats)
    {
        Stats = stats;
        All = new TermId[stats.Length];
        var linking = new List<TermId>();
        for (var i = 0; i < stats.Length; i++)
        {
            All[i] = stats[i].Predicate;
            if (stats[i].LinksNodes) linking.Add(stats[i].Predicate);
        }
        LinkingNodes = [.. linking];
    }

    /// <summary>Sorted by predicate term.</summary>
    public PredicateStats[] Stats { get; }

    public TermId[] All { get; }

    public TermId[] LinkingNodes { get; }

    /// <summary>The next table; keys are in POGS order (predicate first, object second).</summary>
    public PredicateTable Apply(ReadOnlySpan<QuadKey> addedPogs, ReadOnlySpan<QuadKey> removedPogs)
    {
        if (addedPogs.IsEmpty && removedPogs.IsEmpty) return this;
        var changes = new Dictionary<ulong, (long Delta, bool LinksNodes)>();
        Accumulate(addedPogs, +1, changes);
        Accumulate(removedPogs, -1, changes);

        var merged = new Dictionary<ulong, PredicateStats>(Stats.Length + changes.Count);
        foreach (var stats in Stats) merged[stats.Predicate.Value] = stats;
        foreach (var (predicate, change) in changes)
        {
            merged.TryGetValue(predicate, out var current);
            var count = current.Count + change.Delta;
            if (count <= 0) merged.Remove(predicate);
            else merged[predicate] = new PredicateStats(new TermId(predicate), count, current.LinksNodes || change.LinksNodes);
        }
        var result = merged.Values.ToArray();
        Array.Sort(result, static (x, y) => x.Predicate.CompareTo(y.Predicate));
        return new PredicateTable(result);
    }

    private static void Accumulate(ReadOnlySpan<QuadKey> keys, int sign, Dictionary<ulong, (long Delta, bool LinksNodes)> changes)
    {
        var i = 0;
        while (i < keys.Length)
        {
            var predicate = keys[i].K0;
            var links = false;
            var start = i;
            for (; i < keys.Length && keys[i].K0 == predicate; i++)
                links |= sign > 0 && new TermId(keys[i].K1).Kind == TermKind.Node;
            changes.TryGetValue(predicate, out var change);
            changes[predicate] = (change.Delta + sign * (long)(i - start), change.LinksNodes || links);
        }
    }
}
