using GremlinQuad.Conformance.Tests.Execution;
using GremlinQuad.Conformance.Tests.Gherkin;
using GremlinQuad.Conformance.Tests.Scenarios;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Unit;

/// <summary>The runner's judging rules, on a scripted executor (no engine involved).</summary>
public sealed class ScenarioRunnerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Test]
    public void Unordered_results_pass_in_any_order_with_the_right_types()
    {
        var scenario = Scenario("When iterated to list", "Then the result should be unordered", "| result |", "| d[1].i |", "| d[2].i |");
        Assert.Multiple(() =>
        {
            Assert.That(Run(scenario, _ => [2, 1]).Verdict, Is.EqualTo(ScenarioVerdict.Passed));
            Assert.That(Run(scenario, _ => [2L, 1L]).Reason, Is.EqualTo("result mismatch: unordered results differ"));
            Assert.That(Run(scenario, _ => [1]).Reason, Is.EqualTo("result mismatch: expected 2, got 1"));
        });
    }

    [Test]
    public void Vertices_in_tables_are_resolved_by_name_through_the_executor()
    {
        var scenario = Scenario("When iterated to list", "Then the result should be ordered", "| result |", "| v[marko] |");
        var outcome = Run(scenario, text => text.StartsWith("g.V().has(\"name\"", StringComparison.Ordinal) ? [new Vertex(1, "person")] : [new Vertex(1)]);
        Assert.That(outcome.Verdict, Is.EqualTo(ScenarioVerdict.Passed), outcome.Details);
    }

    [Test]
    public void Iterated_next_unrolls_a_map_into_its_entries()
    {
        var scenario = Scenario("When iterated next", "Then the result should be unordered", "| result |", "| m[{\"a\":\"d[1].l\"}] |", "| m[{\"b\":\"d[2].l\"}] |");
        var map = new GremlinMap([new("a", 1L), new("b", 2L)]);
        var outcome = Run(scenario, _ => [map, "ignored second result"]);
        Assert.That(outcome.Verdict, Is.EqualTo(ScenarioVerdict.Passed), outcome.Details);
    }

    [Test]
    public void An_expected_error_must_be_a_gremlin_error_containing_the_text_in_any_case()
    {
        var scenario = Scenario("When iterated to list", "Then the traversal will raise an error with message containing text of \"Boom\"");
        Assert.Multiple(() =>
        {
            Assert.That(Run(scenario, _ => throw new GremlinExecutionException("it went boom here")).Verdict, Is.EqualTo(ScenarioVerdict.Passed));
            Assert.That(Run(scenario, _ => throw new GremlinExecutionException("other")).Reason, Does.StartWith("error message mismatch"));
            Assert.That(Run(scenario, _ => throw new InvalidOperationException("boom")).Reason, Does.StartWith("InvalidOperationException"));
            Assert.That(Run(scenario, _ => [1]).Reason, Does.StartWith("expected an error"));
        });
    }

    [Test]
    public void A_hanging_traversal_fails_with_a_timeout()
    {
        var scenario = Scenario("When iterated to list", "Then the result should be empty");
        var outcome = new ScenarioRunner(new ScriptedExecutor((_, token) =>
        {
            token.WaitHandle.WaitOne();
            token.ThrowIfCancellationRequested();
            return [];
        }), TimeSpan.FromMilliseconds(200)).Run(scenario);
        Assert.That(outcome.Reason, Does.StartWith("timeout"));
    }

    [Test]
    public void Graph_count_checks_append_count_to_the_check_traversal()
    {
        var scenario = Scenario("When iterated to list", "Then the result should be empty", "And the graph should return 2 for count of \"g.V()\"");
        var seen = new List<string>();
        var outcome = Run(scenario, text =>
        {
            seen.Add(text);
            return text == "g.V().count()" ? [2L] : [];
        });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Verdict, Is.EqualTo(ScenarioVerdict.Passed), outcome.Details);
            Assert.That(seen, Does.Contain("g.V().count()"));
        });
    }

    [Test]
    public void A_tree_outline_matches_a_tree_result_level_by_level()
    {
        var scenario = Scenario("When iterated next", "Then the result should be a tree with a structure of", "  \"\"\"", "  |--marko", "     |--josh", "        |--lop", "  \"\"\"");
        var tree = new Tree();
        tree.GetOrAdd("marko").GetOrAdd("josh").GetOrAdd("lop");
        var wrong = new Tree();
        wrong.GetOrAdd("marko").GetOrAdd("lop");
        Assert.Multiple(() =>
        {
            Assert.That(Run(scenario, _ => [tree]).Verdict, Is.EqualTo(ScenarioVerdict.Passed));
            Assert.That(Run(scenario, _ => [wrong]).Reason, Is.EqualTo("result mismatch: tree differs"));
        });
    }

    private static ConformanceScenario Scenario(params string[] thenLines)
    {
        var text = "Feature: F\n  Scenario: s\n    Given the modern graph\n    And the traversal of\n      \"\"\"\n      g.V()\n      \"\"\"\n"
            + string.Concat(thenLines.Select(l => "    " + l + "\n"));
        var scenario = ScenarioCompiler.Compile(FeatureReader.Parse("map/F.feature", text)).Single();
        Assert.That(scenario.CompileError, Is.Null);
        return scenario;
    }

    private static ScenarioOutcome Run(ConformanceScenario scenario, Func<string, IReadOnlyList<object?>> respond) =>
        new ScenarioRunner(new ScriptedExecutor((text, _) => respond(text)), Timeout).Run(scenario);

    private sealed class ScriptedExecutor(Func<string, CancellationToken, IReadOnlyList<object?>> respond) : IScenarioExecutor
    {
        public void PrepareGraph(string graphName)
        {
        }

        public IReadOnlyList<object?> Execute(
            string graphName,
            string traversalText,
            IReadOnlyDictionary<string, object?> bindings,
            IReadOnlyList<KeyValuePair<string, object?>> sideEffects,
            CancellationToken cancellationToken) => respond(traversalText, cancellationToken);
    }
}
