namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary>A value that needs no graph: string, typed number, bool, null, <see cref="DateTimeOffset"/>, <see cref="Guid"/>.</summary>
public sealed record LiteralNotation(object? Value) : NotationValue;
