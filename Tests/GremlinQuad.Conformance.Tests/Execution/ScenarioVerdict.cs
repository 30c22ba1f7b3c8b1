namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>The verdict on one scenario.</summary>
public enum ScenarioVerdict
{
    Passed,
    Failed,
    Skipped,
}
