namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary><c>the graph should return N for count of "traversal"</c>: a second, read-only traversal.</summary>
public sealed record GraphCountAssertion(long Count, string Traversal) : ScenarioAssertion;
