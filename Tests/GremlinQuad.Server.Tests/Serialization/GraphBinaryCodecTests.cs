using System.Buffers;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using Path = GremlinQuad.Gremlin.Structure.Path;
using Property = GremlinQuad.Gremlin.Structure.Property;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Server.Serialization.GraphBinary;

namespace GremlinQuad.Server.Tests.Serialization;

public sealed class GraphBinaryCodecTests
{
    private static readonly Guid ExampleId = Guid.Parse("0a1b2c3d-4e5f-4061-8273-8495a6b7c8d9");

    /// <summary>gremlin-protocol.md §2.6: g.V().count() as the JS 3.8.2 client writes it.</summary>
    private static readonly byte[] CountRequest = Hex(
        "81 0a1b2c3d4e5f40618273 8495a6b7c8d9 00000008 6279746563 6f6465 00000009 7472617665 7273616c 00000002" +
        "03 00 00000007 6772656d6c696e 15 00 00000002 00000001 56 00000000 00000005 636f756e74 00000000 00000000" +
        "03 00 00000007 616c6961736573 0a 00 00000001 03 00 00000001 67 03 00 00000001 67");

    [Test]
    public void The_documented_count_request_decodes_to_bytecode_with_aliases()
    {
        var serializer = new GraphBinaryMessageSerializer(SerializerRegistry.GraphBinaryMime, resultsAsStrings: false);
        var status = serializer.TryDeserializeRequest(CountRequest, out var request, out var id, out var error);

        Assert.That(status, Is.EqualTo(ParseStatus.Done), error);
        Assert.That(id, Is.EqualTo(ExampleId));
        Assert.That(request!.Op, Is.EqualTo("bytecode"));
        Assert.That(request.Processor, Is.EqualTo("traversal"));
        Assert.That(request.Arg("gremlin"), Is.EqualTo(new Bytecode().AddStep("V").AddStep("count")));
        Assert.That(request.Arg("aliases"), Is.EqualTo(new GremlinMap { ["g"] = "g" }));
    }

    [Test]
    public void Writing_the_documented_request_reproduces_its_bytes()
    {
        var request = new RequestMessage(ExampleId, "bytecode", "traversal", new Dictionary<string, object?>
        {
            ["gremlin"] = new Bytecode().AddStep("V").AddStep("count"),
            ["aliases"] = new GremlinMap { ["g"] = "g" },
        });
        var output = new ArrayBufferWriter<byte>();
        GraphBinaryMessageSerializer.SerializeRequest(request, output);
        Assert.That(output.WrittenSpan.ToArray(), Is.EqualTo(CountRequest));
    }

    [Test]
    public void A_success_with_one_traverser_matches_the_documented_bytes()
    {
        var bytes = Response(ResponseMessage.Results(ExampleId, ResponseStatusCode.Success, [new Traverser(6L, 1)], traversers: true));
        Assert.That(bytes, Is.EqualTo(Hex(
            "81 00 0a1b2c3d4e5f40618273 8495a6b7c8d9 000000c8 00 00000000 00000000 00000000" +
            "09 00 00000001 21 00 0000000000000001 02 00 0000000000000006")));
    }

    [Test]
    public void No_content_carries_null_data_as_fe01()
    {
        var bytes = Response(ResponseMessage.NoContent(ExampleId));
        Assert.That(bytes[^2..], Is.EqualTo(new byte[] { 0xfe, 0x01 }));
        Assert.That(bytes[18..22], Is.EqualTo(new byte[] { 0, 0, 0, 0xcc }));
    }

    [Test]
    public void An_error_carries_exceptions_and_stack_trace_attributes_as_documented()
    {
        var response = new ResponseMessage(ExampleId, ResponseStatusCode.ServerError, "x", new Dictionary<string, object?>
        {
            ["exceptions"] = new List<object?> { "E" },
            ["stackTrace"] = "s",
        }, null);
        Assert.That(Response(response), Is.EqualTo(Hex(
            "81 00 0a1b2c3d4e5f40618273 8495a6b7c8d9 000001f4 00 00000001 78 00000002" +
            "03 00 0000000a 657863657074696f6e73 09 00 00000001 03 00 00000001 45" +
            "03 00 0000000a 737461636b5472616365 03 00 00000001 73 00000000 fe 01")));
    }

    [TestCase("20 00 03 00 00000002 6964")]
    public void Token_T_id_is_written_as_its_code_then_a_qualified_string(string hex) =>
        Assert.That(Write(T.id), Is.EqualTo(Hex(hex)));

    [Test]
    public void Direction_out_is_written_in_upper_case() =>
        Assert.That(Write(Direction.OUT), Is.EqualTo(Hex("18 00 03 00 00000003 4f5554")));

    [Test]
    public void P_gt_1_matches_the_documented_bytes() =>
        Assert.That(Write(P.Gt(1)), Is.EqualTo(Hex("1e 00 00000002 6774 00000001 01 00 00000001")));

