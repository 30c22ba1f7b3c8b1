using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests;

public sealed class GremlinGraphTests
{
    private static GremlinGraph _modern = null!;

    [OneTimeSetUp]
    public void LoadModern() => _modern = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _modern?.Dispose();

    [Test]
    public void Marko_knows_vadas_and_josh()
    {
        var names = _modern.Execute("g.V().has('name','marko').out('knows').values('name')");
        Assert.That(names, Is.EquivalentTo(new[] { "vadas", "josh" }));
    }

    [Test]
    public void Counting_vertices_gives_a_long()
    {
        Assert.That(_modern.Execute("g.V().count()"), Is.EqualTo(new object[] { 6L }));
        Assert.That(_modern.Execute("g.E().count()"), Is.EqualTo(new object[] { 6L }));
    }

    [Test]
    public void Two_hop_paths_hold_vertices_and_labels_of_the_path()
    {
        var paths = _modern.Execute("g.V().out().out().path().by('name')").Cast<GremlinQuad.Gremlin.Structure.Path>().Select(p => string.Join(",", p.Objects)).ToList();
        Assert.That(paths, Is.EquivalentTo(new[] { "marko,josh,ripple", "marko,josh,lop" }));
    }

    [Test]
    public void Bulk_is_kept_through_a_count_barrier()
    {
        Assert.That(_modern.Execute("g.V().both().both().count()"), Is.EqualTo(new object[] { 30L }));
    }

    [Test]
    public void Vertex_ids_keep_their_loaded_type()
    {
        var vertex = (Vertex)_modern.Execute("g.V(1)").Single()!;
        Assert.That(vertex.Id, Is.EqualTo(1));
        Assert.That(vertex.Label, Is.EqualTo("person"));
    }

    [Test]
    public void Incoming_edges_without_a_label_use_the_object_lookup()
    {
        var names = _modern.Execute("g.V(3).in().values('name')");
        Assert.That(names, Is.EquivalentTo(new[] { "marko", "josh", "peter" }));
    }

    [Test]
    public void Mutations_commit_and_a_failing_traversal_leaves_nothing_behind()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property(T.id, 1).property('name','a')");
        Assert.That(() => graph.Execute("g.addV('person').property('name','b').addV('person').property(T.id, 1)"), Throws.TypeOf<GremlinExecutionException>());
        Assert.That(graph.Execute("g.V().values('name')"), Is.EqualTo(new object[] { "a" }));
    }

    [Test]
    public void Dropping_a_vertex_removes_its_edges_in_both_directions()
    {
        using var graph = TestGraphs.Modern();
        graph.Execute("g.V(4).drop()");
        Assert.That(graph.Execute("g.E().count()"), Is.EqualTo(new object[] { 3L }));
        Assert.That(graph.Execute("g.V(1).out('knows').values('name')"), Is.EqualTo(new object[] { "vadas" }));
    }

    [Test]
    public void Read_only_graph_rejects_a_mutation()
    {
        using var graph = TestGraphs.Empty(new GraphOptions { ReadOnly = true });
        Assert.That(() => graph.Execute("g.addV('x')"), Throws.TypeOf<GremlinRequestException>().With.Message.Contains("read-only"));
    }

    [Test]
    public void Unknown_step_is_rejected_with_its_name()
    {
        Assert.That(() => _modern.Execute(new Bytecode().AddStep("V").AddStep("frobnicate", 1)),
            Throws.TypeOf<GremlinRequestException>().With.Message.Contains("frobnicate"));
    }
}
