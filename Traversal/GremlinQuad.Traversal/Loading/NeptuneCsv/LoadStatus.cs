namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>Neptune's load and feed status strings.</summary>
public static class LoadStatus
{
    public const string Completed = "LOAD_COMPLETED";
    public const string Failed = "LOAD_FAILED";
    public const string NotStarted = "LOAD_NOT_STARTED";

    /// <summary>Ours: a resumed load skipped a source the earlier load completed.</summary>
    public const string SkippedResumed = "LOAD_SKIPPED_RESUMED";
}
