using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Steps.Mutation;

public sealed class MergeVertexStepTests
{
    private static long Count(GremlinGraph graph, string traversal) => (long)graph.Execute(traversal).Single()!;

    [Test]
    public void Merge_creates_a_missing_vertex_once_and_then_matches_it()
    {
        using var graph = TestGraphs.Empty();
        var created = (Vertex)graph.Execute("g.mergeV([(T.label): 'person', name: 'stephen'])").Single()!;
        var matched = (Vertex)graph.Execute("g.mergeV([(T.label): 'person', name: 'stephen'])").Single()!;
        Assert.That(matched.Id, Is.EqualTo(created.Id));
        Assert.That(created.Label, Is.EqualTo("person"));
        Assert.That(Count(graph, "g.V().count()"), Is.EqualTo(1L));
    }

    [Test]
    public void On_create_adds_to_the_merge_map_and_on_match_changes_the_match()
    {
        using var graph = TestGraphs.Empty();
        const string Merge = "g.mergeV([name: 'marko']).option(Merge.onCreate, [age: 29]).option(Merge.onMatch, [age: 30])";
        graph.Execute(Merge);
        Assert.That(graph.Execute("g.V().values('age')"), Is.EqualTo(new object[] { 29 }));
        graph.Execute(Merge);
        Assert.That(graph.Execute("g.V().values('age')"), Is.EqualTo(new object[] { 30 }));
    }

    [Test]
    public void An_empty_map_matches_every_vertex_for_every_traverser()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('a').addV('b')");
        Assert.That(graph.Execute("g.V().mergeV([:])"), Has.Count.EqualTo(4));
    }

    [Test]
    public void On_create_may_not_change_what_the_merge_map_says()
    {
        using var graph = TestGraphs.Empty();
        Assert.That(() => graph.Execute("g.mergeV([(T.label): 'a']).option(Merge.onCreate, [(T.label): 'b'])"),
            Throws.TypeOf<Gremlin.GremlinRequestException>().With.Message.Contains("option(onCreate) cannot override values from merge() argument"));
    }

    [TestCase("g.mergeV([:]).option(Merge.onCreate, ['~id': 1])", "Property key can not be a hidden key: ~id")]
    [TestCase("g.mergeV([(T.label): '~vertex'])", "Label can not be a hidden key: ~vertex")]
    [TestCase("g.mergeV([(T.label): null, name: 'x'])", "does not allow null Map values")]
    public void Bad_maps_are_invalid_request_arguments_in_tinkerpops_words(string traversal, string message)
    {
        using var graph = TestGraphs.Empty();
        Assert.That(() => graph.Execute(traversal), Throws.TypeOf<Gremlin.GremlinRequestException>().With.Message.Contains(message));
        Assert.That(Count(graph, "g.V().count()"), Is.EqualTo(0L));
    }

    [TestCase("single", 1L)]
    [TestCase("set", 4L)]
    [TestCase("list", 4L)]
    public void On_match_values_honour_their_cardinality(string cardinality, long expectedAges)
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property('name', 'marko').property(list, 'age', 29).property(list, 'age', 31).property(list, 'age', 32)");
        graph.Execute($"g.mergeV([name: 'marko']).option(Merge.onMatch, [age: Cardinality.{cardinality}(33)])");
        Assert.That(Count(graph, "g.V().properties('age').count()"), Is.EqualTo(expectedAges));
        Assert.That(Count(graph, "g.V().has('age', 33).count()"), Is.EqualTo(1L));
    }

    [Test]
    public void Merge_map_from_the_incoming_traverser()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.inject([(T.label): 'person', name: 'a'], [(T.label): 'person', name: 'b'], [(T.label): 'person', name: 'a']).mergeV()");
        Assert.That(graph.Execute("g.V().values('name')"), Is.EquivalentTo(new[] { "a", "b" }));
    }
}
