using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;

namespace GremlinQuad.Gremlin.Tests.Structure;

public sealed class GremlinMapTests
{
    [Test]
    public void Keys_keep_insertion_order_and_a_null_key_is_allowed()
    {
        var map = new GremlinMap { ["z"] = 1, [null] = 2, [T.id] = 3, [1] = 4 };
        map["z"] = 5;

        Assert.That(map.Keys, Is.EqualTo(new object?[] { "z", null, T.id, 1 }));
        Assert.That(map[null], Is.EqualTo(2));
        Assert.That(map["z"], Is.EqualTo(5));
        Assert.That(map.GetAt(2), Is.EqualTo(new KeyValuePair<object?, object?>(T.id, 3)));
    }

    [Test]
    public void Keys_of_different_numeric_types_are_distinct_as_in_group()
    {
        var map = new GremlinMap { [1] = "int", [1L] = "long", [new List<object?> { 1 }] = "list" };

        Assert.That(map, Has.Count.EqualTo(3));
        Assert.That(map[new List<object?> { 1 }], Is.EqualTo("list"), "composite keys are found by value");
    }

    [Test]
    public void A_missing_key_names_itself_in_the_error()
    {
        var map = new GremlinMap();

        Assert.That(() => map["nope"], Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("'nope'"));
    }

    [Test]
    public void Sets_keep_insertion_order_and_ignore_duplicates()
    {
        var set = new GremlinSet { "b", "a", "b", null, null };

        Assert.That(set, Is.EqualTo(new object?[] { "b", "a", null }));
        Assert.That(set.Contains(null), Is.True);
        Assert.That(set.Remove("b"), Is.True);
        Assert.That(set.GetAt(0), Is.EqualTo("a"));
    }

    [Test]
    public void A_tree_merges_branches_and_compares_structurally()
    {
        var tree = new Tree();
        tree.GetOrAdd(new Vertex(1)).GetOrAdd(new Vertex(2));
        var other = new Tree();
        other.GetOrAdd(new Vertex(1)).GetOrAdd(new Vertex(3));
        tree.Merge(other);

        var expected = new Tree();
        var root = expected.GetOrAdd(new Vertex(1));
        root.GetOrAdd(new Vertex(3));
        root.GetOrAdd(new Vertex(2));
        Assert.That(tree, Is.EqualTo(expected));
        Assert.That(tree[new Vertex(1)].Count, Is.EqualTo(2));
    }
}
