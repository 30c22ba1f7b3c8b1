using GremlinQuad.Gremlin;
using GremlinQuad.Traversal;

namespace GremlinQuad.Server.Sessions;

/// <summary>
/// A client session (<c>session</c> argument or <c>g.tx()</c>, gremlin-protocol.md §2.5): its requests
/// run one at a time in arrival order, inside one open transaction per graph they use
/// (<see cref="GraphTransaction"/>), until <c>g.tx().commit()</c>/<c>rollback()</c> (bytecode or script),
/// or until the session ends — <c>close</c>, the connection closing or the idle timeout — which rolls
/// back, as Gremlin Server does. With <c>manageTransaction=true</c> each request commits on its own.
/// </summary>
internal sealed class Session(string id) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<GremlinGraph, GraphTransaction> _transactions = [];
    private int _running;

    public string Id { get; } = id;

    public DateTimeOffset LastUsed { get; private set; } = DateTimeOffset.UtcNow;

    public bool Closed { get; private set; }

    /// <summary>Whether a request of this session is running now (an idle timeout must not end it).</summary>
    public bool Busy => Volatile.Read(ref _running) > 0;

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _running);
        try
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Decrement(ref _running);
            throw;
        }
        LastUsed = DateTimeOffset.UtcNow;
        return new Exit(this);
    }

    /// <summary>
    /// Runs one request inside the session's transaction on <paramref name="graph"/> (call it after
    /// <see cref="EnterAsync"/>). <paramref name="manageTransaction"/>: commit it when the request
    /// succeeds, roll it back when it fails.
    /// </summary>
    public T Run<T>(GremlinGraph graph, bool manageTransaction, Func<GraphTransaction, T> request, CancellationToken cancellationToken)
    {
        GraphTransaction transaction;
        lock (_transactions)
        {
            if (Closed)
                throw new GremlinExecutionException($"The session '{Id}' was closed (close request, connection closed or idle timeout) while this request waited, and its transaction was rolled back; open a new session and run the transaction again.");
            if (!_transactions.TryGetValue(graph, out transaction!))
                _transactions.Add(graph, transaction = graph.BeginTransaction());
        }
        try
        {
            var results = request(transaction);
            if (manageTransaction)
                transaction.Commit(cancellationToken);
            return results;
        }
        catch when (manageTransaction)
        {
            transaction.Rollback();
            throw;
        }
    }

    /// <summary>Ends the session: every transaction still open is rolled back.</summary>
    public void Close()
    {
        List<GraphTransaction> open;
        lock (_transactions)
        {
            Closed = true;
            open = [.. _transactions.Values];
            _transactions.Clear();
        }
        // Waits for a call still running in a transaction (one abandoned on timeout) before dropping it.
        foreach (var transaction in open)
            transaction.Dispose();
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Exit(Session session) : IDisposable
    {
        public void Dispose()
        {
            session.LastUsed = DateTimeOffset.UtcNow;
            Interlocked.Decrement(ref session._running);
            session._gate.Release();
        }
    }
}
