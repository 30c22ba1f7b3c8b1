namespace GremlinQuad.Traversal.Tests.Steps.Mutation;

public sealed class ElementIdTests
{
    [TestCase("'v1'", typeof(string))]
    [TestCase("7", typeof(int))]
    [TestCase("8L", typeof(long))]
    [TestCase("UUID('f47af10b-58cc-4372-a567-0f02b2f3d479')", typeof(Guid))]
    public void A_user_id_keeps_its_type_and_finds_the_vertex_and_the_edge(string literal, Type type)
    {
        using var graph = TestGraphs.Empty();
        graph.Execute($"g.addV('p').property(T.id, {literal}).as('a').addE('e').to('a').property(T.id, {literal})");
        Assert.That(graph.Execute($"g.V({literal}).id()").Single(), Is.TypeOf(type));
        Assert.That(graph.Execute($"g.E({literal}).id()").Single(), Is.TypeOf(type));
    }

    [Test]
    public void An_id_already_in_use_is_refused()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('p').property(T.id, 1)");
        Assert.That(() => graph.Execute("g.addV('p').property(T.id, 1)"), Throws.Exception.With.Message.Contains("Vertex with id already exists: 1"));
    }

    [Test]
    public void Vertex_property_ids_find_their_property_again()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('p').property('name', 'a').property(list, 'nick', 'b').property(list, 'nick', 'b')");
        var ids = graph.Execute("g.V().properties().id()");
        Assert.That(ids.Distinct().Count(), Is.EqualTo(3));
        foreach (var id in ids)
            Assert.That(graph.Execute("g.V().properties().hasId(pid).id()", new Dictionary<string, object?> { ["pid"] = id }), Is.EqualTo(new[] { id }));
    }

    [Test]
    public void A_vertex_or_a_collection_given_as_an_id_names_nothing()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('p').as('a').addE('e').to('a')");
        Assert.That(() => graph.Execute("g.addE('e').from(V().outE())"),
            Throws.Exception.With.Message.Contains("must resolve to a Vertex or the ID of a Vertex present in the graph"));
    }
}
