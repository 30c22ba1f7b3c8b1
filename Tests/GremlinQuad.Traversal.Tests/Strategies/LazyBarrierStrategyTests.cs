using System.Text.RegularExpressions;

namespace GremlinQuad.Traversal.Tests.Strategies;

/// <summary>LazyBarrierStrategy: where it places lazyBarrier(2500), and identical answers with and without it.</summary>
public sealed class LazyBarrierStrategyTests
{
    private static string FinalPlan(GremlinGraph graph, string traversal)
    {
        var lines = ((string)graph.Execute(traversal + ".explain()").Single()!).Split('\n');
        // The plan is the line under the "Optimized Traversal" title and its '=' underline.
        var final = lines[Array.IndexOf(lines, "Optimized Traversal") + 2].Trim();
        // The storage notes ([out: SPOG prefix 1] ...) are another strategy's business.
        return Regex.Replace(final, @"\[[^\[\]]*\]", "");
    }

    [TestCase("g.V().out().out().count()", "g.V().out().lazyBarrier(2500).out().count()")]
    [TestCase("g.V().both().outE().inV().values('x').sum()", "g.V().both().lazyBarrier(2500).outE().inV().values('x').sum()")]
    [TestCase("g.V().out('a').in('b').both().hasLabel('n').count()", "g.V().out('a').lazyBarrier(2500).in('b').lazyBarrier(2500).both().hasLabel('n').count()")]
    public void Barriers_go_between_vertex_steps_before_a_bulk_aware_reducer(string traversal, string expected)
    {
        using var graph = RandomGraphs.Create(new Random(1), 6, 12);
        Assert.That(FinalPlan(graph, traversal), Is.EqualTo(expected));
    }

    [TestCase("g.V().out().out()")]                              // a list: merging would reorder it
    [TestCase("g.V().out().out().limit(3).count()")]             // limit() sees order
    [TestCase("g.V().as('a').out().out().count()")]              // paths are tracked
    [TestCase("g.withSack(1).V().out().out().count()")]          // sacks tell traversers apart
    [TestCase("g.withBulk(false).V().out().out().count()")]      // merged bulk would be lost
    [TestCase("g.V().out().out().fold()")]                       // fold() keeps order
    public void Plans_where_merging_could_show_keep_no_barrier(string traversal)
    {
        using var graph = RandomGraphs.Create(new Random(2), 6, 12);
        Assert.That(FinalPlan(graph, traversal), Does.Not.Contain("lazyBarrier"));
    }

    [Test]
    public void Counts_and_sums_are_identical_with_and_without_the_barrier_on_random_graphs()
    {
        string[] traversals =
        [
            "g.V().out().out().count()",
            "g.V().both().both().both().count()",
            "g.V().out('a').in().outE('b', 'c').inV().count()",
            "g.V().both().both().id().sum()",
            "g.V().in().out().hasLabel('n').id().max()",
            "g.V().outE().inV().both().both().id().mean()",
        ];
        var random = new Random(7);
        for (var graphIndex = 0; graphIndex < 40; graphIndex++)
        {
            var vertices = random.Next(1, 40);
            using var graph = RandomGraphs.Create(random, vertices, random.Next(0, vertices * 5));
            foreach (var traversal in traversals)
            {
                Assert.That(FinalPlan(graph, traversal), Does.Contain("lazyBarrier"), traversal);
                var withBarrier = graph.Execute(traversal);
                var without = graph.Execute("g.withoutStrategies(LazyBarrierStrategy)" + traversal[1..]);
                Assert.That(withBarrier, Is.EqualTo(without), $"graph {graphIndex}: {traversal}");
            }
        }
    }

    [Test]
    public void A_window_smaller_than_the_stream_still_merges_and_keeps_every_bulk()
    {
        using var graph = TestGraphs.Modern();
        // 12 two-hop walks on the modern graph; windows of 1 and 2 split them across many windows.
        Assert.That(graph.Execute("g.V().both().both().count()"), Is.EqualTo(new object[] { 30L }));
        Assert.That(graph.Execute("g.V().both().lazyBarrier(1).both().count()"), Is.EqualTo(new object[] { 30L }));
        Assert.That(graph.Execute("g.V().both().lazyBarrier(2).both().count()"), Is.EqualTo(new object[] { 30L }));
        Assert.That(graph.Execute("g.V().both().lazyBarrier(2).both().values('name').fold().count(local)"), Is.EqualTo(new object[] { 30L }));
    }
}
