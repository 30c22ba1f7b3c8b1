using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Gremlin;

/// <summary>
/// A value tagged with a cardinality, as in <c>mergeV(...).option(onMatch, [name: Cardinality.list('x')])</c>
/// (gremlin-lang <c>list('x')</c> / <c>Cardinality.set(...)</c> as a value).
/// </summary>
public sealed record CardinalityValue(Cardinality Cardinality, object? Value)
{
    public bool Equals(CardinalityValue? other) =>
        other is not null && Cardinality == other.Cardinality && GremlinEquality.Equivalence.Equals(Value, other.Value);

    public override int GetHashCode() => HashCode.Combine(Cardinality, GremlinEquality.Equivalence.GetHashCode(Value));

    public override string ToString() => $"Cardinality.{Cardinality}({Language.GremlinLangWriter.WriteValue(Value)})";
}
