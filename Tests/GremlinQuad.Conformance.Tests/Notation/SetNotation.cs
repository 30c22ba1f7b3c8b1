namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>s[…]</c>.</summary>
public sealed record SetNotation(IReadOnlyList<NotationValue> Items) : NotationValue;
