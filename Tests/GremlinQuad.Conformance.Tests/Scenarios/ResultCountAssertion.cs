namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary><c>the result should have a count of N</c>.</summary>
public sealed record ResultCountAssertion(long Count) : ScenarioAssertion;
