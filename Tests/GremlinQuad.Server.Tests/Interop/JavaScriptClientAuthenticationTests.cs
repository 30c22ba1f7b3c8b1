using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Serialization;

namespace GremlinQuad.Server.Tests.Interop;

/// <summary>SASL PLAIN as gremlin-javascript 3.8.2 performs it (same request id on the authentication message).</summary>
[TestFixture(SerializerRegistry.GraphBinaryMime)]
[TestFixture(SerializerRegistry.GraphSon3Mime)]
[NonParallelizable]
public sealed class JavaScriptClientAuthenticationTests(string mime)
{
    private TestServer _server = null!;
    private string _credentials = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _ = NodeClient.Directory;
        _credentials = Path.Combine(Path.GetTempPath(), "gremlinquad-js-credentials-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllLinesAsync(_credentials, [CredentialStore.CreateLine("stephen", "password", iterations: 1000)]);
        _server = await TestServer.StartAsync(options => options.CredentialsFile = _credentials);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        if (_credentials is not null)
            File.Delete(_credentials);
    }

    [Test]
    public void Good_credentials_let_the_original_request_through() =>
        Assert.That(NodeClient.Run(_server.WebSocketUri, mime, "script_count", "stephen", "password"), Is.Null);

    [Test]
    public void Bytecode_traversals_authenticate_too() =>
        Assert.That(NodeClient.Run(_server.WebSocketUri, mime, "bytecode_values", "stephen", "password"), Is.Null);

    [Test]
    public void A_wrong_password_is_a_401_error_in_the_client() =>
        Assert.That(NodeClient.Run(_server.WebSocketUri, mime, "auth_failure", "stephen", "wrong"), Is.Null);
}
