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
/// transaction: a write batch when the traversal mutates (committed on success, discarded on
/// failure), otherwise a read snapshot.
/// </summary>
public sealed class GremlinGraph : IDisposable
{
    private readonly IQuadStore _store;
    private readonly GraphOptions _options;
    private readonly IdGenerator _ids = new();

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

    /// <summary>Runs a gremlin-lang script; parameters are resolved from <paramref name="bindings"/>.</summary>
    public IReadOnlyList<object?> Execute(string gremlin, IReadOnlyDictionary<string, object?>? bindings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gremlin);
        // A script may hold several statements; like Gremlin Server, the last one's results are returned.
        IReadOnlyList<object?> results = [];
        foreach (var statement in GremlinLangParser.ParseScript(gremlin, bindings))
        {
            var bytecode = statement.Bytecode;
            if (statement.Terminal == "explain")
                bytecode = new Bytecode(bytecode.SourceInstructions, [.. bytecode.StepInstructions, new Instruction("explain")]);
            results = Unroll(Run(bytecode, gremlin, ProfileOptions.Default, cancellationToken));
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

    /// <summary>Runs bytecode; results are unrolled (a traverser of bulk 3 gives three results).</summary>
    public IReadOnlyList<object?> Execute(Bytecode bytecode, CancellationToken cancellationToken = default) =>
        Unroll(ExecuteBulked(bytecode, cancellationToken));

    /// <summary>Runs bytecode and returns (value, bulk) pairs, as the server's bytecode op sends them.</summary>
    public IReadOnlyList<StructureTraverser> ExecuteBulked(Bytecode bytecode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytecode);
        return Run(bytecode, null, ProfileOptions.Default, cancellationToken);
    }

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
        return (string)Run(bytecode, gremlin.Trim(), options, cancellationToken)[0].Value!;
    }

    private static List<object?> Unroll(IReadOnlyList<StructureTraverser> traversers)
    {
        var results = new List<object?>();
        foreach (var traverser in traversers)
        {
            for (var i = 0L; i < traverser.Bulk; i++) results.Add(traverser.Value);
        }
        return results;
    }

    private IReadOnlyList<StructureTraverser> Run(Bytecode bytecode, string? query, ProfileOptions profile, CancellationToken cancellationToken)
    {
        var plan = PlanBuilder.Build(bytecode);
        var mutating = MutationDetector.Mutates(plan);
        if (mutating && _options.ReadOnly)
            throw new GremlinRequestException("The provided traversal has a mutating step and thus is not read only: this graph is read-only (GraphOptions.ReadOnly acts as ReadOnlyStrategy for every request). Send traversals with addV, addE, property, drop, mergeV or mergeE to a writable endpoint.");

        using var timeout = _options.EvaluationTimeout is { } limit ? new CancellationTokenSource(limit) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var token = linked?.Token ?? cancellationToken;
        try
        {
            if (!mutating)
            {
                using var snapshot = _store.OpenSnapshot();
                return new TraversalRunner(new GraphModel(snapshot, _ids), _options, token) { Query = query, Profile = profile }.Run(plan);
            }
            using var batch = _store.BeginBatch();
            var results = new TraversalRunner(new GraphModel(batch, _ids), _options, token) { Query = query, Profile = profile }.Run(plan);
            if (batch.HasChanges) batch.CommitAsync(token).AsTask().GetAwaiter().GetResult();
            return results;
        }
        catch (OperationCanceledException) when (timeout is not null && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TraversalTimeoutException(_options.EvaluationTimeout!.Value);
        }
    }

    /// <summary>Loads a whole graph file (ids kept as in the file) in one transaction.</summary>
    public void Load(Stream input, GraphFormat format)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (_options.ReadOnly) throw new GremlinRequestException("The graph is read-only; it cannot load data.");
        using var batch = _store.BeginBatch();
        var graph = new GraphModel(batch, _ids);
        switch (format)
        {
            case GraphFormat.GraphSon: GraphSonReader.Read(input, graph); break;
            case GraphFormat.GraphML: GraphMLReader.Read(input, graph); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Use GraphFormat.GraphSon or GraphFormat.GraphML.");
        }
        batch.CommitAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The store is owned by the caller; nothing to release here yet.</summary>
    public void Dispose()
    {
    }
}
