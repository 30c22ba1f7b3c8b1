using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace GremlinQuad.Conformance.Tests.Reporting;

/// <summary>
/// Collects the reported outcome of every scenario of a run and renders the per-folder table
/// (passed / known gap / failed / skipped, and the pass rate over runnable scenarios) and the most
/// frequent failure reasons.
/// </summary>
public sealed class ConformanceSummary
{
    private readonly ConcurrentDictionary<string, (string Folder, ReportedAs As, string Reason)> _outcomes = new(StringComparer.Ordinal);

    public int Count => _outcomes.Count;

    public void Record(string scenarioId, string folder, ReportedAs reportedAs, string reason) =>
        _outcomes[scenarioId] = (folder, reportedAs, reason);

    /// <summary>Scenario ids that ran to a verdict of failure (known gap or not), with the failure reason.</summary>
    public IEnumerable<KeyValuePair<string, string>> Failures() =>
        _outcomes.Where(o => o.Value.As is ReportedAs.Failed or ReportedAs.KnownGap)
            .Select(o => new KeyValuePair<string, string>(o.Key, o.Value.Reason));

    public bool Contains(string scenarioId) => _outcomes.ContainsKey(scenarioId);

    /// <summary>Scenarios that passed, and runnable ones (passed, known gap or failed: everything not skipped).</summary>
    public (int Passed, int Runnable) Totals()
    {
        var passed = _outcomes.Values.Count(o => o.As == ReportedAs.Passed);
        var runnable = _outcomes.Values.Count(o => o.As != ReportedAs.Skipped);
        return (passed, runnable);
    }

    public string Render(int topReasons = 25)
    {
        var text = new StringBuilder();
        text.Append("| folder | passed | known gap | failed | skipped | pass rate (runnable) |\n");
        text.Append("|---|---:|---:|---:|---:|---:|\n");
        var groups = _outcomes.Values.GroupBy(o => o.Folder).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var group in groups)
            AppendRow(text, group.Key.Length == 0 ? "(root)" : group.Key, [.. group.Select(o => o.As)]);
        AppendRow(text, "**total**", [.. _outcomes.Values.Select(o => o.As)]);

        var reasons = _outcomes.Values
            .Where(o => o.As is ReportedAs.Failed or ReportedAs.KnownGap)
            .GroupBy(o => Generalize(o.Reason))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(topReasons)
            .ToList();
        if (reasons.Count > 0)
        {
            text.Append("\nMost frequent failure reasons (known gaps included):\n\n| count | reason |\n|---:|---|\n");
            foreach (var reason in reasons)
                text.Append(CultureInfo.InvariantCulture, $"| {reason.Count()} | {reason.Key.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Groups reasons that differ only in numbers (e.g. "expected 3, got 5"), so the table shows what kind
    /// of problem is frequent rather than one line per scenario. Names (of steps, tokens) are kept: they
    /// are what tells an engine engineer where to look.
    /// </summary>
    public static string Generalize(string reason)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(reason, @"\b\d+(\.\d+)?\b", "N");
        return text.Length <= 140 ? text : text[..137] + "...";
    }

    private static void AppendRow(StringBuilder text, string folder, List<ReportedAs> outcomes)
    {
        var passed = outcomes.Count(o => o == ReportedAs.Passed);
        var gaps = outcomes.Count(o => o == ReportedAs.KnownGap);
        var failed = outcomes.Count(o => o == ReportedAs.Failed);
        var skipped = outcomes.Count(o => o == ReportedAs.Skipped);
        var runnable = passed + gaps + failed;
        var rate = runnable == 0 ? "n/a" : (100.0 * passed / runnable).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        text.Append(CultureInfo.InvariantCulture, $"| {folder} | {passed} | {gaps} | {failed} | {skipped} | {rate} |\n");
    }
}
