using GremlinQuad.Storage;
using GremlinQuad.Traversal;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Hosting;

/// <summary>
/// Builds the graphs the options ask for. Part of the composition root: the only server code that
/// names the concrete store.
/// </summary>
public static class GraphSetup
{
    /// <summary>TinkerPop's test graph names (as its own client tests use them) and their data files.</summary>
    public static readonly IReadOnlyList<(string Name, string File)> TinkerPopTestGraphs =
    [
        ("gmodern", "tinkerpop-modern.json"),
        ("gclassic", "tinkerpop-classic.json"),
        ("gcrew", "tinkerpop-crew.json"),
        ("ggrateful", "grateful-dead.json"),
        ("gsink", "tinkerpop-sink.json"),
    ];

    public static GraphRegistry Build(ServerOptions options, ILogger logger)
    {
        var registry = new GraphRegistry();
        try
        {
            var storeOptions = new QuadStoreOptions { ObjectIndex = options.ObjectIndex };
            if (options.DataDirectory is not null)
            {
                // TODO #5: open a durable store here once the write-ahead log lands (QuadStore.Open).
                logger.LogWarning("--data {Directory}: not yet durable. The write-ahead log is not available in this build, so graph 'g' is kept in memory and is lost on exit.", options.DataDirectory);
            }
            var store = QuadStore.InMemory(storeOptions);
            var graph = new GremlinGraph(store);
            if (options.Sample && options.DataDirectory is null)
            {
                using var sample = SampleGraph.GraphSonLines();
                graph.Load(sample, GraphFormat.GraphSon);
                logger.LogInformation("graph 'g' holds the built-in sample (TinkerPop's modern graph: 6 vertices, 6 edges)");
            }
            registry.Add(GraphRegistry.DefaultSourceName, graph, store);

            foreach (var (name, file) in options.Graphs)
                registry.Add(name, LoadGraph(file, storeOptions, readOnly: false, out var owned), owned);

            if (options.TinkerPopTestGraphsDirectory is { } directory)
            {
                if (!Directory.Exists(directory))
                    throw new DirectoryNotFoundException($"--tinkerpop-test-graphs: the folder '{directory}' does not exist; point it at TinkerPop's data folder (with tinkerpop-modern.json and friends).");
                foreach (var (name, file) in TinkerPopTestGraphs)
                    registry.Add(name, LoadGraph(Path.Combine(directory, file), storeOptions, readOnly: true, out var owned), owned);
                var empty = QuadStore.InMemory(storeOptions);
                registry.Add("ggraph", new GremlinGraph(empty), empty);
            }
            return registry;
        }
        catch
        {
            registry.Dispose();
            throw;
        }
    }

    private static GremlinGraph LoadGraph(string file, QuadStoreOptions storeOptions, bool readOnly, out IDisposable owned)
    {
        if (!File.Exists(file))
            throw new FileNotFoundException($"The graph file '{file}' does not exist; give a GraphSON (.json, one vertex per line) or GraphML (.xml) file.", file);
        var format = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".json" or ".graphson" => GraphFormat.GraphSon,
            ".xml" or ".graphml" => GraphFormat.GraphML,
            var other => throw new ArgumentException($"The graph file '{file}' has extension '{other}'; use .json (GraphSON lines) or .xml (GraphML)."),
        };
        var store = QuadStore.InMemory(storeOptions);
        try
        {
            using (var input = File.OpenRead(file))
                new GremlinGraph(store).Load(input, format);
            owned = store;
            // A read-only graph shares the loaded store; the loader above was the only writer it ever had.
            return new GremlinGraph(store, new GraphOptions { ReadOnly = readOnly });
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
