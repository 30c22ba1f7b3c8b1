using System.Buffers;
using System.Text;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Io;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Server.Serialization.GraphSon;

namespace GremlinQuad.Server.Tests.Serialization;

public sealed class GraphSonTests
{
    [TestCaseSource(typeof(GraphBinaryCodecTests), nameof(GraphBinaryCodecTests.SampleValues))]
    public void Every_value_round_trips_through_GraphSON_3(object? value)
    {
        var json = GraphSonWriter.Write(value, GraphSonVersion.V3);
        var read = GraphSonReader.ReadValue(json);
        Assert.That(GremlinEquality.AreEquivalent(read, value), Is.True, json);
    }

    [Test]
    public void A_map_with_token_keys_is_a_flat_g_map()
    {
        var json = GraphSonWriter.Write(new GremlinMap { [T.id] = "v1", ["name"] = "m" }, GraphSonVersion.V3);
        Assert.That(json, Is.EqualTo("""{"@type":"g:Map","@value":[{"@type":"g:T","@value":"id"},"v1","name","m"]}"""));
    }

    [Test]
    public void A_traverser_has_a_typed_long_bulk()
    {
        var json = GraphSonWriter.Write(new Traverser("marko", 3), GraphSonVersion.V3);
        Assert.That(json, Is.EqualTo("""{"@type":"g:Traverser","@value":{"bulk":{"@type":"g:Int64","@value":3},"value":"marko"}}"""));
    }

    [Test]
    public void GraphSON_2_writes_plain_collections_and_plain_edge_property_values()
    {
        var edge = new Edge("7", new Vertex("1", "person"), "knows", new Vertex("2", "person"), [new Property("weight", 0.5)]);
        var json = GraphSonWriter.Write(new List<object?> { edge }, GraphSonVersion.V2);
        Assert.That(json, Does.StartWith("[{\"@type\":\"g:Edge\""));
        Assert.That(json, Does.Contain("\"properties\":{\"weight\":{\"@type\":\"g:Double\",\"@value\":0.5}}"));
    }

