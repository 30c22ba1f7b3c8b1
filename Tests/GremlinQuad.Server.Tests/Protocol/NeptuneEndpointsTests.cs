using System.Net;
using System.Text;
using System.Text.Json;
using GremlinQuad.Server.Protocol.Messages;

namespace GremlinQuad.Server.Tests.Protocol;

/// <summary>Neptune's management endpoints on a real server: explain, profile, query status with cancel, and the bulk loader.</summary>
public sealed class NeptuneEndpointsTests
{
    private TestServer _server = null!;
    private HttpClient _http = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // No evaluation timeout: the cancel test's query runs until it is cancelled.
        _server = await TestServer.StartAsync(options => options.EvaluationTimeoutMilliseconds = 0);
        _http = new HttpClient { BaseAddress = _server.HttpUri, Timeout = TimeSpan.FromSeconds(60) };
        _folder = Directory.CreateTempSubdirectory("gremlinquad-loader-").FullName;
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    // ---------------------------------------------------------------- explain and profile

    [Test]
    public async Task Post_explain_answers_a_text_report_with_the_access_pattern_of_each_step()
    {
        using var response = await _http.PostAsync("gremlin/explain", Json("""{"gremlin":"g.V(2).in()"}"""));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/plain"));
        Assert.That(text, Does.Contain("Query String\n============\ng.V(2).in()"));
        // The loader tests add edge labels to the same graph, so the number of predicates scanned is not fixed here.
        Assert.That(text, Does.Match(@"\?\?O\? \(in-vertex\): union scan over POGS \(\d+ predicate range scans\)"), "the test server has no OSGP index");
        Assert.That(text, Does.Contain("WARNING:"));
    }

    [Test]
    public async Task A_json_body_sent_as_a_form_like_curl_d_does_is_read_as_json()
    {
        using var response = await _http.PostAsync("gremlin/explain", new StringContent("""{"gremlin":"g.V(1).out()"}""", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("S??? (out-vertex): SPOG prefix 1"));
    }

    [Test]
    public async Task Get_profile_runs_the_traversal_and_reports_counts_and_results()
    {
        using var response = await _http.GetAsync("gremlin/profile?gremlin=" + Uri.EscapeDataString("g.V(1).out('knows').values('name')"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(text, Does.Contain("Traversal Metrics").And.Contain("Count: 2").And.Contain("vadas").And.Contain("josh"));
        Assert.That(text, Does.Contain("SP?? (out-vertex, edge label): SPOG prefix 2"));
    }

    [Test]
    public async Task Profile_results_false_leaves_the_output_out()
    {
        using var response = await _http.PostAsync("gremlin/profile", Json("""{"gremlin":"g.V().hasLabel('person').values('name')","profile.results":false}"""));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.Contain("Count: 4").And.Not.Contain("Output:"));
    }

    [TestCase("gremlin/explain", """{"gremlin":"g.V().outt()"}""", "MalformedQueryException", "outt() is not supported")]
    [TestCase("gremlin/explain", """{"query":"g.V()"}""", "MissingParameterException", "No gremlin script supplied")]
    [TestCase("gremlin/profile", """{"gremlin":"g.V(","profile.chop":-1}""", "BadRequestException", "profile.chop")]
    public async Task Bad_explain_and_profile_requests_are_400_with_neptunes_error_shape(string path, string body, string code, string message)
    {
        using var response = await _http.PostAsync(path, Json(body));
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.RootElement.GetProperty("code").GetString(), Is.EqualTo(code));
        Assert.That(error.RootElement.GetProperty("detailedMessage").GetString(), Does.Contain(message));
        Assert.That(error.RootElement.GetProperty("requestId").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Profile_step_over_websocket_gives_the_same_report_as_a_string()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var results = await client.ResultsAsync(TestClient.Eval("g.V(1).out('knows').values('name').profile()"));
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That((string)results[0]!, Does.Contain("Traversal Metrics").And.Contain("SPOG prefix 2").And.Contain("Count: 2"));
    }

    // ---------------------------------------------------------------- query status

    [Test]
    public async Task A_running_query_is_listed_and_cancelling_it_fails_its_request_with_a_clear_error()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var id = Guid.NewGuid();
        // Never ends by itself: one traverser looping until cancelled.
        await client.SendAsync(TestClient.Eval("g.inject(1).repeat(identity()).until(loops().is(-1))", id: id));
        JsonElement query = default;
        for (var attempt = 0; attempt < 200 && query.ValueKind == JsonValueKind.Undefined; attempt++)
        {
            using var status = JsonDocument.Parse(await _http.GetStringAsync("gremlin/status"));
            foreach (var entry in status.RootElement.GetProperty("queries").EnumerateArray())
                if (entry.GetProperty("queryId").GetString() == id.ToString("D")) query = entry.Clone();
            if (query.ValueKind == JsonValueKind.Undefined) await Task.Delay(50);
        }
        Assert.That(query.ValueKind, Is.EqualTo(JsonValueKind.Object), "the query never showed up in /gremlin/status");
        Assert.That(query.GetProperty("queryString").GetString(), Does.StartWith("g.inject(1).repeat"));
        Assert.That(query.GetProperty("queryEvalStats").GetProperty("cancelled").GetBoolean(), Is.False);

        using var cancel = await _http.DeleteAsync($"gremlin/status/{id:D}");
        Assert.That(await cancel.Content.ReadAsStringAsync(), Does.Contain("\"status\": \"200 OK\""));
        var response = await client.ReceiveAsync(TimeSpan.FromSeconds(60));
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.ServerError));
        Assert.That(response.Message, Does.Contain("CancelledByUserException").And.Contain(id.ToString("D")));

