using System.Numerics;
using GremlinQuad.Conformance.Tests.Notation;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Unit;

public sealed class NotationParserTests
{
    [TestCase("d[29].i", 29)]
    [TestCase("d[-3].i", -3)]
    public void Typed_int_parses_to_Int32(string text, int expected) =>
        Assert.That(Literal(text), Is.EqualTo(expected).And.TypeOf<int>());

    [Test]
    public void Every_number_suffix_gives_its_own_type()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Literal("d[5].b"), Is.TypeOf<sbyte>().And.EqualTo((sbyte)5));
            Assert.That(Literal("d[128].s"), Is.TypeOf<short>().And.EqualTo((short)128));
            Assert.That(Literal("d[6].l"), Is.TypeOf<long>().And.EqualTo(6L));
            Assert.That(Literal("d[1.5].f"), Is.TypeOf<float>().And.EqualTo(1.5f));
            Assert.That(Literal("d[0.4].d"), Is.TypeOf<double>().And.EqualTo(0.4));
            Assert.That(Literal("d[123.45].m"), Is.TypeOf<decimal>().And.EqualTo(123.45m));
            Assert.That(Literal("d[123456789012345678901234567890].n"), Is.TypeOf<BigInteger>().And.EqualTo(BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public void Special_doubles_need_no_suffix()
    {
        Assert.Multiple(() =>
        {
            Assert.That(double.IsNaN((double)Literal("d[NaN]")!), Is.True);
            Assert.That(Literal("d[Infinity]"), Is.EqualTo(double.PositiveInfinity));
            Assert.That(Literal("d[-Infinity]"), Is.EqualTo(double.NegativeInfinity));
        });
    }

    [TestCase("d[1].q")]
    [TestCase("d[1]")]
    [TestCase("d[abc].i")]
    public void A_malformed_number_is_an_error_not_a_string(string text) =>
        Assert.That(() => NotationParser.Parse(text), Throws.TypeOf<NotationFormatException>().With.Message.Contains(text));

    [TestCase("marko", "marko")]
    [TestCase("str[  lop]", "  lop")]
    [TestCase("str[]", "")]
    [TestCase("str[v[1]]", "v[1]")]
    [TestCase("str[vp[name->marko]]", "vp[name->marko]")]
    public void Plain_and_literal_strings_stay_strings(string text, string expected) =>
        Assert.That(Literal(text), Is.EqualTo(expected));

    [Test]
    public void Null_and_booleans_are_keywords()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Literal("null"), Is.Null);
            Assert.That(Literal("true"), Is.True);
            Assert.That(Literal("false"), Is.False);
        });
    }

    [Test]
    public void Vertex_references_keep_the_name_and_the_requested_face()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NotationParser.Parse("v[marko]"), Is.EqualTo(new VertexNotation("marko", ElementForm.Element)));
            Assert.That(NotationParser.Parse("v[marko].id"), Is.EqualTo(new VertexNotation("marko", ElementForm.Id)));
            Assert.That(NotationParser.Parse("v[vadas].sid"), Is.EqualTo(new VertexNotation("vadas", ElementForm.StringId)));
        });
    }

    [Test]
    public void Edge_references_split_into_out_label_and_in()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NotationParser.Parse("e[marko-knows->vadas]"), Is.EqualTo(new EdgeNotation("marko", "knows", "vadas", ElementForm.Element)));
            Assert.That(NotationParser.Parse("e[josh-created->lop].id"), Is.EqualTo(new EdgeNotation("josh", "created", "lop", ElementForm.Id)));
        });
    }

    [Test]
    public void Vertex_property_value_is_parsed_as_notation_again()
    {
        var parsed = (VertexPropertyNotation)NotationParser.Parse("vp[marko-age->d[29].i]");
        Assert.Multiple(() =>
        {
            Assert.That(parsed.VertexName, Is.EqualTo("marko"));
            Assert.That(parsed.Key, Is.EqualTo("age"));
            Assert.That(((LiteralNotation)parsed.Value).Value, Is.EqualTo(29).And.TypeOf<int>());
        });
    }

    [Test]
    public void Lists_split_at_top_level_commas_only()
    {
        var list = (ListNotation)NotationParser.Parse("l[a,l[b,c],d[1].i]");
        Assert.That(list.Items, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(((LiteralNotation)list.Items[0]).Value, Is.EqualTo("a"));
            Assert.That(((ListNotation)list.Items[1]).Items, Has.Count.EqualTo(2));
            Assert.That(((LiteralNotation)list.Items[2]).Value, Is.EqualTo(1));
        });
    }

    [Test]
    public void Empty_collections_have_no_items()
    {
        Assert.Multiple(() =>
        {
            Assert.That(((ListNotation)NotationParser.Parse("l[]")).Items, Is.Empty);
            Assert.That(((SetNotation)NotationParser.Parse("s[]")).Items, Is.Empty);
        });
    }

    [Test]
    public void Path_items_are_notation()
    {
        var path = (PathNotation)NotationParser.Parse("p[v[marko],v[lop],lop,d[3].i]");
        Assert.That(path.Items, Is.EqualTo(new NotationValue[]
        {
            new VertexNotation("marko", ElementForm.Element),
            new VertexNotation("lop", ElementForm.Element),
            new LiteralNotation("lop"),
            new LiteralNotation(3),
        }));
    }

    [Test]
    public void Map_keys_and_string_values_are_notation_and_json_numbers_stay_numbers()
    {
        var map = (MapNotation)NotationParser.Parse("""m[{"t[label]":"person", "d[29].i":"l[v[marko]]", "n": 7, "big": 10000000000, "x": null}]""");
        Assert.That(map.Entries, Has.Count.EqualTo(5));
        Assert.Multiple(() =>
        {
            Assert.That(map.Entries[0].Key, Is.EqualTo(new TokenNotation(TokenKind.T, "label")));
            Assert.That(map.Entries[0].Value, Is.EqualTo(new LiteralNotation("person")));
            Assert.That(map.Entries[1].Key, Is.EqualTo(new LiteralNotation(29)));
            Assert.That(((ListNotation)map.Entries[1].Value).Items.Single(), Is.EqualTo(new VertexNotation("marko", ElementForm.Element)));
            Assert.That(((LiteralNotation)map.Entries[2].Value).Value, Is.TypeOf<int>().And.EqualTo(7));
            Assert.That(((LiteralNotation)map.Entries[3].Value).Value, Is.TypeOf<long>().And.EqualTo(10000000000L));
            Assert.That(map.Entries[4].Value, Is.EqualTo(new LiteralNotation(null)));
        });
    }

    [Test]
    public void A_nested_map_is_a_json_string_holding_another_map()
    {
        var map = (MapNotation)NotationParser.Parse("""m[{"outer":"m[{\"inner\":\"d[1].l\"}]"}]""");
        var inner = (MapNotation)map.Entries.Single().Value;
        Assert.That(inner.Entries.Single().Value, Is.EqualTo(new LiteralNotation(1L)));
    }

    [Test]
    public void Tokens_date_times_uuids_and_lambdas_are_recognised()
    {
        Assert.Multiple(() =>
        {
            Assert.That(NotationParser.Parse("D[OUT]"), Is.EqualTo(new TokenNotation(TokenKind.Direction, "OUT")));
            Assert.That(NotationParser.Parse("M[inV]"), Is.EqualTo(new TokenNotation(TokenKind.Merge, "inV")));
            Assert.That(Literal("dt[2023-08-08T00:00:00Z]"), Is.EqualTo(new DateTimeOffset(2023, 8, 8, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(Literal("uuid[f47af10b-58cc-4372-a567-0f02b2f3d479]"), Is.EqualTo(Guid.Parse("f47af10b-58cc-4372-a567-0f02b2f3d479")));
            Assert.That(NotationParser.Parse("c[it.get()]"), Is.EqualTo(new LambdaNotation("it.get()")));
        });
    }

    private static object? Literal(string text) => ((LiteralNotation)NotationParser.Parse(text)).Value;
}
