using GremlinQuad.Server.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GremlinQuad.Conformance.Tests.Wire;

/// <summary>
/// The real GremlinQuad server, in this process on 127.0.0.1 with a free port, serving TinkerPop's test graphs
/// (as <c>--tinkerpop-test-graphs</c> does) from the kit's data folder. One per test run, shared by both
/// serializers' runners.
/// </summary>
public sealed class WireServer : IAsyncDisposable
{
    private readonly GremlinServer _server;
    private readonly GraphRegistry _graphs;

    private WireServer(GremlinServer server, GraphRegistry graphs)
    {
        _server = server;
        _graphs = graphs;
    }

    public Uri WebSocketUri => new($"ws://127.0.0.1:{_server.Port}/gremlin");

    public static async Task<WireServer> StartAsync(string kitFolder)
    {
        var options = new ServerOptions
        {
            Host = "127.0.0.1",
            Port = 0,
            Sample = false,
            InMemory = true,
            TinkerPopTestGraphsDirectory = Path.Combine(kitFolder, "data"),
        };
        var graphs = GraphSetup.Build(options, NullLogger.Instance);
        try
        {
            var server = await GremlinServer.StartAsync(options, graphs, logging: _ => { }).ConfigureAwait(false);
            return new WireServer(server, graphs);
        }
        catch
        {
            graphs.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync().ConfigureAwait(false);
        _graphs.Dispose();
    }
}
