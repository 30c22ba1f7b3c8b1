using System.Numerics;
using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;
using Path = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Gremlin.Tests.Structure;

public sealed class GremlinEqualityTests
{
    private static readonly object[] SameNumberInEveryType =
        [(sbyte)1, (short)1, 1, 1L, 1f, 1d, 1m, new BigInteger(1)];

    private static Path PathOf(params object?[] objects) =>
        new([.. objects.Select(_ => (IReadOnlySet<string>)new HashSet<string>())], objects);

    [Test]
    public void Equality_promotes_numbers_so_one_equals_one_in_every_numeric_type()
    {
        foreach (var a in SameNumberInEveryType)
        {
            foreach (var b in SameNumberInEveryType)
            {
                Assert.That(GremlinEquality.AreEqual(a, b), Is.True, $"{a.GetType().Name} vs {b.GetType().Name}");
                Assert.That(GremlinEquality.Equality.GetHashCode(a), Is.EqualTo(GremlinEquality.Equality.GetHashCode(b)),
                    $"hash of {a.GetType().Name} vs {b.GetType().Name}");
            }
        }
    }

    [Test]
    public void Equivalence_keeps_numeric_types_apart()
    {
        Assert.That(GremlinEquality.AreEquivalent(1, 1L), Is.False);
        Assert.That(GremlinEquality.AreEquivalent(1, 1.0), Is.False);
        Assert.That(GremlinEquality.AreEquivalent(2L, 2L), Is.True);
    }

    [Test]
    public void NaN_is_never_equal_but_is_equivalent_to_itself()
    {
        Assert.That(GremlinEquality.AreEqual(double.NaN, double.NaN), Is.False);
        Assert.That(GremlinEquality.AreEqual(float.NaN, double.NaN), Is.False);
        Assert.That(GremlinEquality.AreEquivalent(double.NaN, double.NaN), Is.True);
    }

    [Test]
    public void Signed_zeros_and_same_signed_infinities_are_equal()
    {
        Assert.That(GremlinEquality.AreEqual(-0.0, 0.0), Is.True);
        Assert.That(GremlinEquality.Equality.GetHashCode(-0.0), Is.EqualTo(GremlinEquality.Equality.GetHashCode(0)));
        Assert.That(GremlinEquality.AreEqual(float.PositiveInfinity, double.PositiveInfinity), Is.True);
        Assert.That(GremlinEquality.AreEqual(double.NegativeInfinity, double.PositiveInfinity), Is.False);
    }

    [Test]
    public void Promotion_compares_at_the_widest_type_involved()
    {
        Assert.That(GremlinEquality.AreEqual(0.1f, 0.1d), Is.False, "a float widened to double is not 0.1");
        Assert.That(GremlinEquality.AreEqual(0.1m, 0.1d), Is.True, "BigDecimal comparison reads the double as 0.1");
        Assert.That(GremlinEquality.AreEqual(long.MaxValue, long.MaxValue - 1), Is.False);
        Assert.That(GremlinEquality.AreEqual(BigInteger.Pow(10, 30), BigInteger.Pow(10, 30)), Is.True);
        Assert.That(GremlinEquality.AreEqual(BigInteger.Pow(10, 20), 1e20m), Is.True);
    }

    [Test]
    public void Values_of_different_type_families_are_never_equal()
    {
        Assert.That(GremlinEquality.AreEqual(1, "1"), Is.False);
        Assert.That(GremlinEquality.AreEqual(true, 1), Is.False);
        Assert.That(GremlinEquality.AreEqual(null, 0), Is.False);
        Assert.That(GremlinEquality.AreEqual(null, null), Is.True);
        var uuid = Guid.NewGuid();
        Assert.That(GremlinEquality.AreEqual(uuid, uuid.ToString()), Is.False);
    }

    [Test]
    public void Lists_compare_element_by_element_with_promotion()
    {
        Assert.That(GremlinEquality.AreEqual(new List<object?> { 1, 2 }, new List<object?> { 1.0, 2L }), Is.True);
        Assert.That(GremlinEquality.AreEqual(new List<object?> { 1, 2 }, new List<object?> { 2, 1 }), Is.False);
        Assert.That(GremlinEquality.AreEqual(new List<object?> { 1 }, new object?[] { 1 }), Is.True);
        Assert.That(GremlinEquality.AreEquivalent(new List<object?> { 1, 2 }, new List<object?> { 1.0, 2L }), Is.False);
    }

