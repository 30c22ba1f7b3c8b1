namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary><c>the result should be empty</c>.</summary>
public sealed record EmptyResultAssertion : ScenarioAssertion;
