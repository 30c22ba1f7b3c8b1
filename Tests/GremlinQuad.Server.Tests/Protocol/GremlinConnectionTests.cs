using System.Net.WebSockets;
using System.Text;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Protocol.WebSocket;
using GremlinQuad.Server.Serialization;

namespace GremlinQuad.Server.Tests.Protocol;

/// <summary>WebSocket /gremlin end to end with our byte-level TestClient against the real host.</summary>
[Parallelizable(ParallelScope.None)]
public sealed class GremlinConnectionTests
{
    private TestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        _server = await TestServer.StartAsync(options => options.MaxMessageBytes = 64 * 1024, graphs => BigGraph.AddTo(graphs, "gbig", 40));

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task An_eval_returns_raw_values()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var responses = await client.SubmitAsync(TestClient.Eval("g.V().count()"));
        Assert.That(responses, Has.Count.EqualTo(1));
        Assert.That(responses[0].Code, Is.EqualTo(ResponseStatusCode.Success));
        Assert.That(responses[0].Data, Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public async Task Eval_bindings_are_substituted()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var results = await client.ResultsAsync(TestClient.Eval("g.V().has('name', who).values('age')",
            new Dictionary<string, object?> { ["bindings"] = new GremlinMap { ["who"] = "marko" } }));
        Assert.That(results, Is.EqualTo(new object[] { 29 }));
    }

