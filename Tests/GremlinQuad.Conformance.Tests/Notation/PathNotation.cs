namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>p[…]</c>: a path, compared by its objects only.</summary>
public sealed record PathNotation(IReadOnlyList<NotationValue> Items) : NotationValue;
