using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Steps.Mutation;

public sealed class MergeEdgeStepTests
{
    private static GremlinGraph TwoPeople()
    {
        var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property(T.id, 1).property('name', 'marko').addV('person').property(T.id, 2).property('name', 'vadas')");
        return graph;
    }

    private static long Count(GremlinGraph graph, string traversal) => (long)graph.Execute(traversal).Single()!;

    [Test]
    public void Merge_creates_the_edge_between_existing_ids_and_then_matches_it()
    {
        using var graph = TwoPeople();
        const string Merge = "g.mergeE([(T.label): 'knows', (Direction.OUT): 1, (Direction.IN): 2, weight: 0.5d])";
        var created = (Edge)graph.Execute(Merge).Single()!;
        var matched = (Edge)graph.Execute(Merge).Single()!;
        Assert.That(matched.Id, Is.EqualTo(created.Id));
        Assert.That(created.OutV.Id, Is.EqualTo(1));
        Assert.That(created.InV.Id, Is.EqualTo(2));
        Assert.That(Count(graph, "g.E().count()"), Is.EqualTo(1L));
    }

    [Test]
    public void Ends_given_as_merge_tokens_come_from_the_out_and_in_options()
    {
        using var graph = TwoPeople();
        graph.Execute("g.V(1).as('x').V(2).as('y').mergeE([(T.label): 'knows', (Direction.OUT): Merge.outV, (Direction.IN): Merge.inV])" +
                      ".option(Merge.outV, select('x')).option(Merge.inV, select('y'))");
        Assert.That(graph.Execute("g.V(1).out('knows').id()"), Is.EqualTo(new object[] { 2 }));
    }

    [Test]
    public void On_match_sets_edge_properties_and_on_create_is_not_used()
    {
        using var graph = TwoPeople();
        graph.Execute("g.V(1).addE('knows').to(V(2))");
        graph.Execute("g.mergeE([(T.label): 'knows', (Direction.OUT): 1]).option(Merge.onCreate, [(Direction.IN): 2, created: 'Y']).option(Merge.onMatch, [created: 'N'])");
        Assert.That(graph.Execute("g.E().values('created')"), Is.EqualTo(new object[] { "N" }));
    }

    // A malformed request is the caller's fault (499); a missing end vertex depends on the data (500).
    [TestCase("g.mergeE([:])", "Out Vertex not specified", typeof(Gremlin.GremlinRequestException))]
    [TestCase("g.mergeE([(T.label): 'knows', (Direction.OUT): 100, (Direction.IN): 101])", "Vertex id could not be resolved from mergeE", typeof(Gremlin.GremlinExecutionException))]
    [TestCase("g.mergeE([(Direction.OUT): 1, (Direction.IN): 2, (T.label): 'knows']).option(Merge.onCreate, [(Direction.OUT): 2])", "option(onCreate) cannot override values from merge() argument", typeof(Gremlin.GremlinRequestException))]
    public void Edges_that_cannot_be_created_fail_with_tinkerpops_words(string traversal, string message, Type error)
    {
        using var graph = TwoPeople();
        Assert.That(() => graph.Execute(traversal), Throws.TypeOf(error).With.Message.Contains(message));
        Assert.That(Count(graph, "g.E().count()"), Is.EqualTo(0L));
    }
}
