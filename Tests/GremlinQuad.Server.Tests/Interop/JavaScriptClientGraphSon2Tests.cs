using GremlinQuad.Server.Serialization;

namespace GremlinQuad.Server.Tests.Interop;

/// <summary>
/// gremlin-javascript's GraphSON 2 mode. Its v2 writer turns JS Maps and Sets into <c>{}</c>
/// (gremlin-protocol.md §2.7), so only cases without them apply.
/// </summary>
[NonParallelizable]
public sealed class JavaScriptClientGraphSon2Tests
{
    private TestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _ = NodeClient.Directory;
        _server = await TestServer.StartAsync();
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
    [TestCase("edge")]
    [TestCase("predicates")]
    public void The_official_client_passes_with_GraphSON_2(string caseName) =>
        Assert.That(NodeClient.Run(_server.WebSocketUri, SerializerRegistry.GraphSon2Mime, caseName), Is.Null);
}
