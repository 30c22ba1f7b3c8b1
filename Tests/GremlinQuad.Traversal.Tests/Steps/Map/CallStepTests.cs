using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Steps.Map;

public sealed class CallStepTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    [Test]
    public void List_names_every_service_or_the_one_asked_for()
    {
        Assert.That(_graph.Execute("g.call()"), Is.EquivalentTo(new object?[] { "tinker.search", "tinker.degree.centrality" }));
        Assert.That(_graph.Execute("g.call('--list').with('service', __.constant('tinker.search'))"), Is.EqualTo(new object?[] { "tinker.search" }));
    }

    [Test]
    public void Search_parameters_merge_from_map_traversal_and_with()
    {
        Assert.That(_graph.Execute("g.call('tinker.search', [search: 'mar']).element().values('name')"), Is.EqualTo(new object?[] { "marko" }));
        Assert.That(_graph.Execute("g.call('tinker.search', __.project('search').by(__.constant('vada'))).element().values('name')"), Is.EqualTo(new object?[] { "vadas" }));
        Assert.That(_graph.Execute("g.call('tinker.search', [search: 'zzz']).with('search', 'rip').element().values('name')"), Is.EqualTo(new object?[] { "ripple" }));
        Assert.That(_graph.Execute("g.call('tinker.search', [search: 'mar']).with('type', 'Edge')"), Is.Empty);
    }

    [Test]
    public void Degree_centrality_counts_incoming_edges_unless_told_otherwise()
    {
        var incoming = _graph.Execute("g.V().has('name','lop').call('tinker.degree.centrality')");
        var outgoing = _graph.Execute("g.V().has('name','marko').call('tinker.degree.centrality').with('direction', OUT)");
        Assert.That(incoming, Is.EqualTo(new object?[] { 3L }));
        Assert.That(outgoing, Is.EqualTo(new object?[] { 3L }));
    }

    [Test]
    public void An_unknown_service_is_refused_with_the_list_of_services()
    {
        var error = Assert.Throws<GremlinRequestException>(() => _graph.Execute("g.call('nope')"));
        Assert.That(error!.Message, Does.Contain("tinker.search"));
    }

    [Test]
    public void Search_results_are_properties()
    {
        var property = _graph.Execute("g.call('tinker.search', [search: 'vad'])").Single();
        Assert.That(property, Is.InstanceOf<VertexProperty>());
    }
}
