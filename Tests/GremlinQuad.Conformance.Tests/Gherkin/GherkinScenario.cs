namespace GremlinQuad.Conformance.Tests.Gherkin;

/// <summary>A <c>Scenario:</c> block as written: its own tags (feature tags are not merged in) and steps.</summary>
public sealed record GherkinScenario(string Name, int Line, IReadOnlyList<string> Tags, IReadOnlyList<GherkinStep> Steps);
