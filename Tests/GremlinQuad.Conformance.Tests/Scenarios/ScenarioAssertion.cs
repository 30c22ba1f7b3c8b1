namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>One <c>Then</c>/<c>And</c> check of a scenario, with its expected values already parsed.</summary>
public abstract record ScenarioAssertion;
