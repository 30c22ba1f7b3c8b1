namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>Which part of a subgraph result a <see cref="SubgraphAssertion"/> lists.</summary>
public enum SubgraphPart
{
    Vertices,
    Edges,
}
