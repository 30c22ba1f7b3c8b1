namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>e[out-label-&gt;in]</c> with an optional <c>.id</c> / <c>.sid</c>.</summary>
public sealed record EdgeNotation(string OutName, string Label, string InName, ElementForm Form) : NotationValue;
