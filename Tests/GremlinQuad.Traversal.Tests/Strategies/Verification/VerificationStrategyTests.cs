using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Tests.Strategies.Verification;

public sealed class VerificationStrategyTests
{
    [Test]
    public void ReadOnlyStrategy_refuses_mutations_anywhere_in_the_traversal()
    {
        using var graph = TestGraphs.Empty();
        var error = Assert.Throws<GremlinRequestException>(() => graph.Execute("g.withStrategies(ReadOnlyStrategy).inject(1).sideEffect(__.addV('x'))"));
        Assert.That(error!.Message, Does.Contain("The provided traversal has a mutating step and thus is not read only"));
        Assert.That(graph.Execute("g.V().count()"), Is.EqualTo(new object?[] { 0L }));
        Assert.That(graph.Execute("g.withStrategies(ReadOnlyStrategy).inject(1)"), Is.EqualTo(new object?[] { 1 }));
    }

    [Test]
    public void A_read_only_graph_refuses_in_tinkerpops_words()
    {
        using var graph = TestGraphs.Empty(new GraphOptions { ReadOnly = true });
        var error = Assert.Throws<GremlinRequestException>(() => graph.Execute("g.addV('x')"));
        Assert.That(error!.Message, Does.Contain("The provided traversal has a mutating step and thus is not read only"));
    }

    [Test]
    public void EdgeLabelVerificationStrategy_requires_labels_only_when_told_to_throw()
    {
        using var graph = TestGraphs.Empty();
        var error = Assert.Throws<GremlinRequestException>(() => graph.Execute("g.withStrategies(EdgeLabelVerificationStrategy(throwException: true)).V().where(__.out())"));
        Assert.That(error!.Message, Does.Contain("The provided traversal contains a vertex step without any specified edge label"));
        Assert.That(graph.Execute("g.withStrategies(EdgeLabelVerificationStrategy(throwException: true)).V().out('knows')"), Is.Empty);
        Assert.That(graph.Execute("g.withStrategies(EdgeLabelVerificationStrategy(throwException: false)).V().out()"), Is.Empty);
    }

    [Test]
    public void ReservedKeysVerificationStrategy_refuses_reserved_property_keys()
    {
        using var graph = TestGraphs.Empty();
        var error = Assert.Throws<GremlinRequestException>(() => graph.Execute("g.withStrategies(ReservedKeysVerificationStrategy(throwException: true)).addV('person').property('id', 123)"));
        Assert.That(error!.Message, Does.Contain("reserved word: id"));
        Assert.That(graph.Execute("g.withStrategies(ReservedKeysVerificationStrategy(throwException: true, keys: ['age'])).addV('person').property('id', 123).values('id')"), Is.EqualTo(new object?[] { 123 }));
    }

    [Test]
    public void VertexProgramRestrictionStrategy_refuses_a_graph_computer()
    {
        using var graph = TestGraphs.Empty();
        var error = Assert.Throws<GremlinRequestException>(() => graph.Execute("g.withStrategies(VertexProgramRestrictionStrategy, VertexProgramStrategy).V()"));
        Assert.That(error!.Message, Does.Contain("The TraversalSource does not allow the use of a GraphComputer"));
    }

    [Test]
    public void ProductiveByStrategy_groups_unproductive_keys_under_null()
    {
        var graph = TestGraphs.Modern();
        using (graph)
        {
            var group = (GremlinQuad.Gremlin.Structure.GremlinMap)graph.Execute("g.withStrategies(ProductiveByStrategy).V().group().by('age').by('name')").Single()!;
            Assert.That(group[null], Is.EquivalentTo(new object?[] { "lop", "ripple" }));
            Assert.That(group[29], Is.EqualTo(new object?[] { "marko" }));
        }
    }
}
