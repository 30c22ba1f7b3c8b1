using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Gremlin;

/// <summary>A named parameter value, as bytecode clients send for <c>Bindings.of('x', 1)</c>.</summary>
public sealed record Binding(string Key, object? Value)
{
    public bool Equals(Binding? other) =>
        other is not null && Key == other.Key && GremlinEquality.Equivalence.Equals(Value, other.Value);

    public override int GetHashCode() => HashCode.Combine(Key, GremlinEquality.Equivalence.GetHashCode(Value));
}
