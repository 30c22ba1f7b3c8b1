using GremlinQuad.Conformance.Tests.Notation;

namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary><c>the result should be ordered|unordered|of</c> + table.</summary>
public sealed record ResultTableAssertion(TableMatch Match, IReadOnlyList<NotationValue> Expected) : ScenarioAssertion;
