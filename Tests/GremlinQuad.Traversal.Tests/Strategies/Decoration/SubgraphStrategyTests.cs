namespace GremlinQuad.Traversal.Tests.Strategies.Decoration;

public sealed class SubgraphStrategyTests
{
    private const string JoshLopRipple = "g.withStrategies(new SubgraphStrategy(vertices: __.has('name', P.within('josh', 'lop', 'ripple'))))";
    private const string CreatedOnly = "g.withStrategies(new SubgraphStrategy(edges: __.hasLabel('created')))";

    private const string CreatedOrKnows = "g.withStrategies(new SubgraphStrategy(edges: __.or(__.hasLabel('knows'), __.hasLabel('created'))))";

    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    [Test]
    public void Only_accepted_vertices_are_seen()
    {
        Assert.That(_graph.Execute(JoshLopRipple + ".V().values('name')"), Is.EquivalentTo(new object?[] { "josh", "lop", "ripple" }));
    }

    [Test]
    public void Edges_to_rejected_vertices_disappear()
    {
        Assert.That(_graph.Execute(JoshLopRipple + ".V().has('name','josh').bothE().label()"), Is.EquivalentTo(new object?[] { "created", "created" }));
        Assert.That(_graph.Execute(JoshLopRipple + ".V().has('name','josh').in()"), Is.Empty);
    }

    [Test]
    public void Adjacent_vertices_are_reached_only_over_accepted_edges()
    {
        Assert.That(_graph.Execute(CreatedOnly + ".V().has('name','marko').out().values('name')"), Is.EqualTo(new object?[] { "lop" }));
        Assert.That(_graph.Execute(CreatedOnly + ".E().label().dedup()"), Is.EqualTo(new object?[] { "created" }));
    }

    [Test]
    public void Both_walks_accepted_edges_to_the_vertex_at_their_other_end()
    {
        var names = _graph.Execute(CreatedOrKnows + ".V().has('name','josh').both().values('name')");
        Assert.That(names, Is.EquivalentTo(new object?[] { "marko", "ripple", "lop" }));
    }

    [Test]
    public void Child_traversals_see_the_subgraph_too()
    {
        var names = _graph.Execute(JoshLopRipple + ".V().where(__.bothE().count().is(P.gt(0))).values('name')");
        Assert.That(names, Is.EquivalentTo(new object?[] { "josh", "lop", "ripple" }));
    }

    [Test]
    public void Criteria_see_the_whole_graph()
    {
        // marko is outside the subgraph, yet the criterion may walk to him.
        var names = _graph.Execute("g.withStrategies(new SubgraphStrategy(vertices: __.in().has('name', 'marko'))).V().values('name')");
        Assert.That(names, Is.EquivalentTo(new object?[] { "vadas", "lop", "josh" }));
    }

    [Test]
    public void Without_adjacency_checks_edges_keep_rejected_ends()
    {
        var labels = _graph.Execute("g.withStrategies(new SubgraphStrategy(checkAdjacentVertices: false, vertices: __.has('name', 'josh'))).E().count()");
        Assert.That(labels, Is.EqualTo(new object?[] { 6L }));
    }
}
