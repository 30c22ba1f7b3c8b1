namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary>
/// A value written in the kit's notation (FEATURES-GUIDE.md §5), before element references are resolved
/// against a graph. Plain values (strings, typed numbers, booleans, null, date-times, UUIDs) are already
/// .NET values in <see cref="LiteralNotation"/>; the other forms need a graph or the executor's value types.
/// </summary>
public abstract record NotationValue;
