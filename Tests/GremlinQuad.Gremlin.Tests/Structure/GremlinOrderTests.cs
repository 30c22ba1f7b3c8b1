using System.Numerics;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;
using Path = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Gremlin.Tests.Structure;

public sealed class GremlinOrderTests
{
    [Test]
    public void Types_sort_in_the_order_TinkerPop_defines()
    {
        var date = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var vertex = new Vertex(1);
        var edge = new Edge(2, vertex, "knows", vertex);
        var vertexProperty = new VertexProperty(3L, "name", "x");
        var property = new Property("weight", 1.0);
        var path = new Path([new HashSet<string>()], [1]);
        var set = new GremlinSet { 1 };
        var list = new List<object?> { 1 };
        var map = new GremlinMap { ["a"] = 1 };
        object?[] expected = [null, false, true, 1, date, "a", Guid.Empty, vertex, edge, vertexProperty, property, path, set, list, map, TimeSpan.Zero];

        var shuffled = expected.Reverse().ToList();
        shuffled.Sort(GremlinOrder.Instance);

        Assert.That(shuffled, Is.EqualTo(expected));
    }

    [Test]
    public void Mixed_values_sort_as_the_Orderability_feature_expects()
    {
        // semantics/Orderability.feature, g_inject_order: the inject arguments and the expected order.
        var values = GremlinLangParser.Parse(
            "g.inject(\"zzz\",\"foo\",UUID(\"6100808b-62f9-42b7-957e-ed66c30f40d1\"),[\"a\",\"b\",\"c\",\"d\"],1,datetime(\"2023-08-01T00:00:00Z\"),"
            + "[\"a\",\"b\",\"c\"],[a:\"a\",b:\"b\"],null,2.0d,datetime(\"2023-01-01T00:00:00Z\"),{\"x\",\"y\",\"z\"},[a:\"a\",b:false,c:\"c\"],\"bar\","
            + "UUID(\"5100808b-62f9-42b7-957e-ed66c30f40d1\"),true,false,Infinity,NaN,-Infinity)").StepInstructions[0].Arguments.ToList();

        values.Sort(GremlinOrder.Instance);

        Assert.That(values.Select(GremlinLangWriter.WriteValue), Is.EqualTo(new[]
        {
            "null", "false", "true", "-Infinity", "1", "2.0d", "Infinity", "NaN",
            "datetime('2023-01-01T00:00:00+00:00')", "datetime('2023-08-01T00:00:00+00:00')", "'bar'", "'foo'", "'zzz'",
            "UUID('5100808b-62f9-42b7-957e-ed66c30f40d1')", "UUID('6100808b-62f9-42b7-957e-ed66c30f40d1')",
            "{'x','y','z'}", "['a','b','c']", "['a','b','c','d']", "['a':'a','b':false,'c':'c']", "['a':'a','b':'b']",
        }));
    }

    [Test]
    public void Numbers_sort_by_value_across_types_with_NaN_last()
    {
        var values = new List<object?> { double.NaN, 3m, 2.5f, double.PositiveInfinity, -1L, (sbyte)0, new BigInteger(10), double.NegativeInfinity };

        values.Sort(GremlinOrder.Instance);

        Assert.That(values, Is.EqualTo(new List<object?>
            { double.NegativeInfinity, -1L, (sbyte)0, 2.5f, 3m, new BigInteger(10), double.PositiveInfinity, double.NaN }));
        Assert.That(GremlinOrder.Instance.Compare(double.NaN, float.NaN), Is.Zero);
        Assert.That(GremlinOrder.Instance.Compare(1, 1.0), Is.Zero);
    }

    [Test]
    public void Strings_sort_by_UTF16_code_units()
    {
        Assert.That(GremlinOrder.Instance.Compare("B", "a"), Is.Negative);
        Assert.That(GremlinOrder.Instance.Compare("ab", "abc"), Is.Negative);
    }

    [Test]
    public void Lists_sort_element_by_element_and_shorter_prefixes_first()
    {
        var order = GremlinOrder.Instance;

        Assert.That(order.Compare(new List<object?>(), new List<object?> { 1 }), Is.Negative);
        Assert.That(order.Compare(new List<object?> { 1, 2, 3 }, new List<object?> { 1, 2, 4 }), Is.Negative);
        Assert.That(order.Compare(new List<object?> { 1, 2, 3 }, new List<object?> { 1, 2 }), Is.Positive);
        Assert.That(order.Compare(new List<object?> { 1, "a" }, new List<object?> { 1, "b" }), Is.Negative);
        Assert.That(order.Compare(new List<object?> { 1 }, new List<object?> { "a" }), Is.Negative, "numbers before strings");
    }

    [Test]
    public void Sets_and_maps_are_sorted_before_they_are_compared()
    {
        var order = GremlinOrder.Instance;

        Assert.That(order.Compare(new GremlinSet { 2, 1 }, new GremlinSet { 1, 2 }), Is.Zero);
        Assert.That(order.Compare(new GremlinSet { 1, "foo" }, new GremlinSet { "foo", 1 }), Is.Zero);
        Assert.That(order.Compare(new GremlinMap { ["b"] = 1, ["a"] = 2 }, new GremlinMap { ["a"] = 2, ["b"] = 1 }), Is.Zero);
        Assert.That(order.Compare(new GremlinMap { ["a"] = 1 }, new GremlinMap { ["a"] = 2 }), Is.Negative);
    }

    [Test]
    public void Elements_sort_by_id_and_dates_by_instant()
    {
        var order = GremlinOrder.Instance;

        Assert.That(order.Compare(new Vertex(2), new Vertex(10)), Is.Negative);
        Assert.That(order.Compare(
            new DateTimeOffset(2023, 1, 1, 1, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero)), Is.Negative);
    }

    [Test]
    public void Comparability_reports_an_error_across_types_and_for_NaN()
    {
        Assert.That(GremlinComparability.Compare(1, 2.5), Is.Negative);
        Assert.That(GremlinComparability.Compare("a", "b"), Is.Negative);
        Assert.That(GremlinComparability.Compare(1, "a"), Is.Null);
        Assert.That(GremlinComparability.Compare(null, 1), Is.Null);
        Assert.That(GremlinComparability.Compare(null, null), Is.Zero);
        Assert.That(GremlinComparability.Compare(double.NaN, 1), Is.Null);
        Assert.That(GremlinComparability.Compare(double.NaN, double.NaN), Is.Null);
        Assert.That(GremlinComparability.Compare(new List<object?> { 1 }, new List<object?> { "a" }), Is.Null);
        Assert.That(GremlinComparability.Compare(new List<object?> { 1, 2 }, new List<object?> { 1.0, 2.0 }), Is.Zero);
    }
}