    [Test]
    public void A_JavaScript_date_as_offset_date_time_reads_as_the_same_instant()
    {
        // new Date(1) from gremlin-javascript 3.8.2 (gremlin-protocol.md §5.5).
        var value = Read(Hex("88 00 000007b2 01 01 00000000000f4240 00000000"));
        Assert.That(value, Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1)));
    }

    [Test]
    public void Legacy_date_and_timestamp_codes_read_as_instants()
    {
        Assert.That(Read(Hex("04 00 0000018bcfe56800")), Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(0x18bcfe56800)));
        Assert.That(Read(Hex("05 00 0000000000000001")), Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1)));
    }

    [TestCase("00", 0)]
    [TestCase("0080", 128)]
    [TestCase("ff7f", -129)]
    public void BigInteger_uses_minimal_twos_complement(string magnitude, int expected)
    {
        var bytes = Write(new BigInteger(expected));
        Assert.That(Convert.ToHexString(bytes).ToLowerInvariant(), Is.EqualTo("2300" + (magnitude.Length / 2).ToString("x8") + magnitude));
    }

    public static IEnumerable<object?> SampleValues()
    {
        yield return null;
        yield return "marko";
        yield return "";
        yield return 29;
        yield return long.MaxValue;
        yield return 0.5;
        yield return double.NaN;
        yield return 1.5f;
        yield return (short)-7;
        yield return (sbyte)-3;
        yield return true;
        yield return Guid.Parse("6063b3be-8f55-466d-8871-bf75cabb7033");
        yield return new DateTimeOffset(2024, 1, 2, 3, 4, 5, 6, TimeSpan.Zero);
        yield return BigInteger.Parse("12345678901234567890", System.Globalization.CultureInfo.InvariantCulture);
        yield return 123.456m;
        yield return 'x';
        yield return TimeSpan.FromSeconds(90.5);
        yield return new byte[] { 1, 2, 3 };
        yield return new List<object?> { 1, "a", null, new List<object?> { 2L } };
        yield return new GremlinSet(["a", "b"]);
        yield return new GremlinMap { [T.label] = "person", ["name"] = "m", [1] = null };
        yield return new Vertex("1", "person", [new VertexProperty(0L, "name", "marko")]);
        yield return new Edge("7", new Vertex("1", "person"), "knows", new Vertex("2", "person"), [new Property("weight", 0.5)]);
        yield return new Path([new HashSet<string> { "a" }, new HashSet<string>()], [new Vertex("1", "person"), "marko"]);
        yield return new Property("weight", 0.4);
        yield return new Traverser("vadas", 2);
        yield return P.Between(1, 5);
        yield return P.Within("a", "b");
        yield return P.Gt(30).And(P.Lt(40));
        yield return P.Not(P.Eq(1));
        yield return TextP.Containing("ar");
        yield return Order.desc;
        yield return Cardinality.single;
        yield return Merge.onCreate;
        yield return GType.INT;
        yield return new Bytecode().AddSource("withStrategies", new TraversalStrategyValue("OptionsStrategy", new Dictionary<string, object?> { ["evaluationTimeout"] = 500 }))
            .AddStep("V").AddStep("has", "person", "name", "marko").AddStep("where", new Bytecode().AddStep("out", "knows"));
        yield return new CardinalityValue(Cardinality.list, "x");
        yield return new Binding("x", 1);
    }

    [TestCaseSource(nameof(SampleValues))]
    public void Every_value_round_trips(object? value)
    {
        var read = Read(Write(value));
        Assert.That(GremlinEquality.AreEquivalent(read, value), Is.True, $"wrote {Describe(value)}, read {Describe(read)}");
    }

    [Test]
    public void Strings_round_trip_for_any_text() =>
        Prop.ForAll<string>(text => text is null || (string)Read(Write(text))! == text).QuickCheckThrowOnFailure();

    [Test]
    public void Longs_round_trip_for_any_value() =>
        Prop.ForAll<long>(number => (long)Read(Write(number))! == number).QuickCheckThrowOnFailure();

    [Test]
    public void Doubles_round_trip_bit_for_bit() =>
        Prop.ForAll<double>(number => BitConverter.DoubleToInt64Bits((double)Read(Write(number))!) == BitConverter.DoubleToInt64Bits(number)).QuickCheckThrowOnFailure();

    [Test]
    public void Integer_lists_round_trip() =>
        Prop.ForAll<int[]>(numbers => GremlinEquality.AreEquivalent(Read(Write(numbers.Cast<object?>().ToList())), numbers.Cast<object?>().ToList())).QuickCheckThrowOnFailure();

    [Test]
    public void Every_truncation_of_a_request_is_need_more_data_never_an_exception()
    {
        var serializer = new GraphBinaryMessageSerializer(SerializerRegistry.GraphBinaryMime, resultsAsStrings: false);
        for (var length = 0; length < CountRequest.Length; length++)
        {
            var status = serializer.TryDeserializeRequest(CountRequest.AsSpan(0, length), out var request, out _, out var error);
            Assert.That(status, Is.EqualTo(ParseStatus.NeedMoreData), $"cut at {length}: {error}");
            Assert.That(request, Is.Null);
        }
    }

    [Test]
    public void A_bad_value_flag_is_invalid_data_with_its_position()
    {
        var bytes = Hex("01 07 00000001");
        var reader = new GraphBinaryReader(bytes);
        Assert.That(reader.TryReadValue(out _), Is.False);
        Assert.That(reader.Status, Is.EqualTo(ParseStatus.InvalidData));
        Assert.That(reader.Error, Does.Contain("flag 0x07"));
    }

    [Test]
    public void An_unknown_type_code_is_invalid_data_naming_the_code()
    {
        var reader = new GraphBinaryReader(Hex("77 00 00"));
        Assert.That(reader.TryReadValue(out _), Is.False);
        Assert.That(reader.Error, Does.Contain("0x77"));
    }

    [Test]
    public void A_collection_count_larger_than_the_message_is_rejected_without_allocating_it()
    {
        var reader = new GraphBinaryReader(Hex("09 00 7fffffff 01 00 00000001"));
        Assert.That(reader.TryReadValue(out _), Is.False);
        Assert.That(reader.Status, Is.EqualTo(ParseStatus.InvalidData));
    }

    [Test]
    public void A_request_id_is_reported_even_when_the_rest_is_garbage()
    {
        var bytes = CountRequest[..17].Concat(Hex("ffffffff")).ToArray();
        var serializer = new GraphBinaryMessageSerializer(SerializerRegistry.GraphBinaryMime, resultsAsStrings: false);
        var status = serializer.TryDeserializeRequest(bytes, out _, out var id, out var error);
        Assert.That(status, Is.EqualTo(ParseStatus.InvalidData));
        Assert.That(id, Is.EqualTo(ExampleId));
        Assert.That(error, Does.Contain("negative"));
    }

    [Test]
    public void Tokens_only_results_write_null_properties()
    {
        var vertex = new Vertex("1", "person", [new VertexProperty(0L, "name", "marko")]);
        var output = new ArrayBufferWriter<byte>();
        new GraphBinaryWriter(output, new ResultOptions(TokensOnly: true)).WriteValue(vertex);
        Assert.That(output.WrittenSpan[^2..].ToArray(), Is.EqualTo(new byte[] { 0xfe, 0x01 }));
    }

    [Test]
    public void The_stringd_variant_sends_tinkerpop_string_forms()
    {
        var serializer = new GraphBinaryMessageSerializer(SerializerRegistry.GraphBinaryStringdMime, resultsAsStrings: true);
        var output = new ArrayBufferWriter<byte>();
        serializer.SerializeResponse(ResponseMessage.Results(ExampleId, ResponseStatusCode.Success,
            [new Vertex("1", "person"), new Edge("7", new Vertex("1", "person"), "knows", new Vertex("2", "person")), 29.0, new GremlinMap { ["a"] = 1 }], traversers: false),
            output, ResultOptions.Default);
        GraphBinaryMessageSerializer.TryDeserializeResponse(output.WrittenSpan, out var response, out _);
        Assert.That(response!.Data, Is.EqualTo(new object[] { "v[1]", "e[7][1-knows->2]", "29.0", "{a=1}" }));
    }

    [Test]
    public void An_unserializable_result_names_its_type()
    {
        var exception = Assert.Throws<ResultSerializationException>(() => Write(new Uri("http://example.invalid")));
        Assert.That(exception!.Message, Does.Contain("System.Uri"));
    }

    private static byte[] Write(object? value)
    {
        var output = new ArrayBufferWriter<byte>();
        new GraphBinaryWriter(output).WriteValue(value);
        return output.WrittenSpan.ToArray();
    }

    private static object? Read(byte[] bytes)
    {
        var reader = new GraphBinaryReader(bytes);
        var ok = reader.TryReadValue(out var value);
        Assert.That(ok, Is.True, reader.Error);
        Assert.That(reader.Remaining, Is.Zero);
        return value;
    }

    private static byte[] Response(ResponseMessage response)
    {
        var output = new ArrayBufferWriter<byte>();
        new GraphBinaryMessageSerializer(SerializerRegistry.GraphBinaryMime, resultsAsStrings: false).SerializeResponse(response, output, ResultOptions.Default);
        return output.WrittenSpan.ToArray();
    }

    private static string Describe(object? value) => value is null ? "null" : $"{value.GetType().Name} {value}";

    internal static byte[] Hex(string text) => Convert.FromHexString(text.Replace(" ", "", StringComparison.Ordinal));
}
