using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Tests.Steps.Map;

public sealed class KeyAndMathArgumentTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    [Test]
    public void A_null_property_key_is_ignored()
    {
        Assert.That(_graph.Execute("g.V(1).values('name', null)"), Is.EqualTo(new object[] { "marko" }));
    }

    [Test]
    public void Only_null_property_keys_select_no_property()
    {
        Assert.That(_graph.Execute("g.V(1).values(null)"), Is.Empty);
        Assert.That(_graph.Execute("g.V(1).properties(null).count()"), Is.EqualTo(new object[] { 0L }));
    }

    [Test]
    public void A_function_without_parentheses_takes_the_rest_of_the_expression()
    {
        Assert.That(_graph.Execute("g.inject(2.5d).math('ceil _')"), Is.EqualTo(new object[] { 3.0 }));
        Assert.That(_graph.Execute("g.inject(0).math('2 * sin _ + 1')"), Is.EqualTo(new object[] { 2 * Math.Sin(1) }));
        Assert.That(_graph.Execute("g.inject(0).math('sin(_) + 1')"), Is.EqualTo(new object[] { 1.0 }));
    }

    [Test]
    public void A_function_name_alone_is_still_a_variable()
    {
        Assert.That(_graph.Execute("g.V(1).as('sin').math('sin + 1').by('age')"), Is.EqualTo(new object[] { 30.0 }));
    }

    [Test]
    public void A_range_that_ends_before_it_starts_is_rejected()
    {
        Assert.That(() => _graph.Execute("g.V().range(3, 2)"),
            Throws.TypeOf<GremlinRequestException>().With.Message.Contains("Not a legal range: [3, 2]"));
    }
}
