using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Protocol.Messages;

namespace GremlinQuad.Server.Tests.Auth;

public sealed class SaslAuthenticationTests
{
    private TestServer _server = null!;
    private string _credentials = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _credentials = Path.Combine(Path.GetTempPath(), "gremlinquad-credentials-" + Guid.NewGuid().ToString("N") + ".txt");
        // Few iterations keep the test fast; production lines use the default work factor.
        await File.WriteAllLinesAsync(_credentials, ["# test users", CredentialStore.CreateLine("stephen", "password", iterations: 1000)]);
        _server = await TestServer.StartAsync(options => options.CredentialsFile = _credentials);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _server.DisposeAsync();
        File.Delete(_credentials);
    }

    [Test]
    public async Task The_first_request_is_challenged_and_runs_after_a_good_PLAIN_response()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var request = TestClient.Eval("g.V().count()");
        await client.SendAsync(request);
        var challenge = await client.ReceiveAsync();
        Assert.That(challenge.Code, Is.EqualTo(ResponseStatusCode.Authenticate));
        Assert.That(challenge.RequestId, Is.EqualTo(request.RequestId));

        // A new request id, as the Java and .NET drivers send it: the challenge belongs to the connection.
        await client.SendAsync(Authentication("\0stephen\0password"));
        var result = await client.ReceiveAsync();
        Assert.That(result.RequestId, Is.EqualTo(request.RequestId));
        Assert.That(result.Data, Is.EqualTo(new object[] { 6L }));

        Assert.That(await client.ResultsAsync(TestClient.Eval("g.V().count()")), Is.EqualTo(new object[] { 6L }), "later requests are not challenged again");
    }

    [Test]
    public async Task A_wrong_password_is_401_on_the_original_request()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var request = TestClient.Eval("g.V().count()");
        await client.SendAsync(request);
        Assert.That((await client.ReceiveAsync()).Code, Is.EqualTo(ResponseStatusCode.Authenticate));
        await client.SendAsync(Authentication("\0stephen\0wrong"));
        var failure = await client.ReceiveAsync();
        Assert.That(failure.Code, Is.EqualTo(ResponseStatusCode.Unauthorized));
        Assert.That(failure.RequestId, Is.EqualTo(request.RequestId));
        Assert.That(failure.Message, Is.EqualTo("Username and/or password are incorrect"));
    }

    [Test]
    public async Task An_authorization_id_before_the_user_is_ignored()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        await client.SendAsync(TestClient.Eval("g.V().count()"));
        await client.ReceiveAsync();
        await client.SendAsync(Authentication("admin\0stephen\0password"));
        Assert.That((await client.ReceiveAsync()).Data, Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public async Task A_non_string_sasl_argument_is_498()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        await client.SendAsync(TestClient.Eval("g.V().count()"));
        await client.ReceiveAsync();
        await client.SendAsync(new RequestMessage(Guid.NewGuid(), "authentication", "traversal", new Dictionary<string, object?> { ["sasl"] = 12 }));
        Assert.That((await client.ReceiveAsync()).Code, Is.EqualTo(ResponseStatusCode.RequestErrorMalformedRequest));
    }

    [Test]
    public async Task Http_requests_need_basic_credentials()
    {
        using var http = new HttpClient { BaseAddress = _server.HttpUri };
        using (var anonymous = await http.GetAsync("gremlin?gremlin=g.V().count()"))
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var request = new HttpRequestMessage(HttpMethod.Get, "gremlin?gremlin=g.V().count()");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("stephen:password")));
        using var response = await http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void A_malformed_credentials_line_names_the_line_and_the_fix()
    {
        var exception = Assert.Throws<FormatException>(() => CredentialStore.Parse(["alice:plaintext"], "users.txt"));
        Assert.That(exception!.Message, Does.Contain("users.txt, line 1").And.Contain("hash-password"));
    }

    [Test]
    public void Stored_lines_never_contain_the_password()
    {
        var line = CredentialStore.CreateLine("alice", "s3cret-value", iterations: 1000);
        Assert.That(line, Does.Not.Contain("s3cret-value"));
        Assert.That(CredentialStore.Parse([line], "x").Verify("alice", "s3cret-value"), Is.True);
        Assert.That(CredentialStore.Parse([line], "x").Verify("alice", "other"), Is.False);
    }

    private static RequestMessage Authentication(string plain) =>
        new(Guid.NewGuid(), "authentication", "traversal", new Dictionary<string, object?> { ["sasl"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(plain)) });
}
