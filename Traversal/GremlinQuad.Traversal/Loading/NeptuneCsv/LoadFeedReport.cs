namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>Counters of one source (Neptune calls a loaded file a feed).</summary>
public sealed record LoadFeedReport
{
    public required string FullUri { get; init; }

    /// <summary>LOAD_COMPLETED when every record of the source loaded, LOAD_FAILED otherwise, LOAD_NOT_STARTED when a failure elsewhere stopped the load first, LOAD_SKIPPED_RESUMED when a resumed load skipped it.</summary>
    public required string Status { get; init; }

    public bool IsEdgeFile { get; init; }

    public long TotalRecords { get; init; }

    public long TotalDuplicates { get; init; }

    public long ParsingErrors { get; init; }

    public long DatatypeMismatchErrors { get; init; }

    public long InsertErrors { get; init; }
}
