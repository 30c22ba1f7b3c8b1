using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GremlinQuad.Server.Tests.Protocol;

public sealed class HttpGremlinEndpointTests
{
    private TestServer _server = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await TestServer.StartAsync(options => options.MaxMessageBytes = 4096);
        _http = new HttpClient { BaseAddress = _server.HttpUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Post_runs_a_script_with_bindings_and_answers_GraphSON_3()
    {
        using var response = await _http.PostAsync("gremlin", Json("""{"gremlin":"g.V().has('name', who).values('age')","bindings":{"who":"marko"}}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.gremlin-v3.0+json"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("status").GetProperty("code").GetInt32(), Is.EqualTo(200));
        Assert.That(body.RootElement.GetProperty("result").GetProperty("data").GetRawText(),
            Is.EqualTo("""{"@type":"g:List","@value":[{"@type":"g:Int32","@value":29}]}"""));
    }

    [Test]
    public async Task Get_with_a_query_string_runs_the_script()
    {
        using var response = await _http.GetAsync("gremlin?gremlin=" + Uri.EscapeDataString("g.V().count()"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("result").GetProperty("data").GetProperty("@value")[0].GetProperty("@value").GetInt64(), Is.EqualTo(6));
    }

    [Test]
    public async Task Accept_selects_untyped_GraphSON_as_Neptune_recommends()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "gremlin?gremlin=" + Uri.EscapeDataString("g.V().has('name','marko').values('age')"));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/vnd.gremlin-v3.0+json;types=false"));
        using var response = await _http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("result").GetProperty("data").GetRawText(), Is.EqualTo("[29]"));
    }

    [Test]
    public async Task Accept_text_plain_lists_results_in_console_form()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "gremlin?gremlin=" + Uri.EscapeDataString("g.V().has('name','marko')"));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("text/plain"));
        using var response = await _http.SendAsync(request);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.StartWith("==>v["));
    }

    [Test]
    public async Task An_unsupported_Accept_is_400_listing_the_supported_types()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "gremlin?gremlin=g.V()");
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/xml"));
        using var response = await _http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("no serializer for requested Accept header"));
    }

    [Test]
    public async Task A_syntax_error_is_400_with_a_json_error_body()
    {
        using var response = await _http.PostAsync("gremlin", Json("""{"gremlin":"g.V(.count()"}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.GetProperty("message").GetString(), Does.Contain("line 1"));
        Assert.That(body.RootElement.GetProperty("Exception-Class").GetString(), Is.EqualTo("GremlinQuad.Gremlin.GremlinSyntaxException"));
        Assert.That(body.RootElement.GetProperty("code").GetString(), Is.EqualTo("MalformedQueryException"));
    }

    [Test]
    public async Task A_missing_script_is_400()
    {
        using var response = await _http.PostAsync("gremlin", Json("""{"bindings":{}}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("no gremlin script supplied"));
    }

    [Test]
    public async Task Invalid_json_is_400()
    {
        using var response = await _http.PostAsync("gremlin", Json("{not json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("could not be parsed"));
    }

    [Test]
    public async Task Bindings_that_are_not_a_map_are_400()
    {
        using var response = await _http.PostAsync("gremlin", Json("""{"gremlin":"g.V()","bindings":[1]}"""));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("bindings must be a Map"));
    }

    [Test]
    public async Task A_body_over_the_limit_is_413()
    {
        using var response = await _http.PostAsync("gremlin", Json("{\"gremlin\":\"g.inject('" + new string('x', 10_000) + "')\"}"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("maxContentLength"));
    }

    [Test]
    public async Task Other_methods_are_405()
    {
        using var response = await _http.PutAsync("gremlin", Json("{}"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task SigV4_headers_from_Neptune_clients_are_tolerated()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "gremlin") { Content = Json("""{"gremlin":"g.V().count()"}""") };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/neptune-db/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20240101T000000Z");
        request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", "token");
        using var response = await _http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Status_has_Neptunes_shape()
    {
        using var body = JsonDocument.Parse(await _http.GetStringAsync("status"));
        var root = body.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("healthy"));
        Assert.That(root.GetProperty("role").GetString(), Is.EqualTo("writer"));
        Assert.That(root.GetProperty("gremlin").GetProperty("version").GetString(), Does.StartWith("tinkerpop-3.8"));
        Assert.That(root.GetProperty("startTime").GetString(), Is.Not.Empty);
        Assert.That(root.GetProperty("dbEngineVersion").GetString(), Does.StartWith("GremlinQuad-"));
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