    [TestCase(GraphSonVersion.V1Untyped, ExpectedResult = """[{"id":1,"label":"person","type":"vertex","properties":{"name":[{"id":0,"value":"marko","properties":{"since":2010}},{"id":2,"value":"m"}],"age":[{"id":1,"value":29}]}},{"id":7,"label":"knows","type":"edge","inVLabel":"person","outVLabel":"person","inV":2,"outV":1,"properties":{"weight":0.5,"n":3}},{"id":5,"value":"sf","label":"location","properties":{"startTime":1997,"endTime":2001}},{"key":"weight","value":0.5}]""")]
    [TestCase(GraphSonVersion.V2, ExpectedResult = """[{"@type":"g:Vertex","@value":{"id":{"@type":"g:Int32","@value":1},"label":"person","properties":{"name":[{"@type":"g:VertexProperty","@value":{"id":{"@type":"g:Int64","@value":0},"value":"marko","label":"name","properties":{"since":{"@type":"g:Int32","@value":2010}}}},{"@type":"g:VertexProperty","@value":{"id":{"@type":"g:Int64","@value":2},"value":"m","label":"name"}}],"age":[{"@type":"g:VertexProperty","@value":{"id":{"@type":"g:Int64","@value":1},"value":{"@type":"g:Int32","@value":29},"label":"age"}}]}}},{"@type":"g:Edge","@value":{"id":{"@type":"g:Int32","@value":7},"label":"knows","inVLabel":"person","outVLabel":"person","inV":{"@type":"g:Int64","@value":2},"outV":{"@type":"g:Int32","@value":1},"properties":{"weight":{"@type":"g:Double","@value":0.5},"n":{"@type":"g:Int64","@value":3}}}},{"@type":"g:VertexProperty","@value":{"id":{"@type":"g:Int64","@value":5},"value":"sf","label":"location","properties":{"startTime":{"@type":"g:Int32","@value":1997},"endTime":{"@type":"g:Int32","@value":2001}}}},{"@type":"g:Property","@value":{"key":"weight","value":{"@type":"g:Float","@value":0.5}}}]""")]
    [TestCase(GraphSonVersion.V3, ExpectedResult = """{"@type":"g:List","@value":[{"@type":"g:Vertex","@value":{"id":{"@type":"g:Int32","@value":1},"label":"person","properties":{"name":[{"@type":"g:VertexProperty","@value":{"id":{"@type":"g:Int64","@value":0},"value":"marko","label":"name","properties":{"since":{"@type":"g:Int32","@value":2010}}}},{"@type":"g:VertexProperty","@value":{"id":{"@type":"g:Int64","@value":2},"value":"m","label":"name"}}],"age":[{"@type":"g:VertexProperty","@value":{"id":{"@type":"g:Int64","@value":1},"value":{"@type":"g:Int32","@value":29},"label":"age"}}]}}},{"@type":"g:Edge","@value":{"id":{"@type":"g:Int32","@value":7},"label":"knows","inVLabel":"person","outVLabel":"person","inV":{"@type":"g:Int64","@value":2},"outV":{"@type":"g:Int32","@value":1},"properties":{"weight":{"@type":"g:Property","@value":{"key":"weight","value":{"@type":"g:Double","@value":0.5}}},"n":{"@type":"g:Property","@value":{"key":"n","value":{"@type":"g:Int64","@value":3}}}}}},{"@type":"g:VertexProperty","@value":{"id":{"@type":"g:Int64","@value":5},"value":"sf","label":"location","properties":{"startTime":{"@type":"g:Int32","@value":1997},"endTime":{"@type":"g:Int32","@value":2001}}}},{"@type":"g:Property","@value":{"key":"weight","value":{"@type":"g:Float","@value":0.5}}}]}""")]
    public string Elements_with_properties_and_meta_properties_in_each_dialect(GraphSonVersion version)
    {
        // Golden bytes: the three dialects share one element-body writer; these pin each one's shape.
        var marko = new Vertex(1, "person", [new VertexProperty(0L, "name", "marko", null, [new Property("since", 2010)]), new VertexProperty(1L, "age", 29), new VertexProperty(2L, "name", "m")]);
        var edge = new Edge(7, marko, "knows", new Vertex(2L, "person"), [new Property("weight", 0.5), new Property("n", 3L)]);
        var located = new VertexProperty(5L, "location", "sf", marko, [new Property("startTime", 1997), new Property("endTime", 2001)]);
        return GraphSonWriter.Write(new List<object?> { marko, edge, located, new Property("weight", 0.5f) }, version);
    }

    [Test]
    public void Untyped_GraphSON_marks_element_types_and_drops_number_widths()
    {
        var vertex = new Vertex("1", "person", [new VertexProperty(0L, "age", 29)]);
        var json = GraphSonWriter.Write(vertex, GraphSonVersion.V1Untyped);
        Assert.That(json, Is.EqualTo("""{"id":"1","label":"person","type":"vertex","properties":{"age":[{"id":0,"value":29}]}}"""));
    }

    [Test]
    public void References_omit_properties()
    {
        var vertex = new Vertex("1", "person", [new VertexProperty(0L, "age", 29)]);
        Assert.That(GraphSonWriter.Write(vertex, GraphSonVersion.V3, tokensOnly: true), Does.Not.Contain("properties"));
    }

    [Test]
    public void The_loose_JavaScript_request_is_accepted()
    {
        // gremlin-protocol.md §2.7, as gremlin-javascript 3.8.2 writes it.
        const string json = """
            {"requestId":{"@type":"g:UUID","@value":"6063b3be-8f55-466d-8871-bf75cabb7033"},
             "op":"bytecode","processor":"traversal",
             "args":{"gremlin":{"@type":"g:Bytecode","@value":{"step":[["V"],["has","age",29],["limit",1],["values","name"]]}},
                     "aliases":{"g":"g"}}}
            """;
        var request = Parse(json);
        Assert.That(request.RequestId, Is.EqualTo(Guid.Parse("6063b3be-8f55-466d-8871-bf75cabb7033")));
        Assert.That(request.Arg("gremlin"), Is.EqualTo(new Bytecode().AddStep("V").AddStep("has", "age", 29).AddStep("limit", 1).AddStep("values", "name")));
    }

