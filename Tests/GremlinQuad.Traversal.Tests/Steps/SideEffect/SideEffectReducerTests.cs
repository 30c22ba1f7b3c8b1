using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Tests.Steps.SideEffect;

public sealed class SideEffectReducerTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    [Test]
    public void A_sum_reducer_counts_every_traverser_of_a_bulked_stream()
    {
        // V().out() has six traversers; barrier() bulks the three at lop into one of bulk 3.
        Assert.That(_graph.Execute("g.withSideEffect('a', 0, Operator.sum).V().out().barrier().local(aggregate('a').by(constant(1))).cap('a')"),
            Is.EqualTo(new object[] { 6 }));
        Assert.That(_graph.Execute("g.withSideEffect('a', 0, Operator.sum).V().out().barrier().aggregate('a').by(constant(1)).cap('a')"),
            Is.EqualTo(new object[] { 6 }));
    }

    [Test]
    public void Objects_that_by_cannot_produce_are_not_reduced()
    {
        Assert.That(_graph.Execute("g.withSideEffect('a', 0, Operator.max).V().aggregate('a').by('age').cap('a')"), Is.EqualTo(new object[] { 35 }));
    }

    [Test]
    public void Without_a_reducer_aggregate_still_collects()
    {
        Assert.That(_graph.Execute("g.withSideEffect('a', [1]).V().hasLabel('software').aggregate('a').by('name').cap('a')"),
            Is.EqualTo(new object[] { new List<object?> { 1, "lop", "ripple" } }));
    }

    [Test]
    public void A_reducer_that_is_not_an_operator_is_rejected()
    {
        Assert.That(() => _graph.Execute("g.withSideEffect('a', 0, 'sum').V().aggregate('a').cap('a')"),
            Throws.TypeOf<GremlinRequestException>().With.Message.Contains("must be an Operator"));
    }

    [Test]
    public void A_side_effect_group_count_is_complete_before_the_next_step()
    {
        Assert.That(_graph.Execute("g.V().hasLabel('person').groupCount('a').by(label).select('a').select(values).unfold()"),
            Is.EqualTo(new object[] { 4L, 4L, 4L, 4L }));
    }
}
