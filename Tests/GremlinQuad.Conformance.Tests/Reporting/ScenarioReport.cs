using GremlinQuad.Conformance.Tests.Execution;
using GremlinQuad.Conformance.Tests.Scenarios;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Reporting;

/// <summary>
/// Turns one scenario's outcome into its NUnit result and its summary line, with the known-gaps discipline:
/// a listed scenario is ignored while it fails and fails the run once it passes (except in update mode, where
/// the list is about to be rewritten).
/// </summary>
public static class ScenarioReport
{
    /// <param name="summary">Where the outcome is recorded.</param>
    /// <param name="id">The scenario's id as the gap list names it.</param>
    /// <param name="scenario">The scenario that ran.</param>
    /// <param name="outcome">What the runner concluded.</param>
    /// <param name="gapReason">The reason the gap list gives, or null when the scenario is not listed.</param>
    /// <param name="gapList">The file that lists it, for the messages.</param>
    /// <param name="updateMode">Maintainer mode: passing listed scenarios are not failures.</param>
    public static void Report(
        ConformanceSummary summary,
        string id,
        ConformanceScenario scenario,
        ScenarioOutcome outcome,
        string? gapReason,
        string gapList,
        bool updateMode)
    {
        var listed = gapReason is not null;
        switch (outcome.Verdict)
        {
            case ScenarioVerdict.Skipped:
                summary.Record(id, scenario.Folder, ReportedAs.Skipped, outcome.Reason);
                Assert.Ignore(outcome.Reason);
                break;
            case ScenarioVerdict.Passed when listed && !updateMode:
                summary.Record(id, scenario.Folder, ReportedAs.Failed, $"now passes: remove it from {gapList}");
                Assert.Fail($"now passes: remove it from {gapList} (it was listed as: {gapReason})");
                break;
            case ScenarioVerdict.Passed:
                summary.Record(id, scenario.Folder, ReportedAs.Passed, string.Empty);
                break;
            case ScenarioVerdict.Failed when listed:
                summary.Record(id, scenario.Folder, ReportedAs.KnownGap, outcome.Reason);
                Assert.Ignore($"known gap ({gapList}): {gapReason}\ncurrent failure: {outcome.Details}");
                break;
            default:
                summary.Record(id, scenario.Folder, ReportedAs.Failed, outcome.Reason);
                Assert.Fail(outcome.Details.StartsWith(outcome.Reason, StringComparison.Ordinal) ? outcome.Details : $"{outcome.Reason}\n{outcome.Details}");
                break;
        }
    }
}
