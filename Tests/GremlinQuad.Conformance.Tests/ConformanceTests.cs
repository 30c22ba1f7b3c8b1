using GremlinQuad.Conformance.Tests.Execution;
using GremlinQuad.Conformance.Tests.Reporting;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests;

/// <summary>
/// TinkerPop's Gherkin conformance suite, one NUnit test case per scenario named
/// <c>folder/File.feature: scenario</c>, run in-process on <see cref="InProcessExecutor"/>. Scenarios listed in
/// KnownGaps.txt are reported as ignored while they fail and fail the run once they pass. At the end a
/// per-folder summary is printed; <see cref="ConformanceRun"/> writes all suites' summaries to
/// <c>TestResults/conformance-summary.md</c> in the output folder.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ConformanceTests
{
    /// <summary>Set to 1 to rewrite KnownGaps.txt from this run's failures (maintainer mode).</summary>
    public const string UpdateKnownGapsVariable = "GREMLINQUAD_UPDATE_KNOWN_GAPS";

    /// <summary>Optional override of the per-scenario time limit, in seconds.</summary>
    public const string TimeoutVariable = "GREMLINQUAD_SCENARIO_TIMEOUT";

    private const string KitMissingCase = "TinkerPop feature files are present";
    private const string KnownGapsFileName = "KnownGaps.txt";

    private static readonly Lazy<ScenarioCatalog> Catalog = new(ScenarioCatalog.Load);
    private static readonly Lazy<InProcessExecutor> Executor = new(() => new InProcessExecutor(Catalog.Value.KitFolder!));
    private static readonly Lazy<KnownGaps> Gaps = new(() => KnownGaps.Load(KnownGapsPath));
    private static readonly ConformanceSummary Summary = SummaryBook.For(SuiteName);

    /// <summary>The suite's name in the summary.</summary>
    public const string SuiteName = "in-process";

    /// <summary>The in-process gap list; its entries apply over the wire too.</summary>
    public static KnownGaps InProcessGaps => Gaps.Value;

    internal static bool UpdateMode => Environment.GetEnvironmentVariable(UpdateKnownGapsVariable) == "1";

    private static string KnownGapsPath => GapListPath(KnownGapsFileName);

    internal static TimeSpan ScenarioTimeout =>
        int.TryParse(Environment.GetEnvironmentVariable(TimeoutVariable), out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(30);

    public static IEnumerable<TestCaseData> Scenarios()
    {
        var catalog = Catalog.Value;
        if (catalog.KitFolder is null)
        {
            yield return new TestCaseData(KitMissingCase).SetName(KitMissingCase);
            yield break;
        }

        foreach (var id in catalog.Scenarios.Keys)
            yield return new TestCaseData(id).SetName(id);
    }

    [TestCaseSource(nameof(Scenarios))]
    public void Scenario(string id)
    {
        var catalog = Catalog.Value;
        if (catalog.KitFolder is null)
            Assert.Ignore(catalog.WhyMissing);

        var scenario = catalog.Scenarios[id];
        var outcome = new ScenarioRunner(Executor.Value, ScenarioTimeout).Run(scenario);
        var gapReason = Gaps.Value.Entries.TryGetValue(id, out var reason) ? reason : null;
        ScenarioReport.Report(Summary, id, scenario, outcome, gapReason, KnownGapsFileName, UpdateMode);
    }

    [Test]
    public void Known_gaps_list_only_scenarios_that_exist()
    {
        var catalog = Catalog.Value;
        if (catalog.KitFolder is null)
            Assert.Ignore(catalog.WhyMissing);
        var stale = Gaps.Value.Entries.Keys.Where(id => !catalog.Scenarios.ContainsKey(id)).OrderBy(id => id, StringComparer.Ordinal).ToList();
        if (UpdateMode && (stale.Count > 0 || Gaps.Value.Problems.Count > 0))
            Assert.Ignore($"{stale.Count} stale and {Gaps.Value.Problems.Count} malformed lines will be dropped when {KnownGapsFileName} is rewritten.");

        Assert.That(Gaps.Value.Problems, Is.Empty, $"{KnownGapsFileName} has malformed lines");
        Assert.That(stale, Is.Empty, $"{KnownGapsFileName} lists scenarios that do not exist (renamed or removed): delete those lines");
    }

    /// <summary>The source copy when running inside the repository (so maintainer mode edits it), else the output copy.</summary>
    internal static string GapListPath(string fileName) =>
        TinkerPopKit.ProjectSourceFolder is { } source && Directory.Exists(source)
            ? Path.Combine(source, fileName)
            : Path.Combine(AppContext.BaseDirectory, fileName);

    [OneTimeTearDown]
    public void WriteSummary()
    {
        if (Summary.Count == 0)
            return;

        TestContext.Progress.WriteLine();
        TestContext.Progress.WriteLine(Summary.Render());
        TestContext.Progress.WriteLine(SummaryBook.TotalsLine(SuiteName, Summary));

        if (UpdateMode)
            RewriteKnownGaps();
    }

    /// <summary>
    /// Maintainer mode: the new list is this run's failures plus the old entries of scenarios that did not
    /// run this time (a filtered run must not forget them); passing and vanished scenarios drop out.
    /// </summary>
    private static void RewriteKnownGaps()
    {
        var catalog = Catalog.Value;
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, reason) in Gaps.Value.Entries)
        {
            if (catalog.Scenarios.ContainsKey(id) && !Summary.Contains(id))
                entries[id] = reason;
        }

        foreach (var (id, reason) in Summary.Failures())
            entries[id] = reason;
        File.WriteAllText(KnownGapsPath, KnownGaps.Format(entries));
        TestContext.Progress.WriteLine($"{KnownGapsFileName} rewritten with {entries.Count} entries: {KnownGapsPath}");
    }
}
