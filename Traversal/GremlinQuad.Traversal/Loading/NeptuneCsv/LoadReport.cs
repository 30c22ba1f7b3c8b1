namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// The outcome of a load with Neptune's <c>overallStatus</c> counters, per-source counters (failed ones are
/// Neptune's <c>failedFeeds</c>) and the errors, in the order they were found.
/// </summary>
public sealed record LoadReport
{
    /// <summary>LOAD_COMPLETED when the load committed, LOAD_FAILED when it wrote nothing.</summary>
    public required string Status { get; init; }

    public bool Committed => Status == LoadStatus.Completed;

    public required DateTimeOffset StartTime { get; init; }

    public required TimeSpan TotalTimeSpent { get; init; }

    public long TotalRecords { get; init; }

    /// <summary>Records that added nothing: everything they say was already in the graph.</summary>
    public long TotalDuplicates { get; init; }

    public long ParsingErrors { get; init; }

    public long DatatypeMismatchErrors { get; init; }

    public long InsertErrors { get; init; }

    public long VerticesAdded { get; init; }

    public long EdgesAdded { get; init; }

    /// <summary>Quads the commit added (labels, properties, edges), after removals for replaced values.</summary>
    public long QuadsAdded { get; init; }

    public required IReadOnlyList<LoadFeedReport> Feeds { get; init; }

    public required IReadOnlyList<LoadError> Errors { get; init; }
}
