namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary><c>c[…]</c>: a lambda, which gremlin-lang cannot express.</summary>
public sealed record LambdaNotation(string Text) : NotationValue;
