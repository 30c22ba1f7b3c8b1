namespace GremlinQuad.Traversal.Tests.Steps.Mutation;

public sealed class PropertyStepTests
{
    private static long Count(GremlinGraph graph, string traversal) => (long)graph.Execute(traversal).Single()!;

    [TestCase("list", 2L)]
    [TestCase("set", 1L)]
    [TestCase("single", 1L)]
    public void Setting_the_same_value_twice_follows_the_cardinality(string cardinality, long expected)
    {
        using var graph = TestGraphs.Empty();
        graph.Execute($"g.addV('p').property({cardinality}, 'n', 'x').property({cardinality}, 'n', 'x')");
        Assert.That(Count(graph, "g.V().properties('n').count()"), Is.EqualTo(expected));
    }

    [Test]
    public void Meta_properties_hang_off_their_vertex_property_and_drop_with_it()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('p').property('name', 'a', 'since', 2010)");
        graph.Execute("g.V().properties('name').property('acl', 'public')");
        Assert.That(graph.Execute("g.V().properties('name').properties().key()"), Is.EquivalentTo(new[] { "since", "acl" }));
        graph.Execute("g.V().property(single, 'name', 'b')");
        Assert.That(Count(graph, "g.V().properties('name').properties().count()"), Is.EqualTo(0L));
        Assert.That(graph.Execute("g.V().values('name')"), Is.EqualTo(new object[] { "b" }));
    }

    [TestCase("g.E().property(list, 'k', 1)", "for a Vertex but the traversal encountered Edge for key: k")]
    [TestCase("g.V().properties('name').property(single, 'k', 1)", "for a Vertex but the traversal encountered VertexProperty for key: k")]
    public void Only_vertex_properties_take_a_cardinality(string traversal, string message)
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('p').property('name', 'a').as('a').addE('e').to('a')");
        Assert.That(() => graph.Execute(traversal), Throws.Exception.With.Message.Contains("Property cardinality can only be set " + message));
    }

    [Test]
    public void A_value_traversal_that_yields_nothing_leaves_the_property_alone()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('p').property('name', 'a')");
        graph.Execute("g.V().property('name', __.values('missing'))");
        Assert.That(graph.Execute("g.V().values('name')"), Is.EqualTo(new object[] { "a" }));
    }

    [Test]
    public void A_key_may_come_from_a_traversal_and_a_null_map_sets_nothing()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('p').property('name', 'k')");
        graph.Execute("g.V().property(__.values('name'), 'v')");
        Assert.That(graph.Execute("g.V().values('k')"), Is.EqualTo(new object[] { "v" }));
        graph.Execute("g.V().property(null)");
        Assert.That(Count(graph, "g.V().properties().count()"), Is.EqualTo(2L));
    }

    [TestCase("g.addV('p').property('~label', 'x')", "Property key can not be a hidden key: ~label")]
    [TestCase("g.addV('p').as('v').property('~id', 1)", "Property key can not be a hidden key: ~id")]
    [TestCase("g.addV('~vertex')", "Label can not be a hidden key: ~vertex")]
    [TestCase("g.addV('p').property('', 1)", "Property key can not be empty")]
    public void Hidden_keys_and_labels_are_refused_so_they_cannot_corrupt_the_graph(string traversal, string message)
    {
        using var graph = TestGraphs.Empty();
        Assert.That(() => graph.Execute(traversal), Throws.Exception.With.Message.Contains(message));
        Assert.That(Count(graph, "g.V().count()"), Is.EqualTo(0L));
    }
}
