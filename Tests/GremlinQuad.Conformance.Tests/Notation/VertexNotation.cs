namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>v[name]</c>, <c>v[name].id</c>, <c>v[name].sid</c>.</summary>
public sealed record VertexNotation(string Name, ElementForm Form) : NotationValue;
