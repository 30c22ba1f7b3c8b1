namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>t[…]</c>, <c>D[…]</c>, <c>M[…]</c>: an enum token, <see cref="Name"/> as Gremlin spells it.</summary>
public sealed record TokenNotation(TokenKind Kind, string Name) : NotationValue;
