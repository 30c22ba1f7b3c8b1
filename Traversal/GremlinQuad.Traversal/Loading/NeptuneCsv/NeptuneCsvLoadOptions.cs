namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>The loader parameters of Neptune's <c>POST /loader</c> that apply to a local load.</summary>
public sealed record NeptuneCsvLoadOptions
{
    /// <summary>True (Neptune's default): the first bad record stops the load and nothing is written. False: bad records are skipped and reported.</summary>
    public bool FailOnError { get; init; } = true;

    public LoadMode Mode { get; init; } = LoadMode.Auto;

    /// <summary>The report of an earlier load of the same sources, for <see cref="LoadMode.Resume"/> and <see cref="LoadMode.Auto"/>.</summary>
    public LoadReport? PreviousLoad { get; init; }

    /// <summary>False (default): a second, different value for a single-cardinality or edge property is an error. True: it replaces the old value.</summary>
    public bool UpdateSingleCardinalityProperties { get; init; }

    /// <summary>False (default): a quoted empty field <c>""</c> means no value, as a blank one. True: it loads the empty string.</summary>
    public bool AllowEmptyStrings { get; init; }

    /// <summary>Called with the number of records read so far, every <see cref="ProgressInterval"/> records and once at the end.</summary>
    public Action<long>? Progress { get; init; }

    public int ProgressInterval { get; init; } = 10_000;
}
