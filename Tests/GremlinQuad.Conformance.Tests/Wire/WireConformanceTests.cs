using GremlinQuad.Conformance.Tests.Execution;
using GremlinQuad.Conformance.Tests.Reporting;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Wire;

/// <summary>
/// The conformance suite over the wire: every scenario as gremlin-lang scripts sent by the official JavaScript
/// client (gremlin 3.8.2) to the real server, once per serializer, one NUnit test case per scenario. Known gaps:
/// the in-process KnownGaps.txt applies here too; KnownGaps.Wire.txt lists, per serializer, only scenarios
/// that pass in-process but fail over the wire, each with its reason, under the same discipline (a listed
/// scenario that passes fails the run; <c>GREMLINQUAD_UPDATE_KNOWN_GAPS=1</c> rewrites the file).
/// </summary>
[TestFixture(GraphBinary)]
[TestFixture(GraphSon3)]
[NonParallelizable]
public sealed class WireConformanceTests(string serializer)
{
    public const string GraphBinary = "graphbinary";
    public const string GraphSon3 = "graphson3";
    public const string WireGapsFileName = "KnownGaps.Wire.txt";

    private static readonly string[] Header =
    [
        "# Scenarios that pass in-process but fail over the wire through the official JavaScript client, one per line:",
        "#   serializer folder/File.feature: scenario | reason       (serializer: graphbinary or graphson3)",
        "# KnownGaps.txt (in-process) applies over the wire too and is not repeated here. A listed scenario still runs:",
        "# it is reported as ignored while it fails, and fails the run once it passes.",
        "# Regenerate with GREMLINQUAD_UPDATE_KNOWN_GAPS=1 dotnet test Tests/GremlinQuad.Conformance.Tests --filter FullyQualifiedName~Wire",
    ];

    private static readonly Lazy<ScenarioCatalog> Catalog = new(ScenarioCatalog.Load);
    private static readonly Lazy<KnownGaps> WireGaps = new(() => KnownGaps.Load(ConformanceTests.GapListPath(WireGapsFileName)));

    private ConformanceSummary Summary => SummaryBook.For(SuiteName);

    private string SuiteName => $"wire, JavaScript client, {(serializer == GraphBinary ? "GraphBinary" : "GraphSON 3")}";

    private string Mime => serializer == GraphBinary ? "application/vnd.graphbinary-v1.0" : "application/vnd.gremlin-v3.0+json";

    public static IEnumerable<TestCaseData> Scenarios() => ConformanceTests.Scenarios();

    [TestCaseSource(nameof(Scenarios))]
    public void Scenario(string id)
    {
        var catalog = Catalog.Value;
        if (catalog.KitFolder is null)
            Assert.Ignore(catalog.WhyMissing);

        var scenario = catalog.Scenarios[id];
        var kit = catalog.KitFolder!;
        var executor = new WireExecutor(() => WireRun.Client(kit, Mime), ConformanceTests.ScenarioTimeout);
        var outcome = new ScenarioRunner(executor, ConformanceTests.ScenarioTimeout).Run(scenario);

        // A wire entry is judged against the wire list; an in-process gap excuses a wire failure (but a
        // wire pass of an in-process gap is simply a pass: KnownGaps.txt is the in-process suite's to police).
        string? gapReason;
        string gapList;
        if (WireGaps.Value.Entries.TryGetValue(Key(serializer, id), out var wireReason))
            (gapReason, gapList) = (wireReason, WireGapsFileName);
        else if (outcome.Verdict == ScenarioVerdict.Failed && ConformanceTests.InProcessGaps.Entries.TryGetValue(id, out var inProcessReason))
            (gapReason, gapList) = (inProcessReason, "KnownGaps.txt");
        else
            (gapReason, gapList) = (null, WireGapsFileName);
        ScenarioReport.Report(Summary, id, scenario, outcome, gapReason, gapList, ConformanceTests.UpdateMode);
    }

    [Test]
    public void Wire_known_gaps_list_existing_scenarios_that_are_not_in_process_gaps()
    {
        var catalog = Catalog.Value;
        if (catalog.KitFolder is null)
            Assert.Ignore(catalog.WhyMissing);
        var prefix = serializer + " ";
        var mine = WireGaps.Value.Entries.Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)).Select(key => key[prefix.Length..]).ToList();
        var stale = mine.Where(id => !catalog.Scenarios.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        var doubled = mine.Where(ConformanceTests.InProcessGaps.Entries.ContainsKey).Order(StringComparer.Ordinal).ToList();
        var unknownSerializer = WireGaps.Value.Entries.Keys
            .Where(key => !key.StartsWith(GraphBinary + " ", StringComparison.Ordinal) && !key.StartsWith(GraphSon3 + " ", StringComparison.Ordinal))
            .ToList();
        if (ConformanceTests.UpdateMode && (stale.Count + doubled.Count + unknownSerializer.Count + WireGaps.Value.Problems.Count) > 0)
            Assert.Ignore($"{WireGapsFileName} is about to be rewritten: its stale, doubled and malformed lines will be dropped.");

        Assert.Multiple(() =>
        {
            Assert.That(WireGaps.Value.Problems, Is.Empty, $"{WireGapsFileName} has malformed lines");
            Assert.That(unknownSerializer, Is.Empty, $"{WireGapsFileName} lines must start with '{GraphBinary} ' or '{GraphSon3} '");
            Assert.That(stale, Is.Empty, $"{WireGapsFileName} lists scenarios that do not exist (renamed or removed): delete those lines");
            Assert.That(doubled, Is.Empty, $"{WireGapsFileName} repeats in-process gaps (KnownGaps.txt already covers the wire): delete those lines");
        });
    }

    [OneTimeTearDown]
    public void WriteSummary()
    {
        var summary = Summary;
        if (summary.Count == 0)
            return;
        TestContext.Progress.WriteLine();
        TestContext.Progress.WriteLine(summary.Render());
        TestContext.Progress.WriteLine(SummaryBook.TotalsLine(SuiteName, summary));
        if (ConformanceTests.UpdateMode)
            RewriteWireGaps(summary);
    }

    private static string Key(string serializer, string id) => $"{serializer} {id}";

    /// <summary>
    /// Maintainer mode: this serializer's entries become its wire failures that are not in-process gaps; the
    /// other serializer's entries, and this one's for scenarios that did not run, are kept (read from the file
    /// as it is now, since the other fixture may have rewritten it already).
    /// </summary>
    private void RewriteWireGaps(ConformanceSummary summary)
    {
        var path = ConformanceTests.GapListPath(WireGapsFileName);
        var catalog = Catalog.Value;
        var prefix = serializer + " ";
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, reason) in KnownGaps.Load(path).Entries)
        {
            var mine = key.StartsWith(prefix, StringComparison.Ordinal);
            if (!mine || (catalog.Scenarios.ContainsKey(key[prefix.Length..]) && !summary.Contains(key[prefix.Length..])))
                entries[key] = reason;
        }

        foreach (var (id, reason) in summary.Failures())
        {
            if (!ConformanceTests.InProcessGaps.Entries.ContainsKey(id))
                entries[Key(serializer, id)] = reason;
        }

        File.WriteAllText(path, KnownGaps.Format(entries, Header));
        TestContext.Progress.WriteLine($"{WireGapsFileName} rewritten with {entries.Count} entries: {path}");
    }
}
