using GremlinQuad.Traversal.Loading.NeptuneCsv;

namespace GremlinQuad.Server.Loader;

/// <summary>
/// One bulk load started through <c>POST /loader</c>: its parameters, where it is (queued, running,
/// done), the records read so far, and the engine's report once it has finished.
/// </summary>
internal sealed class LoadJob(string id, string source, NeptuneCsvLoadOptions options)
{
    public const string InQueue = "LOAD_IN_QUEUE";
    public const string InProgress = "LOAD_IN_PROGRESS";
    public const string CancelledByUser = "LOAD_CANCELLED_BY_USER";
    public const string FailedInvalidRequest = "LOAD_FAILED_INVALID_REQUEST";
    public const string UnexpectedError = "LOAD_UNEXPECTED_ERROR";

    private long _recordsRead;

    public string Id { get; } = id;

    public string Source { get; } = source;

    public NeptuneCsvLoadOptions Options { get; } = options;

    public CancellationTokenSource Cancellation { get; } = new();

    public DateTimeOffset Accepted { get; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? Started { get; set; }

    public DateTimeOffset? Finished { get; set; }

    /// <summary>The Neptune status string; the report's once the load has run.</summary>
    public string Status { get; set; } = InQueue;

    /// <summary>Why the load did not run (bad source, unexpected failure); null otherwise.</summary>
    public string? FailureMessage { get; set; }

    public LoadReport? Report { get; set; }

    public long RecordsRead => Interlocked.Read(ref _recordsRead);

    public void OnProgress(long records) => Interlocked.Exchange(ref _recordsRead, records);

    public bool IsActive => Status is InQueue or InProgress;
}
