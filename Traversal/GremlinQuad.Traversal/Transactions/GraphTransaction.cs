using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Storage;
using StructureTraverser = GremlinQuad.Gremlin.Structure.Traverser;

namespace GremlinQuad.Traversal;

/// <summary>
/// A transaction that spans several Execute calls, as a Gremlin Server session or <c>g.tx()</c> keeps one.
/// <list type="bullet">
/// <item>It begins with its first call and reads the snapshot of that moment plus its own writes
/// (snapshot isolation); nobody else sees its writes before <see cref="Commit"/>.</item>
/// <item>It never blocks other writers. Its commit is validated instead, first committer wins: if an
/// element it changed (a vertex, edge or vertex property with everything hanging off it) was changed
/// by a commit made after it began, <see cref="Commit"/> throws <see cref="StorageConflictException"/>
/// (Neptune's ConcurrentModificationException), nothing is written and the caller retries.</item>
/// <item>A call that fails leaves nothing of its own writes (a savepoint is rolled back); the
/// transaction stays open with the writes of the calls before it. Gremlin Server leaves a failed
/// request's partial writes in the open transaction; we undo them so that a request is atomic everywhere.</item>
/// <item>After <see cref="Commit"/> or <see cref="Rollback"/> the next call begins a new transaction,
/// as TinkerPop's auto-opening transactions do. <c>g.tx().commit()</c>/<c>rollback()</c> statements
/// (bytecode or script) do the same as the methods.</item>
/// </list>
/// Calls are serialized: a call waits until the previous one has finished, even one abandoned on timeout.
/// </summary>
public sealed class GraphTransaction : IDisposable
{
    private readonly GremlinGraph _graph;
    private readonly bool _autoCommit;
    private readonly Lock _gate = new();
    private IWriteBatch? _batch;
    private bool _disposed;

    /// <summary>
    /// <paramref name="autoCommit"/>: one request's transaction; its caller holds the graph's writer
    /// lock throughout, so it needs neither validation nor savepoints.
    /// </summary>
    internal GraphTransaction(GremlinGraph graph, bool autoCommit)
    {
        _graph = graph;
        _autoCommit = autoCommit;
    }

    /// <summary>Whether a transaction has begun (a call ran since the last commit or rollback).</summary>
    public bool IsOpen
    {
        get
        {
            lock (_gate) return _batch is not null;
        }
    }

    /// <summary>Whether the open transaction has written anything not yet committed.</summary>
    public bool HasChanges
    {
        get
        {
            lock (_gate) return _batch?.HasChanges ?? false;
        }
    }

    /// <summary>Runs a gremlin-lang script inside the transaction; the last statement's results are returned.</summary>
    public IReadOnlyList<object?> Execute(string gremlin, IReadOnlyDictionary<string, object?>? bindings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gremlin);
        return Run(_graph.Prepare(GremlinLangParser.ParseScript(gremlin, bindings), gremlin), cancellationToken);
    }

    /// <summary>Runs bytecode inside the transaction; results are unrolled.</summary>
    public IReadOnlyList<object?> Execute(Bytecode bytecode, CancellationToken cancellationToken = default) =>
        GremlinGraph.Unroll(ExecuteBulked(bytecode, cancellationToken));

    /// <summary>Runs bytecode inside the transaction and returns (value, bulk) pairs.</summary>
    public IReadOnlyList<StructureTraverser> ExecuteBulked(Bytecode bytecode, CancellationToken cancellationToken = default) =>
        Run(_graph.Prepare(bytecode), cancellationToken);

    /// <summary>
    /// Makes the transaction's writes visible to everyone at once (returns once they are durable) and
    /// ends it. Nothing open: nothing to do.
    /// </summary>
    /// <exception cref="StorageConflictException">Another transaction committed a change to an element this one changed since it began; nothing was written.</exception>
    public void Commit(CancellationToken cancellationToken = default) => StartCommit(cancellationToken).GetAwaiter().GetResult();

    /// <summary>Drops the transaction's writes and ends it. Nothing open: nothing to do.</summary>
    public void Rollback()
    {
        lock (_gate)
        {
            _batch?.Dispose();
            _batch = null;
        }
    }

    /// <summary>Rolls back whatever was not committed.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            Rollback();
            _disposed = true;
        }
    }

    internal IReadOnlyList<object?> Run(List<PreparedStatement> statements, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_autoCommit) return GremlinGraph.RunScript(statements, traversal => GremlinGraph.Unroll(RunLocked(traversal, cancellationToken)));
            // The whole script is one unit: it fails as a whole, leaving the transaction as it found it.
            var batch = _batch;
            var savepoint = batch?.Savepoint();
            try
            {
                return GremlinGraph.RunScript(statements, traversal => GremlinGraph.Unroll(RunLocked(traversal, cancellationToken)));
            }
            catch
            {
                // A script that committed or rolled back midway undoes only what came after that; one that
                // began the transaction drops it.
                if (_batch is not null && ReferenceEquals(_batch, batch) && savepoint is { } mark) _batch.RollbackTo(mark);
                else Rollback();
                throw;
            }
        }
    }

    internal IReadOnlyList<StructureTraverser> Run(PreparedTraversal traversal, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_autoCommit || traversal.Plan is null) return RunLocked(traversal, cancellationToken);
            var batch = _batch ??= _graph.BeginBatch(autoCommit: false);
            var savepoint = batch.Savepoint();
            try
            {
                return RunLocked(traversal, cancellationToken);
            }
            catch
            {
                batch.RollbackTo(savepoint);
                throw;
            }
        }
    }

    /// <summary>Validates and logs the commit (under the graph's writer lock); the task completes when it is durable.</summary>
    internal Task StartCommit(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_batch is not { } batch) return Task.CompletedTask;
            _batch = null;
            try
            {
                lock (_graph.WriteLock) return batch.CommitAsync(cancellationToken).AsTask();
            }
            finally
            {
                batch.Dispose();
            }
        }
    }

    private IReadOnlyList<StructureTraverser> RunLocked(PreparedTraversal traversal, CancellationToken cancellationToken)
    {
        switch (traversal.TransactionCommand)
        {
            case "commit":
                StartCommit(cancellationToken).GetAwaiter().GetResult();
                return [];
            case "rollback":
                Rollback();
                return [];
            case not null:
                return [];
        }
        var batch = _batch ??= _graph.BeginBatch(_autoCommit);
        return _graph.Run(batch, traversal, cancellationToken);
    }
}
