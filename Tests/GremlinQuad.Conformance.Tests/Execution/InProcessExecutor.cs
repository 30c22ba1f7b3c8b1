using System.Collections.Concurrent;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;

namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>
/// Executes scenarios on <see cref="GremlinGraph"/> in this process. The five toy graphs are loaded once,
/// from the kit's GraphSON files, into read-only graphs shared by all scenarios; <c>empty</c> is a new
/// in-memory graph per scenario, so an abandoned (timed-out) traversal can never leak into the next one.
/// </summary>
public sealed class InProcessExecutor : IScenarioExecutor, IDisposable
{
    /// <summary>Graph name → data file in the kit's <c>data/</c> folder (FEATURES-GUIDE.md §8).</summary>
    private static readonly Dictionary<string, string> DataFiles = new(StringComparer.Ordinal)
    {
        ["modern"] = "tinkerpop-modern.json",
        ["classic"] = "tinkerpop-classic.json",
        ["crew"] = "tinkerpop-crew.json",
        ["sink"] = "tinkerpop-sink.json",
        ["grateful"] = "grateful-dead.json",
    };

    private readonly string _kitFolder;
    private readonly ConcurrentDictionary<string, Lazy<GremlinGraph>> _sharedGraphs = new(StringComparer.Ordinal);
    private GremlinGraph? _emptyGraph;

    /// <param name="kitFolder">The kit's folder, holding <c>data/</c>; <c>io("data/…")</c> paths are relative to it.</param>
    public InProcessExecutor(string kitFolder)
    {
        _kitFolder = Path.GetFullPath(kitFolder);
    }

    public void PrepareGraph(string graphName)
    {
        if (graphName == "empty")
        {
            _emptyGraph?.Dispose();
            _emptyGraph = new GremlinGraph(QuadStore.InMemory(), new GraphOptions { OpenFile = OpenKitFile });
            return;
        }

        _ = SharedGraph(graphName);
    }

    public IReadOnlyList<object?> Execute(
        string graphName,
        string traversalText,
        IReadOnlyDictionary<string, object?> bindings,
        IReadOnlyList<KeyValuePair<string, object?>> sideEffects,
        CancellationToken cancellationToken)
    {
        // A scenario abandoned at its time limit must not reach the graph of the scenario after it.
        cancellationToken.ThrowIfCancellationRequested();
        var graph = graphName == "empty"
            ? _emptyGraph ?? throw new InvalidOperationException("PrepareGraph(\"empty\") must be called before executing on the empty graph.")
            : SharedGraph(graphName);
        if (sideEffects.Count == 0)
            return graph.Execute(traversalText, bindings, cancellationToken);

        // The reference runner applies withSideEffect to the source before the text is parsed, so the
        // side effects come first among the source instructions.
        var bytecode = GremlinLangParser.Parse(traversalText, bindings);
        for (var i = 0; i < sideEffects.Count; i++)
            bytecode.SourceInstructions.Insert(i, new Instruction("withSideEffect", sideEffects[i].Key, sideEffects[i].Value));
        return graph.Execute(bytecode, cancellationToken);
    }

    public void Dispose()
    {
        _emptyGraph?.Dispose();
        foreach (var graph in _sharedGraphs.Values)
        {
            if (graph.IsValueCreated)
                graph.Value.Dispose();
        }
    }

    /// <summary>
    /// How <c>io(file).read()</c> finds files: as in the reference runner, <c>data/…</c> names a file of the
    /// kit. Names that leave the kit folder are refused, so a scenario cannot read arbitrary files.
    /// </summary>
    private FileStream OpenKitFile(string name)
    {
        var path = Path.GetFullPath(Path.Combine(_kitFolder, name));
        if (!path.StartsWith(_kitFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new FileNotFoundException($"io(): '{name}' is outside the conformance kit; scenarios read files such as data/tinkerpop-modern.json.", name);
        return File.OpenRead(path);
    }

    private GremlinGraph SharedGraph(string graphName) =>
        _sharedGraphs.GetOrAdd(graphName, name => new Lazy<GremlinGraph>(() => Load(name))).Value;

    private GremlinGraph Load(string graphName)
    {
        if (!DataFiles.TryGetValue(graphName, out var file))
            throw new ArgumentException($"Unknown graph '{graphName}': expected empty, {string.Join(", ", DataFiles.Keys)}.", nameof(graphName));
        var path = Path.Combine(_kitFolder, "data", file);

        // Load through a writable graph, then open the same store read-only: scenarios on the shared
        // graphs must not be able to change them. The loader is not disposed because disposing a graph
        // may dispose the store it was given.
        var store = QuadStore.InMemory();
        var loader = new GremlinGraph(store, new GraphOptions { ReadOnly = false });
        using (var input = File.OpenRead(path))
        {
            loader.Load(input, GraphFormat.GraphSon);
        }

        return new GremlinGraph(store, new GraphOptions { ReadOnly = true });
    }
}
