using GremlinQuad.Gremlin;
using GremlinQuad.Traversal;
using GremlinQuad.Traversal.Loading.NeptuneCsv;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Loader;

/// <summary>
/// The bulk loads of this server (Neptune's loader API, gremlin-protocol.md §7.2.5): each runs in the
/// background, one at a time (the loader holds one write batch for the whole load), others wait when
/// they asked to be queued. The last <see cref="MaxJobs"/> are kept for status requests, as Neptune does.
/// </summary>
internal sealed class LoadJobs(ILogger logger)
{
    public const int MaxJobs = 1024;

    private readonly object _lock = new();
    private readonly List<LoadJob> _jobs = [];
    // Loads run one after another: each waits for the one started before it.
    private Task _tail = Task.CompletedTask;

    /// <summary>Ids, newest first.</summary>
    public IReadOnlyList<string> Ids(int limit, bool includeQueued)
    {
        lock (_lock)
            return [.. _jobs.AsEnumerable().Reverse().Where(j => includeQueued || j.Status != LoadJob.InQueue).Take(limit).Select(j => j.Id)];
    }

    public bool TryGet(string id, out LoadJob job)
    {
        lock (_lock)
            job = _jobs.Find(j => string.Equals(j.Id, id, StringComparison.OrdinalIgnoreCase))!;
        return job is not null;
    }

    /// <summary>Validates and starts a load into <paramref name="graph"/>; bad parameters throw <see cref="ArgumentException"/> before anything runs.</summary>
    public LoadJob Start(GremlinGraph graph, string source, NeptuneCsvLoadOptions options, bool queueRequest)
    {
        var sources = CsvSources.List(source);
        if (graph.IsReadOnly)
            throw new ArgumentException("The graph 'g' is read-only; loads need a writable graph.");
        LoadJob job;
        lock (_lock)
        {
            var active = _jobs.Find(j => j.IsActive);
            if (active is not null && !queueRequest)
                throw new InvalidOperationException($"The load {active.Id} is still {active.Status}; wait for it (GET /loader/{active.Id}), cancel it (DELETE /loader/{active.Id}), or send queueRequest TRUE to queue this one.");
            var previous = _jobs.FindLast(j => j.Source == source && j.Report is not null)?.Report;
            if (options.Mode == LoadMode.Resume && previous is null)
                throw new ArgumentException($"mode RESUME needs an earlier load of '{source}' on this server, and there is none; use NEW or AUTO.");
            job = new LoadJob(Guid.NewGuid().ToString("D"), source, options with { PreviousLoad = options.Mode == LoadMode.New ? null : previous });
            _jobs.Add(job);
            if (_jobs.Count > MaxJobs)
                _jobs.RemoveAt(_jobs.FindIndex(j => !j.IsActive));
            var previousLoad = _tail;
            _tail = Task.Run(() => RunAsync(graph, job, sources, previousLoad));
        }
        return job;
    }

    public bool TryCancel(string id)
    {
        if (!TryGet(id, out var job) || !job.IsActive)
            return false;
        job.Cancellation.Cancel();
        return true;
    }

    public void CancelAll()
    {
        lock (_lock)
        {
            foreach (var job in _jobs.Where(j => j.IsActive))
                job.Cancellation.Cancel();
        }
    }

    /// <summary>Never throws: every outcome becomes the job's status.</summary>
    private async Task RunAsync(GremlinGraph graph, LoadJob job, IReadOnlyList<NeptuneCsvSource> sources, Task previousLoad)
    {
        var token = job.Cancellation.Token;
        try
        {
            await previousLoad.WaitAsync(token).ConfigureAwait(false);
            job.Started = DateTimeOffset.UtcNow;
            job.Status = LoadJob.InProgress;
            var report = new NeptuneCsvLoader(graph).Load(sources, job.Options with { Progress = job.OnProgress }, token);
            job.Report = report;
            job.Status = report.Status;
            if (logger.IsEnabled(LogLevel.Information))
                logger.LogInformation("load {LoadId} of {Source}: {Status}, {Records} records, {Errors} errors in {Seconds:0.0} s", job.Id, job.Source, report.Status,
                    report.TotalRecords, report.ParsingErrors + report.DatatypeMismatchErrors + report.InsertErrors, report.TotalTimeSpent.TotalSeconds);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            job.Status = LoadJob.CancelledByUser;
        }
        catch (GremlinRequestException exception)
        {
            job.Status = LoadJob.FailedInvalidRequest;
            job.FailureMessage = exception.Message;
        }
        catch (Exception exception)
        {
            // A background job has no caller to throw to: whatever went wrong becomes its status, and the log has the details.
            job.Status = LoadJob.UnexpectedError;
            job.FailureMessage = exception.Message;
            logger.LogError(exception, "load {LoadId} of {Source} failed", job.Id, job.Source);
        }
        finally
        {
            job.Finished = DateTimeOffset.UtcNow;
        }
    }
}
