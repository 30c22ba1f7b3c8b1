using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Loading;
using GremlinQuad.Traversal.Plan;
using StructureTraverser = GremlinQuad.Gremlin.Structure.Traverser;

namespace GremlinQuad.Traversal;

/// <summary>
/// The embedded API: a property graph over an <see cref="IQuadStore"/>. Each Execute call is one
/// transaction (a whole script included): read-only work runs on a snapshot; work that writes runs in
/// a write batch under this graph's writer lock, committed on success and discarded on failure, so
/// writers are serialized (no lost updates) while readers never wait and never see half a commit.
/// <see cref="BeginTransaction"/> opens a transaction that spans calls (a server session).
/// </summary>
public sealed class GremlinGraph : IDisposable
{
    private readonly IQuadStore _store;
    private readonly GraphOptions _options;
    private readonly IdGenerator _ids = new();

    // Held from the first read of an auto-commit write until its commit is logged (not until it is
    // durable: a later writer may start from a logged commit, as QuadStore explains), and while a
    // transaction's commit is validated and logged.
    private readonly Lock _writeLock = new();

    public GremlinGraph(IQuadStore store, GraphOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new GraphOptions();
    }

    public bool IsReadOnly => _options.ReadOnly;

    public GraphOptions Options => _options;

    /// <summary>The store itself, for engine code that writes past Execute (the Neptune CSV bulk loader).</summary>
    internal IQuadStore Store => _store;

    internal Lock WriteLock => _writeLock;

    /// <summary>
    /// Opens a transaction that spans several Execute calls (snapshot isolation, first committer wins);
    /// see <see cref="GraphTransaction"/>. Dispose it to roll back whatever was not committed.
    /// </summary>
    public GraphTransaction BeginTransaction() => new(this, autoCommit: false);

