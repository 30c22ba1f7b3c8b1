using GremlinQuad.Server.Serialization;

namespace GremlinQuad.Server.Tests.Interop;

/// <summary>
/// Interop proven by a client we did not write: gremlin-javascript 3.8.2 (npm, pinned) over GraphBinary
/// and GraphSON 3, scripts and bytecode (DriverRemoteConnection), results of every type it decodes.
/// </summary>
[TestFixture(SerializerRegistry.GraphBinaryMime)]
[TestFixture(SerializerRegistry.GraphSon3Mime)]
[NonParallelizable]
public sealed class JavaScriptClientTests(string mime)
{
    private TestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _ = NodeClient.Directory;
        // 101 fully connected vertices: g.V().out() has 10 100 results for the batching case.
        _server = await TestServer.StartAsync(addGraphs: graphs => BigGraph.AddTo(graphs, "gbig", 101));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }

    [TestCase("script_count")]
    [TestCase("script_bindings_and_lang")]
    [TestCase("bytecode_values")]
    [TestCase("bulked_results_unroll")]
    [TestCase("vertex_with_properties")]
    [TestCase("vertex_reference_with_tokens")]
    [TestCase("edge")]
    [TestCase("path")]
    [TestCase("maps_with_token_keys")]
    [TestCase("lists_and_group_maps")]
    [TestCase("sets")]
    [TestCase("numbers_of_each_width")]
    [TestCase("dates")]
    [TestCase("uuids")]
    [TestCase("enums")]
    [TestCase("predicates")]
    [TestCase("writes_and_iterate")]
    [TestCase("batching_of_ten_thousand")]
    [TestCase("errors")]
    [TestCase("timeout")]
    [TestCase("sessions_tx_commit")]
    [TestCase("script_session")]
    public void The_official_client_passes(string caseName) =>
        Assert.That(NodeClient.Run(_server.WebSocketUri, mime, caseName), Is.Null);
}