        using var again = await _http.DeleteAsync($"gremlin/status/{id:D}");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a finished query is no longer running");
    }

    [Test]
    public async Task Status_counts_no_queries_when_idle_and_cancel_without_id_is_400()
    {
        using var status = JsonDocument.Parse(await _http.GetStringAsync("gremlin/status"));
        Assert.That(status.RootElement.GetProperty("acceptedQueryCount").GetInt32(), Is.GreaterThanOrEqualTo(0));
        using var response = await _http.PostAsync("gremlin/status", new FormUrlEncodedContent([new("cancelQuery", "")]));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("queryId"));
    }

    // ---------------------------------------------------------------- loader

    [Test]
    public async Task Loader_loads_a_folder_and_reports_neptunes_status_fields()
    {
        var source = Files("ok",
            ("vertices.csv", "~id,~label,name:String,age:Int,since:Date,tags:String[]\nl1,pilot,Ann,41,2001-05-01,\"a;b\"\nl2,pilot,Bo,35,2010-01-31,c\n"),
            ("edges.csv", "~id,~from,~to,~label,weight:Double\nle1,l1,l2,flies_with,0.5\n"));
        var loadId = await StartLoadAsync($$"""{"source":{{JsonSerializer.Serialize(source)}},"format":"csv","failOnError":"TRUE","mode":"NEW","parallelism":"HIGH","iamRoleArn":"ignored","region":"us-east-1"}""");
        var status = await WaitForLoadAsync(loadId, "?details=true&errors=true");
        var overall = status.GetProperty("payload").GetProperty("overallStatus");
        Assert.That(overall.GetProperty("status").GetString(), Is.EqualTo("LOAD_COMPLETED"));
        Assert.That(overall.GetProperty("totalRecords").GetInt64(), Is.EqualTo(3));
        Assert.That(overall.GetProperty("fullUri").GetString(), Is.EqualTo(source));
        Assert.That(overall.GetProperty("startTime").GetInt64(), Is.GreaterThan(1_600_000_000));
        Assert.That(status.GetProperty("payload").GetProperty("feedCount")[0].GetProperty("LOAD_COMPLETED").GetInt32(), Is.EqualTo(2));
        Assert.That(await ScriptAsync("g.V('l1').out('flies_with').values('name')"), Is.EqualTo("[\"Bo\"]"));
        Assert.That(await ScriptAsync("g.V('l1').values('tags').fold()"), Is.EqualTo("[[\"a\",\"b\"]]"));

        using var list = JsonDocument.Parse(await _http.GetStringAsync("loader"));
        Assert.That(list.RootElement.GetProperty("payload").GetProperty("loadIds").EnumerateArray().Select(e => e.GetString()), Does.Contain(loadId));
    }

    [Test]
    public async Task Failed_records_are_reported_with_file_line_and_reason_and_fail_on_error_keeps_the_graph_unchanged()
    {
        var source = Files("bad",
            ("v.csv", "~id,~label,age:Int\nb1,p,1\nb2,p,notanumber\n"),
            ("e.csv", "~id,~from,~to,~label\nbe1,b1,nowhere,knows\n"));
        var strict = await WaitForLoadAsync(await StartLoadAsync($$"""{"source":{{JsonSerializer.Serialize(source)}},"format":"csv"}"""), "?errors=TRUE");
        Assert.That(strict.GetProperty("payload").GetProperty("overallStatus").GetProperty("status").GetString(), Is.EqualTo("LOAD_FAILED"));
        Assert.That(await ScriptAsync("g.V('b1').count()"), Is.EqualTo("[0]"), "failOnError TRUE commits nothing");

        var lenient = await WaitForLoadAsync(await StartLoadAsync($$"""{"source":{{JsonSerializer.Serialize(source)}},"format":"csv","failOnError":false,"mode":"NEW"}"""), "?errors=TRUE");
        var payload = lenient.GetProperty("payload");
        Assert.That(payload.GetProperty("overallStatus").GetProperty("status").GetString(), Is.EqualTo("LOAD_COMPLETED"));
        Assert.That(payload.GetProperty("overallStatus").GetProperty("datatypeMismatchErrors").GetInt64(), Is.EqualTo(1));
        var errors = payload.GetProperty("errors").GetProperty("errorLogs").EnumerateArray()
            .Select(e => $"{e.GetProperty("fileName").GetString()}:{e.GetProperty("lineNumber").GetInt64()} {e.GetProperty("errorCode").GetString()}").ToList();
        Assert.That(errors, Is.EquivalentTo(new[] { "v.csv:3 DATATYPE_MISMATCH", "e.csv:2 FROM_OR_TO_VERTEX_ARE_MISSING" }));
        Assert.That(await ScriptAsync("g.V('b1').count()"), Is.EqualTo("[1]"), "good records load when failOnError is FALSE");
    }

    [TestCase("""{"format":"csv"}""", "'source' is required")]
    [TestCase("""{"source":"s3://bucket/air/","format":"csv"}""", "aws s3 sync")]
    [TestCase("""{"source":"/no/such/folder/anywhere","format":"csv"}""", "neither a file nor a folder")]
    [TestCase("""{"source":"/tmp","format":"ntriples"}""", "not supported")]
    [TestCase("""{"source":"/tmp","format":"csv","mode":"LATER"}""", "NEW, RESUME or AUTO")]
    [TestCase("""{"source":"/tmp","format":"csv","failOnError":"maybe"}""", "TRUE or FALSE")]
    [TestCase("""{"source":"/tmp","format":"csv","parallelism":"MAX"}""", "OVERSUBSCRIBE")]
    [TestCase("""not json""", "could not be parsed")]
    public async Task Bad_load_requests_are_400_with_neptunes_error_shape(string body, string message)
    {
        using var response = await _http.PostAsync("loader", Json(body));
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.RootElement.GetProperty("code").GetString(), Is.EqualTo("BadRequestException"));
        Assert.That(error.RootElement.GetProperty("detailedMessage").GetString(), Does.Contain(message));
    }

    [Test]
    public async Task Unknown_load_ids_are_404_for_status_and_cancel()
    {
        using var status = await _http.GetAsync("loader/00000000-0000-0000-0000-000000000000");
        using var cancel = await _http.DeleteAsync("loader/00000000-0000-0000-0000-000000000000");
        Assert.That(status.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await cancel.Content.ReadAsStringAsync(), Does.Contain("does not exist or not active"));
    }

    [Test]
    public async Task Form_encoded_parameters_start_a_load_too()
    {
        var source = Files("form", ("v.csv", "~id,~label\nf1,thing\n"));
        using var response = await _http.PostAsync("loader", new FormUrlEncodedContent([new("source", source), new("format", "csv"), new("failOnError", "FALSE")]));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var status = await WaitForLoadAsync(body.RootElement.GetProperty("payload").GetProperty("loadId").GetString()!, "");
        Assert.That(status.GetProperty("payload").GetProperty("overallStatus").GetProperty("status").GetString(), Is.EqualTo("LOAD_COMPLETED"));
    }

    private string Files(string name, params (string File, string Text)[] files)
    {
        var folder = Path.Combine(_folder, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in files)
            File.WriteAllText(Path.Combine(folder, file), text);
        return folder;
    }

    private async Task<string> StartLoadAsync(string body)
    {
        using var response = await _http.PostAsync("loader", Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        using var document = JsonDocument.Parse(text);
        Assert.That(document.RootElement.GetProperty("status").GetString(), Is.EqualTo("200 OK"));
        return document.RootElement.GetProperty("payload").GetProperty("loadId").GetString()!;
    }

    /// <summary>Polls the load's status until it has finished (loads of a few rows finish at once).</summary>
    private async Task<JsonElement> WaitForLoadAsync(string loadId, string query)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            using var document = JsonDocument.Parse(await _http.GetStringAsync($"loader/{loadId}{query}"));
            var status = document.RootElement.GetProperty("payload").GetProperty("overallStatus").GetProperty("status").GetString();
            if (status is not ("LOAD_IN_QUEUE" or "LOAD_IN_PROGRESS"))
                return document.RootElement.Clone();
            await Task.Delay(50);
        }
        Assert.Fail($"the load {loadId} did not finish");
        return default;
    }

    /// <summary>The results of a script over HTTP as untyped JSON.</summary>
    private async Task<string> ScriptAsync(string script)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "gremlin") { Content = Json(JsonSerializer.Serialize(new { gremlin = script })) };
        request.Headers.Accept.ParseAdd("application/vnd.gremlin-v3.0+json;types=false");
        using var response = await _http.SendAsync(request);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("result").GetProperty("data").GetRawText();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
