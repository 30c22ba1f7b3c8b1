using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Graph;

public sealed class StoredBlobTests
{
    [Test]
    public void A_list_property_comes_back_as_the_same_list()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('data').property('list', [1, 'b', 2.5d, [true, null]])");
        var list = (List<object?>)graph.Execute("g.V().values('list')").Single()!;
        Assert.That(list, Has.Count.EqualTo(4));
        Assert.That(list[0], Is.EqualTo(1));
        Assert.That(list[1], Is.EqualTo("b"));
        Assert.That(list[2], Is.EqualTo(2.5d));
        Assert.That(list[3], Is.EqualTo(new List<object?> { true, null }));
    }

    [Test]
    public void Map_and_set_properties_keep_their_types_and_entries()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('data').property('map', [city: 'NYC', n: 2L]).property('set', {'a', 'b'})");
        var map = (GremlinMap)graph.Execute("g.V().values('map')").Single()!;
        Assert.That(map["city"], Is.EqualTo("NYC"));
        Assert.That(map["n"], Is.EqualTo(2L));
        var set = (GremlinSet)graph.Execute("g.V().values('set')").Single()!;
        Assert.That(set, Is.EquivalentTo(new[] { "a", "b" }));
    }

    [Test]
    public void A_stored_list_can_be_found_again_by_value()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('data').property('name', 'x').property('list', ['a', 'b'])");
        Assert.That(graph.Execute("g.V().has('list', ['a', 'b']).values('name')"), Is.EqualTo(new object[] { "x" }));
        Assert.That(graph.Execute("g.V().has('list', ['b', 'a']).values('name')"), Is.Empty);
    }

    [Test]
    public void Elements_inside_a_collection_value_are_refused_with_a_clear_message()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('a')");
        Assert.That(() => graph.Execute("g.V().as('v').addV('b').property('ref', select('v').fold())"),
            Throws.Exception.With.Message.Contains("may hold only scalars and collections"));
    }
}
