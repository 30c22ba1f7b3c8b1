using GremlinQuad.Conformance.Tests.Execution;
using GremlinQuad.Gremlin.Structure;
using GremlinPath = GremlinQuad.Gremlin.Structure.Path;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Unit;

public sealed class ResultComparerTests
{
    [Test]
    public void Numbers_must_match_in_type_as_well_as_value()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ResultComparer.AreEqual(1, 1), Is.True);
            Assert.That(ResultComparer.AreEqual(1, 1L), Is.False);
            Assert.That(ResultComparer.AreEqual(1.0, 1.0f), Is.False);
            Assert.That(ResultComparer.AreEqual(double.NaN, double.NaN), Is.True);
            Assert.That(ResultComparer.AreEqual(0.1 + 0.2, 0.3), Is.True, "finite doubles allow rounding error");
        });
    }

    [Test]
    public void Elements_compare_by_kind_and_id_only()
    {
        var marko = new Vertex(1, "person");
        Assert.Multiple(() =>
        {
            Assert.That(ResultComparer.AreEqual(marko, new Vertex(1, "other-label")), Is.True);
            Assert.That(ResultComparer.AreEqual(marko, new Vertex(1L, "person")), Is.False, "an int id is not a long id");
            Assert.That(ResultComparer.AreEqual(marko, new Edge(1, marko, "knows", marko)), Is.False);
        });
    }

    [Test]
    public void Maps_ignore_entry_order_but_not_value_types()
    {
        var expected = new GremlinMap([new("a", 1), new("b", 2L)]);
        Assert.Multiple(() =>
        {
            Assert.That(ResultComparer.AreEqual(expected, new GremlinMap([new("b", 2L), new("a", 1)])), Is.True);
            Assert.That(ResultComparer.AreEqual(expected, new GremlinMap([new("a", 1), new("b", 2)])), Is.False);
        });
    }

    [Test]
    public void Paths_compare_objects_and_ignore_labels()
    {
        var labelled = new GremlinPath([new HashSet<string> { "a" }, new HashSet<string>()], ["x", 1]);
        var bare = new GremlinPath([new HashSet<string>(), new HashSet<string>()], ["x", 1]);
        Assert.Multiple(() =>
        {
            Assert.That(ResultComparer.AreEqual(bare, labelled), Is.True);
            Assert.That(ResultComparer.AreEqual(bare, new List<object?> { "x", 1 }), Is.False, "a list is not a path");
        });
    }

    [Test]
    public void Lists_are_ordered_and_sets_are_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ResultComparer.AreEqual(new List<object?> { 1, 2 }, new List<object?> { 2, 1 }), Is.False);
            Assert.That(ResultComparer.AreEqual(new GremlinSet([1, 2]), new GremlinSet([2, 1])), Is.True);
            Assert.That(ResultComparer.UnorderedEqual([1, 1, 2], [1, 2, 2]), Is.False, "multiset: counts matter");
        });
    }

    [Test]
    public void Describe_writes_values_in_the_kit_notation() =>
        Assert.That(ResultComparer.Describe(new List<object?> { 1, 2L, "x", null }), Is.EqualTo("l[d[1].i,d[2].l,\"x\",null]"));

    [Test]
    public void The_javascript_client_rules_relax_only_what_that_client_loses()
    {
        const ValueComparison js = ValueComparison.JavaScriptClient;
        Assert.Multiple(() =>
        {
            Assert.That(ResultComparer.AreEqual(1, 1L, js), Is.True, "int, long, short, byte all decode to a JS number");
            Assert.That(ResultComparer.AreEqual(2.0, 2L, js), Is.True, "an integral double decodes to the same JS number");
            Assert.That(ResultComparer.AreEqual(1, 2L, js), Is.False, "values still count");
            Assert.That(ResultComparer.AreEqual(0.1f, (double)0.1f, js), Is.True, "a float arrives widened from single precision");
            Assert.That(ResultComparer.AreEqual(0.1f, 0.1, js), Is.True, "a JS number cannot say whether it was a float: single precision decides");
            Assert.That(ResultComparer.AreEqual(0.1f, 0.10001, js), Is.False);
            Assert.That(ResultComparer.AreEqual(new System.Numerics.BigInteger(long.MaxValue) + 1, new System.Numerics.BigInteger(long.MaxValue) + 1, js), Is.True);
            Assert.That(ResultComparer.AreEqual(Guid.Parse("6063b3be-8f55-466d-8871-bf75cabb7033"), "6063b3be-8f55-466d-8871-bf75cabb7033", js), Is.True);
            Assert.That(ResultComparer.AreEqual(GremlinQuad.Gremlin.Order.desc, "desc", js), Is.True, "GraphSON hands most tokens back as strings");
            Assert.That(ResultComparer.AreEqual(GremlinQuad.Gremlin.Order.desc, "asc", js), Is.False);
            Assert.That(ResultComparer.AreEqual(new Vertex(1, "person"), new Vertex(1L, "person"), js), Is.True, "ids follow the number rule");
            Assert.That(ResultComparer.AreEqual("1", 1L, js), Is.False, "a string is never a number");
            Assert.That(ResultComparer.AreEqual(1, 1L), Is.False, "the exact rules are unchanged");
        });
    }
}
