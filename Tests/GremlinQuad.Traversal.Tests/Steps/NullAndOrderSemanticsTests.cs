using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Steps;

public sealed class NullAndOrderSemanticsTests
{
    private static GremlinGraph _modern = null!;

    [OneTimeSetUp]
    public void Load() => _modern = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _modern?.Dispose();

    [TestCase("max")]
    [TestCase("min")]
    [TestCase("sum")]
    [TestCase("mean")]
    public void Reducing_only_nulls_gives_null_and_reducing_nothing_gives_nothing(string step)
    {
        Assert.That(_modern.Execute($"g.inject(null, null).{step}()"), Is.EqualTo(new object?[] { null }));
        Assert.That(_modern.Execute($"g.inject(null, 3).{step}()"), Has.Count.EqualTo(1).And.Not.Contains(null));
        Assert.That(_modern.Execute($"g.V().values('foo').{step}()"), Is.Empty);
        Assert.That(_modern.Execute($"g.V().values('foo').fold().{step}(local)"), Is.Empty);
    }

    [Test]
    public void Maps_order_entry_by_entry()
    {
        var ordered = _modern.Execute("g.inject([a: 'a', b: 'b'], [a: 'a', b: false, c: 'c'], [a: 'a']).order()");
        Assert.That(ordered.Cast<GremlinMap>().Select(m => m.Count), Is.EqualTo(new[] { 1, 3, 2 }));
    }

    [Test]
    public void Within_a_side_effect_tests_membership_in_its_members()
    {
        Assert.That(_modern.Execute("g.V(1).out().aggregate('x').out().where(within('x')).values('name')"), Is.EqualTo(new object[] { "lop" }));
        Assert.That(_modern.Execute("g.V(1).out().aggregate('x').out().where(without('x')).values('name')"), Is.EqualTo(new object[] { "ripple" }));
    }
}
