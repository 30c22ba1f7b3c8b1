namespace GremlinQuad.Storage;

/// <summary>
/// How a pattern is (or was) answered: the index, how many key positions the range is bound on,
/// whether it is a union scan, and how many range scans that takes. What explain() shows.
/// </summary>
public sealed record ScanPlan(
    IndexOrder Index,
    int BoundPrefix,
    bool RangeOnNextPosition,
    bool UnionScan,
    int RangeScans,
    bool Filtered)
{
    public override string ToString()
    {
        var text = UnionScan
            ? $"union scan over {Index.ToString().ToUpperInvariant()} ({RangeScans} predicate range scans)"
            : $"{Index.ToString().ToUpperInvariant()} prefix {BoundPrefix}{(RangeOnNextPosition ? " + range" : "")}";
        return Filtered ? text + ", filtered" : text;
    }
}