    [Test]
    public async Task Bytecode_results_are_bulked_traversers()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var responses = await client.SubmitAsync(TestClient.Traversal(new Bytecode().AddStep("V").AddStep("values", "name")));
        Assert.That(responses[^1].Code, Is.EqualTo(ResponseStatusCode.Success));
        Assert.That(responses.SelectMany(r => r.Data!), Is.All.InstanceOf<Traverser>());
        var names = await client.ResultsAsync(TestClient.Traversal(new Bytecode().AddStep("V").AddStep("values", "name")));
        Assert.That(names, Is.EquivalentTo(new object[] { "marko", "vadas", "lop", "josh", "ripple", "peter" }));
    }

    [Test]
    public async Task Results_stream_in_partial_batches_of_batch_size_then_success()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var responses = await client.SubmitAsync(TestClient.Eval("g.V()", new Dictionary<string, object?> { ["batchSize"] = 4 }));
        Assert.That(responses.Select(r => r.Code), Is.EqualTo(new[] { ResponseStatusCode.PartialContent, ResponseStatusCode.Success }));
        Assert.That(responses.Select(r => r.Data!.Count), Is.EqualTo(new[] { 4, 2 }));
        Assert.That(responses.SelectMany(r => r.Data!), Is.All.InstanceOf<Vertex>());
    }

    [Test]
    public async Task An_empty_result_is_no_content_with_null_data()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var responses = await client.SubmitAsync(TestClient.Traversal(new Bytecode().AddStep("V").AddStep("has", "name", "nobody")));
        Assert.That(responses, Has.Count.EqualTo(1));
        Assert.That(responses[0].Code, Is.EqualTo(ResponseStatusCode.NoContent));
        Assert.That(responses[0].Data, Is.Null);
    }

    [Test]
    public async Task A_script_that_does_not_parse_is_499_with_the_position()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var response = (await client.SubmitAsync(TestClient.Eval("g.V().has('name'")))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(response.Message, Does.Contain("line 1"));
        Assert.That(response.Attributes["exceptions"], Is.EqualTo(new object[] { "GremlinQuad.Gremlin.GremlinSyntaxException" }));
        Assert.That(response.Attributes["stackTrace"], Is.InstanceOf<string>());
    }

    [Test]
    public async Task An_unknown_step_in_bytecode_is_499_naming_the_step()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var response = (await client.SubmitAsync(TestClient.Traversal(new Bytecode().AddStep("V").AddStep("frobnicate"))))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(response.Message, Does.Contain("frobnicate"));
    }

    [Test]
    public async Task A_traversal_past_its_evaluation_timeout_is_598_and_the_connection_keeps_working()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var slow = new Bytecode().AddStep("V").AddStep("out").AddStep("out").AddStep("out").AddStep("out").AddStep("path").AddStep("count");
        var response = (await client.SubmitAsync(TestClient.Traversal(slow, "gbig", new Dictionary<string, object?> { ["evaluationTimeout"] = 200 })))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.ServerErrorTimeout));
        Assert.That(response.Message, Does.Contain("evaluationTimeout"));
        Assert.That(await client.ResultsAsync(TestClient.Eval("g.V().count()")), Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public async Task An_unknown_op_is_498_and_the_connection_stays_open()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var response = (await client.SubmitAsync(new RequestMessage(Guid.NewGuid(), "gather", "", new Dictionary<string, object?>())))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorMalformedRequest));
        Assert.That(response.Message, Does.Contain("[gather]"));
        Assert.That(await client.ResultsAsync(TestClient.Eval("g.V().count()")), Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public async Task An_unknown_processor_is_499()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var response = (await client.SubmitAsync(TestClient.Eval("g.V().count()", processor: "olap")))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(response.Message, Does.Contain("Invalid OpProcessor requested [olap]"));
    }

    [Test]
    public async Task A_missing_gremlin_argument_is_499()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var response = (await client.SubmitAsync(new RequestMessage(Guid.NewGuid(), "bytecode", "traversal", new Dictionary<string, object?>())))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(response.Message, Does.Contain("requires a [gremlin] argument"));
    }

    [Test]
    public async Task An_unknown_traversal_source_is_499_listing_the_configured_ones()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var response = (await client.SubmitAsync(TestClient.Traversal(new Bytecode().AddStep("V"), "gnone")))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(response.Message, Does.Contain("[gnone]").And.Contain("gmodern"));
    }

    [Test]
    public async Task Aliases_route_requests_to_the_named_graph_and_read_only_graphs_refuse_writes()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var count = await client.ResultsAsync(TestClient.Traversal(new Bytecode().AddStep("V").AddStep("count"), "gmodern"));
        Assert.That(count, Is.EqualTo(new object[] { 6L }));
        var response = (await client.SubmitAsync(TestClient.Traversal(new Bytecode().AddStep("addV", "person"), "gmodern")))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(response.Message, Does.Contain("read-only"));
    }

    [Test]
    public async Task An_undecodable_frame_gets_498_with_the_request_id_and_the_connection_closes()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var id = Guid.NewGuid();
        var frame = FrameHeader.Build(SerializerRegistry.GraphBinaryMime).Concat(new byte[] { 0x81 }).Concat(id.ToByteArray(bigEndian: true)).Concat(new byte[] { 0xff, 0xff, 0xff, 0xff }).ToArray();
        await client.SendRawAsync(frame);
        var response = await client.ReceiveAsync();
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorMalformedRequest));
        Assert.That(response.RequestId, Is.EqualTo(id));
        Assert.That(response.Message, Does.Contain("could not be parsed"));
        Assert.That(await client.ReceiveRawAsync(), Is.Null, "the server should close after an undecodable frame");
    }

    [Test]
    public async Task A_frame_without_request_id_gets_498_with_a_null_id()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        await client.SendRawAsync(FrameHeader.Build(SerializerRegistry.GraphBinaryMime).Concat(new byte[] { 0x81, 1, 2 }).ToArray());
        var response = await client.ReceiveAsync();
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorMalformedRequest));
        Assert.That(response.RequestId, Is.Null);
        Assert.That(response.Message, Does.Contain("truncated"));
    }

    [Test]
    public async Task An_unknown_mime_type_is_named_in_the_error()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        await client.SendRawAsync(FrameHeader.Build("application/x-made-up").Concat("{}"u8.ToArray()).ToArray());
        var response = await client.ReceiveAsync();
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorMalformedRequest));
        Assert.That(response.Message, Does.Contain("application/x-made-up"));
    }

    [Test]
    public async Task An_unknown_mime_falls_back_to_GraphBinary_like_Gremlin_Server()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        await client.SendRawAsync(TestClient.Frame(TestClient.Eval("g.V().count()"), "application/x-made-up"));
        var response = await client.ReceiveAsync();
        Assert.That(response.Data, Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public async Task An_oversized_message_is_rejected_and_other_clients_are_still_served()
    {
        await using var other = await TestClient.ConnectAsync(_server.WebSocketUri);
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var huge = TestClient.Eval("g.inject('" + new string('x', 100_000) + "')");
        await client.SendAsync(huge);
        var response = await client.ReceiveAsync();
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorMalformedRequest));
        Assert.That(response.RequestId, Is.EqualTo(huge.RequestId));
        Assert.That(response.Message, Does.Contain("65536 bytes"));
        Assert.That(await other.ResultsAsync(TestClient.Eval("g.V().count()")), Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public async Task A_fragmented_message_is_reassembled()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var frame = TestClient.Frame(TestClient.Eval("g.V().count()"));
        await client.SendRawAsync(frame[..10], endOfMessage: false);
        await client.SendRawAsync(frame[10..40], endOfMessage: false);
        await client.SendRawAsync(frame[40..]);
        Assert.That((await client.ReceiveAsync()).Data, Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public async Task A_text_frame_is_GraphSON_3_and_is_answered_in_a_text_frame()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var id = Guid.NewGuid();
        await client.SendRawAsync(Encoding.UTF8.GetBytes($$$"""{"requestId":"{{{id}}}","op":"eval","processor":"","args":{"gremlin":"g.V().count()"}}"""), WebSocketMessageType.Text);
        var frame = await client.ReceiveRawAsync();
        Assert.That(frame!.Value.Type, Is.EqualTo(WebSocketMessageType.Text));
        using var json = TestClient.ParseJson(frame.Value.Bytes);
        Assert.That(json.RootElement.GetProperty("requestId").GetString(), Is.EqualTo(id.ToString()));
        Assert.That(json.RootElement.GetProperty("status").GetProperty("code").GetInt32(), Is.EqualTo(200));
        Assert.That(json.RootElement.GetProperty("result").GetProperty("data").GetRawText(),
            Is.EqualTo("""{"@type":"g:List","@value":[{"@type":"g:Int64","@value":6}]}"""));
    }

    [TestCase(SerializerRegistry.GraphSon2Mime, "[{\"@type\":\"g:Int64\",\"@value\":6}]")]
    [TestCase(SerializerRegistry.GraphSon3UntypedMime, "[6]")]
    [TestCase(SerializerRegistry.GraphSon1Mime, "[6]")]
    public async Task GraphSON_requests_in_binary_frames_are_answered_in_their_dialect(string mime, string data)
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var id = Guid.NewGuid();
        var body = Encoding.UTF8.GetBytes($$$"""{"requestId":"{{{id}}}","op":"eval","processor":"","args":{"gremlin":"g.V().count()"}}""");
        await client.SendRawAsync(FrameHeader.Build(mime).Concat(body).ToArray());
        var frame = await client.ReceiveRawAsync();
        Assert.That(frame!.Value.Type, Is.EqualTo(WebSocketMessageType.Binary));
        using var json = TestClient.ParseJson(frame.Value.Bytes);
        Assert.That(json.RootElement.GetProperty("result").GetProperty("data").GetRawText(), Is.EqualTo(data));
    }

    [Test]
    public async Task Responses_of_concurrent_requests_on_one_connection_carry_their_own_ids()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var requests = Enumerable.Range(0, 8).Select(i => TestClient.Eval($"g.inject({i})")).ToList();
        foreach (var request in requests)
            await client.SendAsync(request);
        var answers = new Dictionary<Guid, object?>();
        for (var i = 0; i < requests.Count; i++)
        {
            var response = await client.ReceiveAsync();
            Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.Success), response.Message);
            answers[response.RequestId!.Value] = response.Data![0];
        }
        for (var i = 0; i < requests.Count; i++)
            Assert.That(answers[requests[i].RequestId], Is.EqualTo(i));
    }

    [Test]
    public async Task A_client_that_vanishes_mid_request_does_not_disturb_others()
    {
        var vanishing = await TestClient.ConnectAsync(_server.WebSocketUri);
        var slow = new Bytecode().AddStep("V").AddStep("out").AddStep("out").AddStep("out").AddStep("path").AddStep("count");
        await vanishing.SendAsync(TestClient.Traversal(slow, "gbig", new Dictionary<string, object?> { ["evaluationTimeout"] = 2000 }));
        await vanishing.DisposeAsync();
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        Assert.That(await client.ResultsAsync(TestClient.Eval("g.V().count()")), Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public async Task Materialize_properties_tokens_returns_references()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var full = (Vertex)(await client.ResultsAsync(TestClient.Eval("g.V().has('name','marko')")))[0]!;
        var reference = (Vertex)(await client.ResultsAsync(TestClient.Eval("g.V().has('name','marko')",
            new Dictionary<string, object?> { ["materializeProperties"] = "tokens" })))[0]!;
        Assert.That(full.Properties, Is.Not.Null.And.Not.Empty);
        Assert.That(reference.Properties, Is.Null);
    }

    [Test]
    public async Task Close_is_answered_with_no_content()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var response = (await client.SubmitAsync(new RequestMessage(Guid.NewGuid(), "close", "session", new Dictionary<string, object?> { ["session"] = "s1" })))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.NoContent));
    }

    [Test]
    public async Task Session_requests_run_and_a_tx_commit_answers_no_content()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var session = new Dictionary<string, object?> { ["session"] = "tx-1" };
        var added = await client.ResultsAsync(TestClient.Traversal(new Bytecode().AddStep("addV", "session-test").AddStep("count"), extra: session, processor: "session"));
        Assert.That(added, Is.EqualTo(new object[] { 1L }));
        var commit = (await client.SubmitAsync(TestClient.Traversal(new Bytecode().AddSource("tx", "commit"), extra: session, processor: "session")))[^1];
        Assert.That(commit.Code, Is.EqualTo(ResponseStatusCode.NoContent));
    }

    [Test]
    public async Task A_session_request_without_a_session_id_is_499()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var response = (await client.SubmitAsync(TestClient.Eval("g.V().count()", processor: "session")))[^1];
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(response.Message, Does.Contain("[session] argument"));
    }

    [Test]
    public async Task Requests_beyond_the_per_connection_limit_get_429()
    {
        await using var server = await TestServer.StartAsync(options => options.MaxConcurrentRequestsPerConnection = 1, graphs => BigGraph.AddTo(graphs, "gbig", 40));
        await using var client = await TestClient.ConnectAsync(server.WebSocketUri);
        var slow = TestClient.Traversal(new Bytecode().AddStep("V").AddStep("out").AddStep("out").AddStep("out").AddStep("out").AddStep("path").AddStep("count"),
            "gbig", new Dictionary<string, object?> { ["evaluationTimeout"] = 3000 });
        var second = TestClient.Eval("g.V().count()");
        await client.SendAsync(slow);
        await client.SendAsync(second);
        var first = await client.ReceiveAsync();
        Assert.That(first.RequestId, Is.EqualTo(second.RequestId));
        Assert.That(first.Code, Is.EqualTo(ResponseStatusCode.TooManyRequests));
        Assert.That(first.Message, Does.Contain("per-connection limit"));
        Assert.That((await client.ReceiveAsync()).Code, Is.EqualTo(ResponseStatusCode.ServerErrorTimeout));
    }

    [Test]
    public async Task The_console_stringd_mime_answers_with_result_strings()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        await client.SendRawAsync(TestClient.Frame(TestClient.Eval("g.V().has('name','marko')"), SerializerRegistry.GraphBinaryStringdMime));
        var response = await client.ReceiveAsync();
        Assert.That(response.Code, Is.EqualTo(ResponseStatusCode.Success));
        Assert.That(response.Data, Has.Count.EqualTo(1));
        Assert.That(response.Data![0], Is.InstanceOf<string>().And.Match(@"^v\[.+\]$"));
    }
}
