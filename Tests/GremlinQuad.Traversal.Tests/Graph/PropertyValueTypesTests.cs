using System.Numerics;

namespace GremlinQuad.Traversal.Tests.Graph;

/// <summary>Every Gremlin scalar type stored as a property value comes back with its type and is found again by has().</summary>
public sealed class PropertyValueTypesTests
{
    [TestCase("1b", typeof(sbyte))]
    [TestCase("2s", typeof(short))]
    [TestCase("3", typeof(int))]
    [TestCase("4L", typeof(long))]
    [TestCase("72057594037927936L", typeof(long))]
    [TestCase("1.5f", typeof(float))]
    [TestCase("2.5d", typeof(double))]
    [TestCase("1e300d", typeof(double))]
    [TestCase("3.5m", typeof(decimal))]
    [TestCase("10000000000000000000000n", typeof(BigInteger))]
    [TestCase("UUID('f47af10b-58cc-4372-a567-0f02b2f3d479')", typeof(Guid))]
    [TestCase("datetime('2023-08-08T00:00:00Z')", typeof(DateTimeOffset))]
    [TestCase("true", typeof(bool))]
    [TestCase("'text'", typeof(string))]
    public void A_value_keeps_its_type_and_is_found_by_equality(string literal, Type type)
    {
        using var graph = TestGraphs.Empty();
        graph.Execute($"g.addV('d').property('v', {literal})");
        Assert.That(graph.Execute("g.V().values('v')").Single(), Is.TypeOf(type));
        Assert.That(graph.Execute($"g.V().has('v', {literal}).count()"), Is.EqualTo(new object[] { 1L }));
    }

    [Test]
    public void A_number_beyond_every_stored_type_matches_nothing_instead_of_failing()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('d').property('v', 1)");
        Assert.That(graph.Execute("g.V().has('v', 100000000000000000000000000000000n).count()"), Is.EqualTo(new object[] { 0L }));
    }
}
