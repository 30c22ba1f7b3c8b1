namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>l[…]</c>.</summary>
public sealed record ListNotation(IReadOnlyList<NotationValue> Items) : NotationValue;
