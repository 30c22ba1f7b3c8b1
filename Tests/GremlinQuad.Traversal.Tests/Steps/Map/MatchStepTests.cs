using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Steps.Map;

public sealed class MatchStepTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    private static List<string> Pairs(string gremlin) =>
        [.. _graph.Execute(gremlin).Cast<GremlinMap>().Select(m => string.Join(",", m.OrderBy(e => (string)e.Key!, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")))];

    [Test]
    public void Patterns_given_out_of_order_start_at_the_label_no_pattern_ends_at()
    {
        var results = Pairs("g.V().match(__.as('b').out('created').as('c'), __.as('a').out('knows').as('b')).select('a','b','c').by('name')");
        Assert.That(results, Is.EquivalentTo(new[] { "a=marko,b=josh,c=lop", "a=marko,b=josh,c=ripple" }));
    }

    [Test]
    public void A_pattern_ending_at_a_bound_label_must_reach_the_same_object()
    {
        var results = Pairs("g.V().match(__.as('a').out('created').as('b'), __.as('b').in('created').as('a')).select('a','b').by('name')");
        Assert.That(results, Is.EquivalentTo(new[] { "a=marko,b=lop", "a=josh,b=ripple", "a=josh,b=lop", "a=peter,b=lop" }));
    }

    [Test]
    public void Labels_bound_before_match_are_reused_and_patterns_without_end_labels_filter()
    {
        var results = Pairs("g.V().as('a').out('knows').as('b').match(__.as('b').out('created'), __.as('a').has('age', 29)).select('a','b').by('name')");
        Assert.That(results, Is.EqualTo(new[] { "a=marko,b=josh" }));
    }

    [Test]
    public void Not_and_where_patterns_only_filter()
    {
        var names = _graph.Execute("g.V().match(__.as('a').out('created').as('b'), __.not(__.as('a').has('name','marko'))).select('a').values('name').dedup()");
        Assert.That(names, Is.EquivalentTo(new object?[] { "josh", "peter" }));
    }

    [Test]
    public void Or_patterns_may_bind_in_either_branch()
    {
        var names = _graph.Execute("g.V().match(__.as('a').out('knows').as('b'), __.or(__.as('b').has('name','vadas'), __.as('b').out('created').has('name','ripple'))).select('b').values('name')");
        Assert.That(names, Is.EquivalentTo(new object?[] { "vadas", "josh" }));
    }
}
