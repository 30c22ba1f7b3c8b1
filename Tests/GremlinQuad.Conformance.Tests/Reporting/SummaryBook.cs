using System.Globalization;
using System.Text;

namespace GremlinQuad.Conformance.Tests.Reporting;

/// <summary>
/// The summaries of one test run, one per suite (in-process, and over the wire per serializer), rendered
/// together into <c>TestResults/conformance-summary.md</c> when the run ends.
/// </summary>
public static class SummaryBook
{
    private static readonly List<(string Suite, ConformanceSummary Summary)> Suites = [];

    /// <summary>The summary of <paramref name="suite"/>, created on first use; suites keep that order.</summary>
    public static ConformanceSummary For(string suite)
    {
        lock (Suites)
        {
            foreach (var (name, summary) in Suites)
            {
                if (name == suite)
                    return summary;
            }

            var created = new ConformanceSummary();
            Suites.Add((suite, created));
            return created;
        }
    }

    /// <summary>One line per suite that ran: passed / runnable and the rate.</summary>
    public static string TotalsLine(string suite, ConformanceSummary summary)
    {
        var (passed, runnable) = summary.Totals();
        return $"{suite}: {passed}/{runnable} runnable scenarios pass ({Rate(passed, runnable)})";
    }

    /// <summary>Writes the markdown for every suite that recorded anything; returns its path, or null when none did.</summary>
    public static string? Write()
    {
        List<(string Suite, ConformanceSummary Summary)> ran;
        lock (Suites)
            ran = [.. Suites.Where(s => s.Summary.Count > 0)];
        if (ran.Count == 0)
            return null;

        var text = new StringBuilder("# TinkerPop conformance\n\n| suite | passed | runnable | pass rate |\n|---|---:|---:|---:|\n");
        foreach (var (suite, summary) in ran)
        {
            var (passed, runnable) = summary.Totals();
            text.Append(CultureInfo.InvariantCulture, $"| {suite} | {passed} | {runnable} | {Rate(passed, runnable)} |\n");
        }

        foreach (var (suite, summary) in ran)
            text.Append(CultureInfo.InvariantCulture, $"\n## {suite}\n\n{summary.Render()}");

        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "conformance-summary.md");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Rate(int passed, int runnable) =>
        runnable == 0 ? "n/a" : (100.0 * passed / runnable).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
