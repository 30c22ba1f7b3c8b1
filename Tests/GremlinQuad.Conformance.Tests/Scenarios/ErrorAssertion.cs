namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary><c>the traversal will raise an error</c>, optionally <c>with message containing text of "…"</c>.</summary>
public sealed record ErrorAssertion(string? MessageContains) : ScenarioAssertion;