    [Test]
    public void Sets_and_maps_compare_structurally_in_any_order()
    {
        var set1 = new GremlinSet { 1, "a" };
        var set2 = new GremlinSet { "a", 1 };
        var map1 = new GremlinMap { ["x"] = 1, [T.label] = "person" };
        var map2 = new GremlinMap { [T.label] = "person", ["x"] = 1 };

        Assert.That(set1, Is.EqualTo(set2));
        Assert.That(set1.GetHashCode(), Is.EqualTo(set2.GetHashCode()));
        Assert.That(map1, Is.EqualTo(map2));
        Assert.That(map1.GetHashCode(), Is.EqualTo(map2.GetHashCode()));
        Assert.That(GremlinEquality.AreEqual(new GremlinSet { 1, 2 }, new GremlinSet { 1.0, 2.0 }), Is.True);
        Assert.That(GremlinEquality.AreEqual(new GremlinMap { [1] = "a" }, new GremlinMap { [1L] = "a" }), Is.True);
        Assert.That(GremlinEquality.AreEquivalent(new GremlinMap { [1] = "a" }, new GremlinMap { [1L] = "a" }), Is.False);
        Assert.That(GremlinEquality.AreEqual(new GremlinMap { ["x"] = 1 }, new GremlinMap { ["x"] = 2 }), Is.False);
        Assert.That(GremlinEquality.AreEqual(new List<object?> { 1 }, new GremlinSet { 1 }), Is.False, "a list is not a set");
    }

    [Test]
    public void Elements_are_equal_by_kind_and_id_only()
    {
        Assert.That(new Vertex(1, "person"), Is.EqualTo(new Vertex(1, "software")));
        Assert.That(new Vertex(1), Is.Not.EqualTo(new Vertex(2)));
        Assert.That(GremlinEquality.AreEqual(new Vertex(1), new Edge(1, new Vertex(2), "knows", new Vertex(3))), Is.False);
        Assert.That(new VertexProperty(5L, "name", "a"), Is.EqualTo(new VertexProperty(5L, "name", "b")));
    }

    [Test]
    public void Properties_are_equal_by_key_and_value()
    {
        var weight = new Property("weight", 0.5);

        Assert.That(weight, Is.EqualTo(new Property("weight", 0.5)));
        Assert.That(GremlinEquality.AreEqual(weight, new Property("weight", 0.5f)), Is.True, "equality promotes the values");
        Assert.That(GremlinEquality.AreEquivalent(weight, new Property("weight", 0.5f)), Is.False, "equivalence does not");
        Assert.That(weight, Is.Not.EqualTo(new Property("since", 0.5)));
        Assert.That(weight, Is.Not.EqualTo(new Property("weight", 0.4)));
    }

    [Test]
    public void Paths_are_equal_by_objects_and_labels()
    {
        var labelled = new Path([new HashSet<string> { "a" }, new HashSet<string>()], [new Vertex(1), "marko"]);
        var sameLabels = new Path([new HashSet<string> { "a" }, new HashSet<string>()], [new Vertex(1), "marko"]);

        Assert.That(labelled, Is.EqualTo(sameLabels));
        Assert.That(labelled, Is.Not.EqualTo(PathOf(new Vertex(1), "marko")));
        Assert.That(PathOf(1, 2), Is.Not.EqualTo(PathOf(2, 1)));
    }

    [Test]
    public void Equivalence_backs_dedup_and_group_in_hash_collections()
    {
        var seen = new HashSet<object?>(GremlinEquality.Equivalence)
        {
            1, 1, 1L, double.NaN, double.NaN, null, null, new List<object?> { 1, "a" }, new List<object?> { 1, "a" }, new Vertex(7), new Vertex(7),
        };

        Assert.That(seen, Has.Count.EqualTo(6));
    }

    [Test]
    public void Equality_backs_within_in_hash_collections()
    {
        var within = new HashSet<object?>(GremlinEquality.Equality) { 29, "marko", double.NaN };

        Assert.That(within.Contains(29L), Is.True);
        Assert.That(within.Contains(29.0f), Is.True);
        Assert.That(within.Contains(30), Is.False);
        Assert.That(within.Contains(double.NaN), Is.False, "NaN is equal to nothing");
    }
}
