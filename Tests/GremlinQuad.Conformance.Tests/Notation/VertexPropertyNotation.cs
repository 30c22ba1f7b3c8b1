namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>vp[vertex-key-&gt;value]</c>: the vertex property of the named vertex with that key and value.</summary>
public sealed record VertexPropertyNotation(string VertexName, string Key, NotationValue Value) : NotationValue;
