using GremlinQuad.Conformance.Tests.Notation;

namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary><c>the result should be a subgraph with the following</c> + a table headed <c>vertices</c> or <c>edges</c>.</summary>
public sealed record SubgraphAssertion(SubgraphPart Part, IReadOnlyList<NotationValue> Expected) : ScenarioAssertion;
