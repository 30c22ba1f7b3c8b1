using System.Text.RegularExpressions;

namespace GremlinQuad.Traversal.Tests.Strategies;

/// <summary>
/// explain and profile reports: the access pattern and index each step reads, with and without the
/// OSGP index, for every access pattern a Gremlin step produces; and profile's measured counts.
/// </summary>
public sealed partial class ExplainProfileTests
{
    private static GremlinGraph _modern = null!;
    private static GremlinGraph _modernWithObjectIndex = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _modern = TestGraphs.Modern();
        _modernWithObjectIndex = TestGraphs.Modern(objectIndex: true);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _modern?.Dispose();
        _modernWithObjectIndex?.Dispose();
    }

    /// <summary>The indented lines under step <paramref name="step"/> (1-based) of the "Access Patterns" section.</summary>
    private static List<string> Access(string report, int step)
    {
        var lines = report.Split('\n');
        var start = Array.IndexOf(lines, "Access Patterns") + 2;
        var header = Array.FindIndex(lines, start, line => line.StartsWith($"{step}. ", StringComparison.Ordinal));
        Assert.That(header, Is.GreaterThan(0), report);
        return [.. lines.Skip(header + 1).TakeWhile(line => line.StartsWith("     ", StringComparison.Ordinal)).Select(line => line.Trim())];
    }

    // Every access pattern a Gremlin step reads (the union scan covers the 2 predicates with vertex objects: the edge labels). ????, SPO?, ?P??, S?O?, SP?G, S??G, S?OG, ??OG and SPOG are
    // never asked by a step (the store's choice for them is covered by IndexChoiceTests in the storage tests).
    [TestCase("g.V()", 1, "?P?G", "GPSO prefix 2", "GPSO prefix 2")]
    [TestCase("g.V(1)", 1, "SP??", "SPOG prefix 2", "SPOG prefix 2")]
    [TestCase("g.V(1).out()", 2, "S???", "SPOG prefix 1", "SPOG prefix 1")]
    [TestCase("g.V(1).out('knows')", 2, "SP??", "SPOG prefix 2", "SPOG prefix 2")]
    [TestCase("g.V(1).values('name')", 2, "SP??", "SPOG prefix 2", "SPOG prefix 2")]
    [TestCase("g.V(1).properties()", 2, "S???", "SPOG prefix 1", "SPOG prefix 1")]
    [TestCase("g.V(2).in('knows')", 2, "?PO?", "POGS prefix 2", "POGS prefix 2")]
    [TestCase("g.V().has('name', 'marko')", 1, "?PO?", "POGS prefix 2", "POGS prefix 2")]
    [TestCase("g.V().hasLabel('person')", 1, "?POG", "POGS prefix 3", "POGS prefix 3")]
    [TestCase("g.V(2).in()", 2, "??O?", "union scan over POGS (2 predicate range scans)", "OSGP prefix 1")]
    [TestCase("g.V(2).inE()", 2, "??O?", "union scan over POGS (2 predicate range scans)", "OSGP prefix 1")]
    [TestCase("g.E(7)", 1, "???G", "GPSO prefix 1", "GPSO prefix 1")]
    // Every edge is a range over the Link kind in G; the store answers an unbound pattern with a range from SPOG.
    [TestCase("g.E()", 1, "????", "SPOG prefix 0, filtered", "SPOG prefix 0, filtered")]
    public void Explain_names_the_index_of_each_access_pattern_with_and_without_osgp(string traversal, int step, string shape, string withoutOsgp, string withOsgp)
    {
        Assert.That(Access(_modern.Explain(traversal), step), Has.Some.StartsWith(shape + " (").And.Some.EndsWith(": " + withoutOsgp));
        Assert.That(Access(_modernWithObjectIndex.Explain(traversal), step), Has.Some.StartsWith(shape + " (").And.Some.EndsWith(": " + withOsgp));
    }

    [Test]
    public void Both_reads_out_by_subject_and_in_by_object()
    {
        Assert.That(Access(_modern.Explain("g.V(1).both()"), 2), Is.EqualTo(new[]
        {
            "S??? (out-vertex): SPOG prefix 1",
            "??O? (in-vertex): union scan over POGS (2 predicate range scans)",
        }));
    }

    [Test]
    public void Explain_has_neptune_sections_and_warns_about_the_union_scan_only_without_osgp()
    {
        var report = _modern.Explain("g.V(2).in()");
        Assert.That(report.Split('\n'), Does.Contain("Query String").And.Contain("Original Traversal").And.Contain("Optimized Traversal")
            .And.Contain("Strategies").And.Contain("Access Patterns").And.Contain("Predicates").And.Contain("# of predicates: 7"));
        Assert.That(report, Does.Contain("WARNING: in() reads by object alone (??O?) without the OSGP index"));
        Assert.That(_modernWithObjectIndex.Explain("g.V(2).in()"), Does.Not.Contain("WARNING"));
    }

    [Test]
    public void Explain_step_in_a_script_gives_the_same_report_without_running_it()
    {
        using var graph = TestGraphs.Modern();
        var report = (string)graph.Execute("g.V(2).in().explain()").Single()!;
        Assert.That(Access(report, 2), Is.EqualTo(Access(graph.Explain("g.V(2).in()"), 2)));
        graph.Execute("g.addV('x').explain()");
        Assert.That(graph.Execute("g.V().hasLabel('x').count()"), Is.EqualTo(new object[] { 0L }), "explain does not run the traversal");
    }

    [Test]
    public void Profile_counts_traversers_and_index_range_scans_per_step()
    {
        var report = _modern.Profile("g.V().out('knows').values('name')");
        Assert.That(MetricsRow(report, "V()"), Is.EqualTo((6L, 6L, 1L)), "one GPSO range scan finds the 6 vertices");
        Assert.That(MetricsRow(report, "out('knows')"), Is.EqualTo((2L, 2L, 6L)), "one SPOG (S, P) scan per vertex");
        Assert.That(MetricsRow(report, "values('name')"), Is.EqualTo((2L, 2L, 2L)));
        Assert.That(report, Does.Contain("Count: 2").And.Contain("Output: [josh, vadas]").Or.Contain("Output: [vadas, josh]"));
    }

    [Test]
    public void Profile_measures_the_union_scan_as_one_range_scan_per_edge_predicate_and_osgp_as_one()
    {
        Assert.That(MetricsRow(_modern.Profile("g.V(2).in()"), "in()").RangeScans, Is.EqualTo(2));
        Assert.That(MetricsRow(_modernWithObjectIndex.Profile("g.V(2).in()"), "in()").RangeScans, Is.EqualTo(1));
    }

    [Test]
    public void Profile_step_counts_bulk_as_traversers()
    {
        var report = (string)_modern.Execute("g.V().out().out().values('name').profile()").Single()!;
        var row = MetricsRow(report, "out()");
        Assert.That(report, Does.Contain("Traversal Metrics").And.Contain("Range scans").And.Contain("Count: 2"));
        Assert.That(row.Traversers, Is.GreaterThanOrEqualTo(row.Elements));
        Assert.That(_modern.Profile("g.V().count()", options: new ProfileOptions { IncludeResults = false }), Does.Not.Contain("Output:"));
    }

    [Test]
    public void Explain_and_profile_take_one_traversal()
    {
        Assert.That(() => _modern.Explain("g.V().count(); g.E().count()"), Throws.TypeOf<Gremlin.GremlinRequestException>().With.Message.Contains("exactly one traversal"));
    }

    /// <summary>Count (traversers), elements and range scans of the first metrics row for <paramref name="step"/>.</summary>
    private static (long Traversers, long Elements, long RangeScans) MetricsRow(string report, string step)
    {
        var line = report.Split('\n').SkipWhile(l => l != "Traversal Metrics").First(l => l.StartsWith(step + " ", StringComparison.Ordinal));
        var numbers = Number().Matches(line[step.Length..]).Select(m => m.Value).ToArray();
        return (long.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture), long.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(numbers[4], System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"[0-9]+(\.[0-9]+)?")]
    private static partial Regex Number();
}
