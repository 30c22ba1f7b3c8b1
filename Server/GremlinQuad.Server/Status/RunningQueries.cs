using System.Collections.Concurrent;
using System.Diagnostics;

namespace GremlinQuad.Server.Status;

/// <summary>
/// The queries the server is evaluating right now, from WebSocket and HTTP alike, for
/// <c>/gremlin/status</c> (Neptune's query status API): id, query text, time waited and elapsed, and a
/// way to cancel one. A query registers when accepted and unregisters when it finishes.
/// </summary>
internal sealed class RunningQueries
{
    /// <summary>Neptune truncates the query text it reports to this many characters.</summary>
    public const int MaxQueryStringLength = 1024;

    private readonly ConcurrentDictionary<string, Query> _queries = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Query> All => [.. _queries.Values.OrderBy(q => q.Accepted)];

    public bool TryGet(string queryId, out Query query) => _queries.TryGetValue(queryId, out query!);

    /// <summary>Registers a query; dispose the result when it finishes. A reused id gets a suffix so neither entry hides the other.</summary>
    /// <param name="queryId">The request id (Neptune's queryId).</param>
    /// <param name="gremlin">The script or bytecode; rendered as text only when someone asks for the status.</param>
    public Query Start(string queryId, object gremlin)
    {
        var query = new Query(this, queryId, gremlin);
        var suffix = 1;
        while (!_queries.TryAdd(query.Id, query))
            query.Id = $"{queryId}-{++suffix}";
        return query;
    }

    /// <summary>Cancels the query; false when no such query is running.</summary>
    public bool TryCancel(string queryId)
    {
        if (!_queries.TryGetValue(queryId, out var query))
            return false;
        query.Cancel();
        return true;
    }

    /// <summary>One running query. Its <see cref="Token"/> fires when a client cancels it through the status API.</summary>
    internal sealed class Query : IDisposable
    {
        private readonly RunningQueries _owner;
        private readonly CancellationTokenSource _cancel = new();
        private long _started;

        private readonly object _gremlin;

        public Query(RunningQueries owner, string id, object gremlin)
        {
            _owner = owner;
            _gremlin = gremlin;
            Id = id;
            Accepted = Stopwatch.GetTimestamp();
        }

        public string Id { get; set; }

        public string QueryString => _gremlin.ToString() is { Length: > MaxQueryStringLength } text ? text[..MaxQueryStringLength] : _gremlin.ToString() ?? "";

        public long Accepted { get; }

        public CancellationToken Token => _cancel.Token;

        public bool Cancelled => _cancel.IsCancellationRequested;

        /// <summary>Milliseconds between acceptance and the start of evaluation (time spent queued behind a session's earlier requests).</summary>
        public long WaitedMilliseconds => (long)Stopwatch.GetElapsedTime(Accepted, Volatile.Read(ref _started) is var started and > 0 ? started : Stopwatch.GetTimestamp()).TotalMilliseconds;

        /// <summary>Milliseconds of evaluation so far (0 while waiting).</summary>
        public long ElapsedMilliseconds => Volatile.Read(ref _started) is var started and > 0 ? (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds : 0;

        public bool Running => Volatile.Read(ref _started) > 0;

        public void MarkStarted() => Volatile.Write(ref _started, Stopwatch.GetTimestamp());

        public void Cancel()
        {
            try
            {
                _cancel.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Finished between the look-up and the cancel: nothing left to stop.
            }
        }

        public void Dispose()
        {
            _owner._queries.TryRemove(new KeyValuePair<string, Query>(Id, this));
            _cancel.Dispose();
        }
    }
}
