using System.Globalization;
using System.Text;

namespace GremlinQuad.Traversal.Tests.Strategies;

/// <summary>
/// FrontierBfsStrategy against the generic plan it replaces: the same traversal with and without the
/// strategy must give identical results, in the same order, on many seeded random graphs.
/// </summary>
public sealed class FrontierBfsStrategyTests
{
    private const string KhopQuery = "g.V(1).repeat(out().dedup()).times(2).emit().hasId(neq(1)).dedup().count()";

    private static string FinalPlan(GremlinGraph graph, string traversal)
    {
        var lines = ((string)graph.Execute(traversal + ".explain()").Single()!).Split('\n');
        // The plan is the line under the "Optimized Traversal" title and its '=' underline.
        return lines[Array.IndexOf(lines, "Optimized Traversal") + 2].Trim();
    }

    private static string WithoutStrategy(string traversal) => "g.withoutStrategies(FrontierBfsStrategy)" + traversal[1..];

    [Test]
    public void Explain_shows_the_k_hop_count_as_a_frontier_bfs()
    {
        using var graph = RandomGraph(new Random(1), vertices: 8, edges: 20);
        Assert.That(FinalPlan(graph, KhopQuery), Does.StartWith("g.V(1).frontierBfs('out', 2, 'emit')[frontier BFS").And.EndWith(".hasId(P.neq(1)).count()"));
        Assert.That(FinalPlan(graph, WithoutStrategy(KhopQuery)), Does.Contain("repeat(").And.Not.Contains("frontierBfs"));
    }

    [TestCase("g.V(1).repeat(out().dedup()).times(2).dedup().count()", "frontierBfs('out', 2, 'last')")]
    [TestCase("g.V(1).emit().repeat(both('a', 'b')).times(3).dedup().id()", "frontierBfs('both', 3, 'emitFirst', 'a', 'b')")]
    [TestCase("g.V().repeat(in()).times(1).emit().hasLabel('n').dedup()", "frontierBfs('in', 1, 'emit')")]
    public void Shapes_users_write_become_a_frontier_bfs(string traversal, string expected)
    {
        using var graph = RandomGraph(new Random(2), vertices: 8, edges: 20);
        Assert.That(FinalPlan(graph, traversal), Does.Contain(expected));
    }

    [TestCase("g.V(1).repeat(out().dedup()).times(2).emit().count()")]                  // no final dedup: bulk counts walks
    [TestCase("g.V(1).repeat(out()).times(2).emit().path().dedup().count()")]           // paths observed
    [TestCase("g.V(1).as('s').repeat(out()).times(2).emit().dedup().count()")]          // a label makes paths
    [TestCase("g.withSack(1).V(1).repeat(out()).times(2).emit().dedup().sack()")]       // sacks observed
    [TestCase("g.V(1).repeat(out().has('x', 1)).times(2).emit().dedup().count()")]      // body is not a plain vertex step
    [TestCase("g.V(1).repeat(out()).until(hasId(3)).emit().dedup().count()")]           // until() is not a hop count
    [TestCase("g.V(1).repeat(out()).times(2).emit().limit(3).dedup().count()")]         // limit() does not commute with dedup()
    [TestCase("g.V(1).repeat(outE()).times(2).emit().dedup().count()")]                 // edges, not vertices
    [TestCase("g.V(1).repeat(out()).emit(hasId(2)).times(2).dedup().count()")]          // conditional emit
    public void Shapes_that_observe_intermediate_traversers_keep_the_generic_repeat(string traversal)
    {
        using var graph = RandomGraph(new Random(3), vertices: 8, edges: 20);
        Assert.That(FinalPlan(graph, traversal), Does.Not.Contain("frontierBfs"));
    }

