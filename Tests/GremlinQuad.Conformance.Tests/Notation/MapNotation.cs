namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>m[{json}]</c>, entries in the order written.</summary>
public sealed record MapNotation(IReadOnlyList<KeyValuePair<NotationValue, NotationValue>> Entries) : NotationValue;
