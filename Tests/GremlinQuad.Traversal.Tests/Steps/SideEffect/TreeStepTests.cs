using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Steps.SideEffect;

public sealed class TreeStepTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    [Test]
    public void Tree_by_name_nests_each_path_under_its_prefix()
    {
        var tree = (Tree)_graph.Execute("g.V().has('name','marko').out().out().tree().by('name')").Single()!;
        Assert.That(tree.Keys, Is.EqualTo(new object?[] { "marko" }));
        Assert.That(tree["marko"].Keys, Is.EqualTo(new object?[] { "josh" }));
        Assert.That(tree["marko"]["josh"].Keys, Is.EquivalentTo(new object?[] { "lop", "ripple" }));
        Assert.That(tree["marko"]["josh"]["lop"].Count, Is.Zero);
    }

    [Test]
    public void By_modulators_apply_round_robin_by_depth()
    {
        var tree = (Tree)_graph.Execute("g.V().has('name','marko').outE('knows').inV().tree().by('name').by(T.label)").Single()!;
        Assert.That(tree["marko"].Keys, Is.EqualTo(new object?[] { "knows" }));
        Assert.That(tree["marko"]["knows"].Keys, Is.EquivalentTo(new object?[] { "vadas", "josh" }));
    }

    [Test]
    public void A_side_effect_tree_is_complete_before_the_traversers_move_on()
    {
        var counts = _graph.Execute("g.V().out().tree('a').select('a').count(local)");
        Assert.That(counts, Has.Count.EqualTo(6));
        Assert.That(counts, Has.All.EqualTo(3L));
    }

    [Test]
    public void Cap_returns_the_side_effect_tree()
    {
        var tree = (Tree)_graph.Execute("g.V().has('name','marko').out().out().tree('a').by(T.label).both().both().cap('a')").Single()!;
        Assert.That(tree["person"]["person"].Keys, Is.EqualTo(new object?[] { "software" }));
    }
}