    [Test]
    public void Modern_graph_neighbourhood_matches_hand_computed_answer()
    {
        using var graph = TestGraphs.Modern();
        // marko -> lop, vadas, josh; josh -> ripple, lop.
        Assert.That(graph.Execute("g.V(1).repeat(out().dedup()).times(2).emit().dedup().values('name')"),
            Is.EqualTo(new object[] { "lop", "vadas", "josh", "ripple" }));
        Assert.That(graph.Execute("g.V(1).repeat(out()).times(2).dedup().values('name')"), Is.EquivalentTo(new object[] { "ripple", "lop" }));
    }

    [Test]
    public void A_non_vertex_start_fails_as_the_generic_step_does()
    {
        using var graph = RandomGraph(new Random(4), vertices: 4, edges: 6);
        const string Traversal = "g.inject(1).repeat(out()).times(2).emit().dedup().count()";
        Assert.That(FinalPlan(graph, Traversal), Does.Contain("frontierBfs"));
        var optimized = Assert.Throws<Gremlin.GremlinExecutionException>(() => graph.Execute(Traversal))!;
        var generic = Assert.Throws<Gremlin.GremlinExecutionException>(() => graph.Execute(WithoutStrategy(Traversal)))!;
        Assert.That(optimized.Message, Is.EqualTo(generic.Message));
    }

    /// <summary>Random graphs (self-loops, parallel edges, three labels) and random queries of every matched shape.</summary>
    [Test]
    public void Frontier_bfs_gives_exactly_the_generic_results_on_random_graphs()
    {
        var random = new Random(20261121);
        var checkedQueries = 0;
        for (var graphIndex = 0; graphIndex < 60; graphIndex++)
        {
            var vertices = random.Next(1, 30);
            using var graph = RandomGraph(random, vertices, random.Next(0, vertices * 4));
            for (var query = 0; query < 12; query++)
            {
                var traversal = RandomQuery(random, vertices);
                Assert.That(FinalPlan(graph, traversal), Does.Contain("frontierBfs"), traversal);
                var optimized = graph.Execute(traversal);
                var generic = graph.Execute(WithoutStrategy(traversal));
                Assert.That(optimized, Is.EqualTo(generic), $"graph {graphIndex}: {traversal}");
                checkedQueries++;
            }
        }
        Assert.That(checkedQueries, Is.EqualTo(720));
    }

    private static string RandomQuery(Random random, int vertices)
    {
        var text = new StringBuilder("g.V(");
        var starts = random.Next(0, 4);   // 0: every vertex
        var first = random.Next(vertices + 1);    // vertices itself is an id no vertex has
        for (var i = 0; i < starts; i++) text.Append(i == 0 ? "" : ", ").Append(i == 0 ? first : random.Next(vertices + 1));
        text.Append(')');
        string[] directions = ["out", "in", "both"];
        string[][] labelSets = [[], [], ["a"], ["b", "a"], ["zz"], ["c", "zz"]];
        var labels = string.Join(", ", labelSets[random.Next(labelSets.Length)].Select(l => $"'{l}'"));
        var body = $"{directions[random.Next(3)]}({labels})" + (random.Next(2) == 0 ? ".dedup()" : "");
        var times = random.Next(1, 5).ToString(CultureInfo.InvariantCulture);
        text.Append(random.Next(3) switch
        {
            0 => $".repeat({body}).times({times})",
            1 => $".repeat({body}).times({times}).emit()",
            _ => $".emit().repeat({body}).times({times})",
        });
        text.Append(random.Next(4) switch
        {
            0 => $".hasId(neq({first}))",
            1 => ".hasLabel('n')",
            2 => $".hasId(neq({first})).hasLabel(neq('m'))",
            _ => "",
        });
        text.Append(".dedup()");
        text.Append(random.Next(3) switch
        {
            0 => ".count()",
            1 => ".id()",
            _ => ".id().fold()",
        });
        return text.ToString();
    }

    private static GremlinGraph RandomGraph(Random random, int vertices, int edges) => RandomGraphs.Create(random, vertices, edges);
}