    /// <summary>
    /// Runs a gremlin-lang script as one transaction; parameters are resolved from <paramref name="bindings"/>.
    /// <c>g.tx().commit()</c> and <c>g.tx().rollback()</c> statements end the work so far and go on in a new transaction.
    /// </summary>
    public IReadOnlyList<object?> Execute(string gremlin, IReadOnlyDictionary<string, object?>? bindings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gremlin);
        var statements = Prepare(GremlinLangParser.ParseScript(gremlin, bindings), gremlin);
        if (statements.Any(s => s.Traversal.Mutating || s.Traversal.TransactionCommand is not null))
            return AutoCommit(transaction => transaction.Run(statements, cancellationToken), cancellationToken);
        using var snapshot = _store.OpenSnapshot();
        return RunScript(statements, traversal => Unroll(Run(snapshot, traversal, cancellationToken)));
    }

    /// <summary>Runs bytecode; results are unrolled (a traverser of bulk 3 gives three results).</summary>
    public IReadOnlyList<object?> Execute(Bytecode bytecode, CancellationToken cancellationToken = default) =>
        Unroll(ExecuteBulked(bytecode, cancellationToken));

    /// <summary>
    /// Runs bytecode and returns (value, bulk) pairs, as the server's bytecode op sends them. A bare
    /// <c>g.tx()</c> command is a no-op here: no transaction is open outside <see cref="BeginTransaction"/>.
    /// </summary>
    public IReadOnlyList<StructureTraverser> ExecuteBulked(Bytecode bytecode, CancellationToken cancellationToken = default) =>
        RunOnce(Prepare(bytecode), cancellationToken);

    /// <summary>
    /// The explain report of a one-traversal script, without running it: the original and optimized
    /// traversals, each strategy's rewrite, and per step the access pattern and index (or union scan).
    /// </summary>
    public string Explain(string gremlin, IReadOnlyDictionary<string, object?>? bindings = null, CancellationToken cancellationToken = default) =>
        Report(gremlin, bindings, "explain", ProfileOptions.Default, cancellationToken);

    /// <summary>
    /// Runs a one-traversal script and reports what each step did: traversers, time, index range
    /// scans and quads read, plus the explain information and the results. A mutating traversal
    /// does commit its changes, as TinkerPop's profile() does.
    /// </summary>
    public string Profile(string gremlin, IReadOnlyDictionary<string, object?>? bindings = null, ProfileOptions? options = null, CancellationToken cancellationToken = default) =>
        Report(gremlin, bindings, "profile", options ?? ProfileOptions.Default, cancellationToken);

    private string Report(string gremlin, IReadOnlyDictionary<string, object?>? bindings, string kind, ProfileOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gremlin);
        var statements = GremlinLangParser.ParseScript(gremlin, bindings);
        if (statements.Count != 1)
            throw new GremlinRequestException($"{kind} takes exactly one traversal, but the script holds {statements.Count} statements; send the one traversal to {kind}.");
        var bytecode = statements[0].Bytecode;
        var steps = bytecode.StepInstructions.Where(i => i.Operator is not ("explain" or "profile")).ToList();
        bytecode = new Bytecode(bytecode.SourceInstructions, [.. steps, new Instruction(kind)]);
        return (string)RunOnce(Prepare(bytecode, gremlin.Trim(), options), cancellationToken)[0].Value!;
    }

    /// <summary>One traversal as its own transaction: a snapshot to read, the writer lock and a batch to write.</summary>
    private IReadOnlyList<StructureTraverser> RunOnce(PreparedTraversal traversal, CancellationToken cancellationToken)
    {
        if (traversal.TransactionCommand is not null) return [];
        if (traversal.Mutating) return AutoCommit(transaction => transaction.Run(traversal, cancellationToken), cancellationToken);
        using var snapshot = _store.OpenSnapshot();
        return Run(snapshot, traversal, cancellationToken);
    }

    /// <summary>One write transaction under the writer lock; waits for durability after releasing it.</summary>
    private T AutoCommit<T>(Func<GraphTransaction, T> body, CancellationToken cancellationToken)
    {
        T results;
        Task durable;
        lock (_writeLock)
        {
            using var transaction = new GraphTransaction(this, autoCommit: true);
            results = body(transaction);
            durable = transaction.StartCommit(cancellationToken);
        }
        durable.GetAwaiter().GetResult();
        return results;
    }

    /// <summary>A batch for a transaction: auto-commit ones run under the writer lock, others are validated at commit.</summary>
    internal IWriteBatch BeginBatch(bool autoCommit) => autoCommit ? _store.BeginBatch() : _store.BeginTransaction();

    internal IReadSnapshot OpenSnapshot() => _store.OpenSnapshot();

    /// <summary>Plans bytecode (or recognises a <c>g.tx()</c> command); refuses writes to a read-only graph.</summary>
    internal PreparedTraversal Prepare(Bytecode bytecode, string? query = null, ProfileOptions? profile = null)
    {
        ArgumentNullException.ThrowIfNull(bytecode);
        if (TryGetTransactionCommand(bytecode, out var command)) return new PreparedTraversal(null, false, command);
        var plan = PlanBuilder.Build(bytecode);
        var mutating = MutationDetector.Mutates(plan);
        if (mutating && _options.ReadOnly)
            throw new GremlinRequestException("The provided traversal has a mutating step and thus is not read only: this graph is read-only (GraphOptions.ReadOnly acts as ReadOnlyStrategy for every request). Send traversals with addV, addE, property, drop, mergeV or mergeE to a writable endpoint.");
        return new PreparedTraversal(plan, mutating, null) { Query = query, Profile = profile ?? ProfileOptions.Default };
    }

    /// <summary>Plans a script's statements; <paramref name="query"/> is the script text explain() and profile() reports quote.</summary>
    internal List<PreparedStatement> Prepare(IReadOnlyList<GremlinStatement> statements, string query)
    {
        var prepared = new List<PreparedStatement>(statements.Count);
        foreach (var statement in statements)
        {
            var bytecode = statement.Bytecode;
            if (statement.Terminal == "explain")
                bytecode = new Bytecode(bytecode.SourceInstructions, [.. bytecode.StepInstructions, new Instruction("explain")]);
            prepared.Add(new PreparedStatement(statement, Prepare(bytecode, query)));
        }
        return prepared;
    }

    /// <summary>Runs a script's statements in order; like Gremlin Server, the last one's results are returned.</summary>
    internal static IReadOnlyList<object?> RunScript(List<PreparedStatement> statements, Func<PreparedTraversal, IReadOnlyList<object?>> run)
    {
        IReadOnlyList<object?> results = [];
        foreach (var (statement, traversal) in statements)
        {
            results = run(traversal);
            results = statement.Terminal switch
            {
                "next" => results.Take(statement.NextCount ?? 1).ToList(),
                "tryNext" => results.Take(1).ToList(),
                "hasNext" => [results.Count > 0],
                "iterate" => [],
                _ => results,
            };
        }
        return results;
    }

    /// <summary>Runs a planned traversal on a snapshot or batch under the evaluation timeout.</summary>
    internal IReadOnlyList<StructureTraverser> Run(IReadSnapshot view, PreparedTraversal traversal, CancellationToken cancellationToken)
    {
        using var timeout = _options.EvaluationTimeout is { } limit ? new CancellationTokenSource(limit) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;
        try
        {
            return new TraversalRunner(new GraphModel(view, _ids), _options, token) { Query = traversal.Query, Profile = traversal.Profile }.Run(traversal.Plan!);
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TraversalTimeoutException(_options.EvaluationTimeout!.Value);
        }
    }

    internal static IReadOnlyList<object?> Unroll(IReadOnlyList<StructureTraverser> traversers)
    {
        var results = new List<object?>(traversers.Count);
        foreach (var traverser in traversers)
        {
            for (var i = 0L; i < traverser.Bulk; i++) results.Add(traverser.Value);
        }
        return results;
    }

    /// <summary><c>g.tx().commit()</c> and friends: a source instruction <c>tx</c> with the command and no steps.</summary>
    private static bool TryGetTransactionCommand(Bytecode bytecode, out string command)
    {
        command = "";
        if (bytecode.StepInstructions.Count != 0 || bytecode.SourceInstructions.Count != 1) return false;
        var instruction = bytecode.SourceInstructions[0];
        if (instruction.Operator != "tx") return false;
        if (instruction.Arguments is not [string name] || name is not ("begin" or "commit" or "rollback"))
            throw new GremlinRequestException($"g.tx(): unknown transaction command {string.Join(", ", instruction.Arguments)}; use commit or rollback (begin is accepted and does nothing: a transaction begins with its first request).");
        command = name;
        return true;
    }

    /// <summary>Loads a whole graph file (ids kept as in the file) in one transaction.</summary>
    public void Load(Stream input, GraphFormat format)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_options.ReadOnly) throw new GremlinRequestException("The graph is read-only; it cannot load data.");
        Task durable;
        lock (_writeLock)
        {
            using var batch = _store.BeginBatch();
            var graph = new GraphModel(batch, _ids);
            switch (format)
            {
                case GraphFormat.GraphSon: GraphSonReader.Read(input, graph); break;
                case GraphFormat.GraphML: GraphMLReader.Read(input, graph); break;
                default: throw new ArgumentOutOfRangeException(nameof(format), format, "Use GraphFormat.GraphSon or GraphFormat.GraphML.");
            }
            durable = batch.CommitAsync().AsTask();
        }
        durable.GetAwaiter().GetResult();
    }

    /// <summary>The store is owned by the caller; nothing to release here yet.</summary>
    public void Dispose()
    {
    }
}

/// <summary>A planned traversal, or a <c>g.tx()</c> command (then <see cref="Plan"/> is null).</summary>
internal sealed record PreparedTraversal(TraversalPlan? Plan, bool Mutating, string? TransactionCommand)
{
    /// <summary>The script text, quoted by explain() and profile() reports; null for bytecode.</summary>
    public string? Query { get; init; }

    public ProfileOptions Profile { get; init; } = ProfileOptions.Default;
}

/// <summary>One statement of a script with its planned traversal.</summary>
internal sealed record PreparedStatement(GremlinStatement Statement, PreparedTraversal Traversal);
