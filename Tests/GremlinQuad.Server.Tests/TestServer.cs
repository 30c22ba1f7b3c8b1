using GremlinQuad.Server.Hosting;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;

namespace GremlinQuad.Server.Tests;

/// <summary>A real GremlinQuad host on 127.0.0.1 with a free port, holding the built-in sample in "g".</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly GremlinServer _server;

    private TestServer(GremlinServer server, GraphRegistry graphs, ServerOptions options)
    {
        _server = server;
        Graphs = graphs;
        Options = options;
    }

    public GraphRegistry Graphs { get; }

    public ServerOptions Options { get; }

    public int Port => _server.Port;

    public Uri WebSocketUri => new($"ws://127.0.0.1:{Port}/gremlin");

    public Uri HttpUri => new($"http://127.0.0.1:{Port}/");

    public static async Task<TestServer> StartAsync(Action<ServerOptions>? configure = null, Action<GraphRegistry>? addGraphs = null)
    {
        var options = new ServerOptions { Host = "127.0.0.1", Port = 0, Sample = true, InMemory = true };
        configure?.Invoke(options);
        var graphs = new GraphRegistry();
        var store = QuadStore.InMemory();
        var graph = new GremlinGraph(store);
        if (options.Sample)
        {
            using var sample = SampleGraph.GraphSonLines();
            graph.Load(sample, GraphFormat.GraphSon);
        }
        graphs.Add("g", graph, store);
        var readOnlyStore = QuadStore.InMemory();
        using (var sample = SampleGraph.GraphSonLines())
            new GremlinGraph(readOnlyStore).Load(sample, GraphFormat.GraphSon);
        graphs.Add("gmodern", new GremlinGraph(readOnlyStore, new GraphOptions { ReadOnly = true }), readOnlyStore);
        addGraphs?.Invoke(graphs);
        var server = await GremlinServer.StartAsync(options, graphs, logging: _ => { }).ConfigureAwait(false);
        return new TestServer(server, graphs, options);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync().ConfigureAwait(false);
        Graphs.Dispose();
    }
}
