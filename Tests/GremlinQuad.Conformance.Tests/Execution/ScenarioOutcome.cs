namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>
/// What happened when a scenario ran. <see cref="Reason"/> is one line, stable across runs (no ids of
/// generated elements, no timings) so it can live in KnownGaps.txt; <see cref="Details"/> is the full story.
/// </summary>
public sealed record ScenarioOutcome(ScenarioVerdict Verdict, string Reason, string Details)
{
    public static ScenarioOutcome Pass { get; } = new(ScenarioVerdict.Passed, string.Empty, string.Empty);

    public static ScenarioOutcome Fail(string reason, string? details = null) =>
        new(ScenarioVerdict.Failed, reason, details ?? reason);

    public static ScenarioOutcome Skip(string reason) => new(ScenarioVerdict.Skipped, reason, reason);
}
