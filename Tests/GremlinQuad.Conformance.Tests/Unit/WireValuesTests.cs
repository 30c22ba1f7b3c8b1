using System.Buffers;
using System.Numerics;
using System.Text.Json;
using GremlinQuad.Conformance.Tests.Wire;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;
using GremlinPath = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Conformance.Tests.Unit;

public sealed class WireValuesTests
{
    [Test]
    public void Reads_every_kind_the_javascript_runner_writes()
    {
        const string line = """
            [
              "x", true, null,
              {"t":"number","v":29}, {"t":"number","v":0.5}, {"t":"number","v":"NaN"}, {"t":"number","v":"-0"},
              {"t":"bigint","v":"12345678901234567890"},
              {"t":"date","v":"2018-01-01T00:00:00.000Z"},
              {"t":"list","items":[{"t":"number","v":1}]},
              {"t":"set","items":["a","b"]},
              {"t":"map","entries":[[{"t":"enum","type":"T","value":"id"},{"t":"number","v":1}],["name","marko"]]},
              {"t":"edge","id":{"t":"number","v":7},"label":"knows","outV":{"t":"vertex","id":{"t":"number","v":1},"label":"person"},"inV":{"t":"vertex","id":{"t":"number","v":2},"label":"person"}},
              {"t":"vertexproperty","id":{"t":"number","v":0},"key":"name","value":"marko"},
              {"t":"property","key":"weight","value":{"t":"number","v":0.5}},
              {"t":"path","labels":[["a"],[]],"objects":["x","y"]},
              {"t":"enum","type":"Direction","value":"OUT"},
              {"t":"raw","name":"Object","json":"{}"}
            ]
            """;
        using var document = JsonDocument.Parse(line);
        var values = document.RootElement.EnumerateArray().Select(WireValues.Read).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(values.Take(3).ToList(), Is.EqualTo(new List<object?> { "x", true, null }));
            Assert.That(values[3], Is.EqualTo(29L), "an integral JS number reads as long");
            Assert.That(values[4], Is.EqualTo(0.5));
            Assert.That(values[5] is double nan && double.IsNaN(nan), Is.True, "NaN travels as text");
            Assert.That(double.IsNegative((double)values[6]!), Is.True, "negative zero survives");
            Assert.That(values[7], Is.EqualTo(BigInteger.Parse("12345678901234567890", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(values[8], Is.EqualTo(new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(values[9], Is.EqualTo(new List<object?> { 1L }));
            Assert.That(values[10], Is.InstanceOf<GremlinSet>());
            var map = (GremlinMap)values[11]!;
            Assert.That(map[T.id], Is.EqualTo(1L));
            var edge = (Edge)values[12]!;
            Assert.That((edge.Id, edge.Label, edge.OutV.Id, edge.InV.Id), Is.EqualTo((7L, "knows", 1L, 2L)));
            Assert.That(((VertexProperty)values[13]!).Key, Is.EqualTo("name"));
            Assert.That(((Property)values[14]!).Value, Is.EqualTo(0.5));
            Assert.That(((GremlinPath)values[15]!).Labels[0], Does.Contain("a"));
            Assert.That(values[16], Is.EqualTo(Direction.OUT));
            Assert.That(values[17], Is.InstanceOf<UndecodedValue>());
        });
    }

    [Test]
    public void Bindings_are_written_as_the_javascript_runner_reads_them()
    {
        var marko = new Vertex(1, "person");
        var map = new GremlinMap([new(T.label, "person"), new("age", 29L)]);
        var json = Write(new List<object?> { marko, new Edge(7, marko, "knows", new Vertex(2, "person")), map, new GremlinSet(["a"]), 1.5f, Merge.onCreate, double.NegativeInfinity });
        Assert.That(json, Is.EqualTo(
            """{"t":"list","items":[{"t":"vertex","id":{"t":"number","v":1},"label":"person"},"""
            + """{"t":"edge","id":{"t":"number","v":7},"label":"knows","outV":{"t":"vertex","id":{"t":"number","v":1},"label":"person"},"inV":{"t":"vertex","id":{"t":"number","v":2},"label":"person"}},"""
            + """{"t":"map","entries":[[{"t":"enum","type":"T","value":"label"},"person"],["age",{"t":"number","v":29}]]},"""
            + """{"t":"set","items":["a"]},{"t":"number","v":1.5},{"t":"enum","type":"Merge","value":"onCreate"},{"t":"number","v":"-Infinity"}]}"""));
    }

    [Test]
    public void A_value_the_client_cannot_send_is_refused_by_name() =>
        Assert.That(() => Write(new object()), Throws.TypeOf<NotSupportedException>().With.Message.Contains("Object"));

    private static string Write(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
            WireValues.Write(json, value);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
