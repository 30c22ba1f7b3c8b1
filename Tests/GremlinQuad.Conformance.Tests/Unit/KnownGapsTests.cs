using GremlinQuad.Conformance.Tests.Reporting;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Unit;

public sealed class KnownGapsTests
{
    [Test]
    public void Lines_split_at_the_first_separator_and_comments_are_skipped()
    {
        var gaps = KnownGaps.Parse("# comment\n\nmap/Order.feature: g_V_order | result mismatch: expected 3, got 2 | really\n");
        Assert.Multiple(() =>
        {
            Assert.That(gaps.Problems, Is.Empty);
            Assert.That(gaps.Entries["map/Order.feature: g_V_order"], Is.EqualTo("result mismatch: expected 3, got 2 | really"));
        });
    }

    [Test]
    public void Malformed_and_duplicate_lines_are_reported_with_their_line_numbers()
    {
        var gaps = KnownGaps.Parse("no separator here\na/B.feature: x | r\na/B.feature: x | r2\n");
        Assert.That(gaps.Problems, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(gaps.Problems[0], Does.StartWith("line 1:"));
            Assert.That(gaps.Problems[1], Does.StartWith("line 3:").And.Contain("twice"));
        });
    }

    [Test]
    public void Format_sorts_entries_and_round_trips()
    {
        var text = KnownGaps.Format([new("b/B.feature: y", "two\nlines"), new("a/A.feature: x", "one")]);
        var reread = KnownGaps.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(reread.Entries.Keys, Is.EqualTo(new[] { "a/A.feature: x", "b/B.feature: y" }));
            Assert.That(reread.Entries["b/B.feature: y"], Is.EqualTo("two lines"));
            Assert.That(text.IndexOf("a/A.feature", StringComparison.Ordinal), Is.LessThan(text.IndexOf("b/B.feature", StringComparison.Ordinal)));
        });
    }

    [Test]
    public void Summary_counts_pass_rate_over_runnable_scenarios_only()
    {
        var summary = new ConformanceSummary();
        summary.Record("map/A.feature: 1", "map", ReportedAs.Passed, string.Empty);
        summary.Record("map/A.feature: 2", "map", ReportedAs.KnownGap, "result mismatch: expected 3, got 2");
        summary.Record("map/A.feature: 3", "map", ReportedAs.Skipped, "tagged");
        summary.Record("map/A.feature: 4", "map", ReportedAs.Passed, string.Empty);
        var table = summary.Render();
        Assert.Multiple(() =>
        {
            Assert.That(table, Does.Contain("| map | 2 | 1 | 0 | 1 | 66.7% |"));
            Assert.That(table, Does.Contain("| 1 | result mismatch: expected N, got N |"));
        });
    }
}