    [Test]
    public void The_typed_Java_request_is_accepted()
    {
        const string json = """
            {"requestId":"0a1b2c3d-4e5f-4061-8273-8495a6b7c8d9","op":"eval","processor":"",
             "args":{"@type":"g:Map","@value":["gremlin","g.V(x).values('name')","language","gremlin-groovy",
               "bindings",{"@type":"g:Map","@value":["x",{"@type":"g:Int32","@value":1}]}]}}
            """;
        var request = Parse(json);
        Assert.That(request.Op, Is.EqualTo("eval"));
        Assert.That(request.Arg("bindings"), Is.EqualTo(new GremlinMap { ["x"] = 1 }));
    }

    [Test]
    public void Loose_number_forms_are_read_as_clients_mean_them()
    {
        Assert.That(GraphSonReader.ReadValue("""{"@type":"g:Int64","@value":"5"}"""), Is.EqualTo((object)5L));
        Assert.That((double)GraphSonReader.ReadValue("""{"@type":"g:Double","@value":"NaN"}""")!, Is.NaN);
        Assert.That(GraphSonReader.ReadValue("7"), Is.EqualTo((object)7));
        Assert.That(GraphSonReader.ReadValue("4294967296"), Is.EqualTo((object)4294967296L));
        Assert.That(GraphSonReader.ReadValue("1.5"), Is.EqualTo((object)1.5));
        Assert.That(GraphSonReader.ReadValue("""{"@type":"g:P","@value":{"predicate":"between","value":[1,5]}}""") as P, Is.EqualTo(P.Between(1, 5)));
    }

    [Test]
    public void A_response_in_GraphSON_3_has_the_documented_envelope()
    {
        var serializer = new GraphSonMessageSerializer(SerializerRegistry.GraphSon3Mime, GraphSonVersion.V3);
        var output = new ArrayBufferWriter<byte>();
        serializer.SerializeResponse(ResponseMessage.Results(Guid.Parse("0a1b2c3d-4e5f-4061-8273-8495a6b7c8d9"), ResponseStatusCode.Success,
            [new Traverser("marko", 3)], traversers: true), output, ResultOptions.Default);
        Assert.That(Encoding.UTF8.GetString(output.WrittenSpan), Is.EqualTo(
            """{"requestId":"0a1b2c3d-4e5f-4061-8273-8495a6b7c8d9","status":{"message":"","code":200,"attributes":{"@type":"g:Map","@value":[]}},"result":{"data":{"@type":"g:List","@value":[{"@type":"g:Traverser","@value":{"bulk":{"@type":"g:Int64","@value":3},"value":"marko"}}]},"meta":{"@type":"g:Map","@value":[]}}}"""));
    }

    [Test]
    public void Malformed_JSON_is_invalid_data_not_an_exception()
    {
        var serializer = new GraphSonMessageSerializer(SerializerRegistry.GraphSon3Mime, GraphSonVersion.V3);
        var status = serializer.TryDeserializeRequest("{\"requestId\": 12, "u8, out _, out _, out var error);
        Assert.That(status, Is.Not.EqualTo(ParseStatus.Done));
        Assert.That(error, Is.Not.Empty);
    }

    [Test]
    public void Lambdas_are_refused_with_a_reason()
    {
        var exception = Assert.Throws<FormatException>(() => GraphSonReader.ReadValue("""{"@type":"g:Lambda","@value":{"script":"it","language":"gremlin-groovy","arguments":1}}"""));
        Assert.That(exception!.Message, Does.Contain("Lambdas are not supported"));
    }

    private static RequestMessage Parse(string json)
    {
        var serializer = new GraphSonMessageSerializer(SerializerRegistry.GraphSon3Mime, GraphSonVersion.V3);
        var status = serializer.TryDeserializeRequest(Encoding.UTF8.GetBytes(json), out var request, out _, out var error);
        Assert.That(status, Is.EqualTo(ParseStatus.Done), error);
        return request!;
    }
}
