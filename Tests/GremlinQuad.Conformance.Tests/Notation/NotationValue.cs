namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary>
/// A value written in the kit's notation (FEATURES-GUIDE.md §5), before element references are resolved
/// against a graph. Plain values (strings, typed numbers, booleans, null, date-times, UUIDs) are already
/// .NET values in <see cref="LiteralNotation"/>; the other forms need a graph or the executor's value types.
/// </summary>
public abstract record NotationValue;

/// <summary>A value that needs no graph: string, typed number, bool, null, <see cref="DateTimeOffset"/>, <see cref="Guid"/>.</summary>
public sealed record LiteralNotation(object? Value) : NotationValue;

/// <summary><c>v[name]</c>, <c>v[name].id</c>, <c>v[name].sid</c>.</summary>
public sealed record VertexNotation(string Name, ElementForm Form) : NotationValue;

/// <summary><c>e[out-label-&gt;in]</c> with an optional <c>.id</c> / <c>.sid</c>.</summary>
public sealed record EdgeNotation(string OutName, string Label, string InName, ElementForm Form) : NotationValue;

/// <summary><c>vp[vertex-key-&gt;value]</c>: the vertex property of the named vertex with that key and value.</summary>
public sealed record VertexPropertyNotation(string VertexName, string Key, NotationValue Value) : NotationValue;

/// <summary><c>l[…]</c>.</summary>
public sealed record ListNotation(IReadOnlyList<NotationValue> Items) : NotationValue;

/// <summary><c>s[…]</c>.</summary>
public sealed record SetNotation(IReadOnlyList<NotationValue> Items) : NotationValue;

/// <summary><c>p[…]</c>: a path, compared by its objects only.</summary>
public sealed record PathNotation(IReadOnlyList<NotationValue> Items) : NotationValue;

/// <summary><c>m[{json}]</c>, entries in the order written.</summary>
public sealed record MapNotation(IReadOnlyList<KeyValuePair<NotationValue, NotationValue>> Entries) : NotationValue;

/// <summary><c>t[…]</c>, <c>D[…]</c>, <c>M[…]</c>: an enum token, <see cref="Name"/> as Gremlin spells it.</summary>
public sealed record TokenNotation(TokenKind Kind, string Name) : NotationValue;

/// <summary><c>c[…]</c>: a lambda, which gremlin-lang cannot express.</summary>
public sealed record LambdaNotation(string Text) : NotationValue;
