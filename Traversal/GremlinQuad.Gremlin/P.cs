using GremlinQuad.Gremlin.Language;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Gremlin;

/// <summary>
/// A predicate as data: the operator name Gremlin uses on the wire (<c>eq</c>, <c>within</c>, <c>and</c>, ...)
/// and its value. Evaluation belongs to the engine.
/// </summary>
/// <remarks>
/// Value shapes follow what gremlin-javascript sends: a single value for comparisons; a <see cref="List{T}"/>
/// for <c>within</c>/<c>without</c>/<c>between</c>/<c>inside</c>/<c>outside</c>; the negated predicate for
/// <c>not</c>; for <c>and</c>/<c>or</c> the left predicate in <see cref="Value"/> and the right one in
/// <see cref="Other"/>.
/// </remarks>
public class P : IEquatable<P>
{
    public P(string @operator, object? value, P? other = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(@operator);
        Operator = @operator;
        Value = value;
        Other = other;
    }

    public string Operator { get; }

    public object? Value { get; }

    /// <summary>The right-hand predicate of <c>and</c>/<c>or</c>; null otherwise.</summary>
    public P? Other { get; }

    public static P Eq(object? value) => new("eq", value);

    public static P Neq(object? value) => new("neq", value);

    public static P Lt(object? value) => new("lt", value);

    public static P Lte(object? value) => new("lte", value);

    public static P Gt(object? value) => new("gt", value);

    public static P Gte(object? value) => new("gte", value);

    public static P Inside(object? low, object? high) => new("inside", new List<object?> { low, high });

    public static P Outside(object? low, object? high) => new("outside", new List<object?> { low, high });

    public static P Between(object? low, object? high) => new("between", new List<object?> { low, high });

    public static P Within(params object?[] values) => new("within", new List<object?>(values ?? [null]));

    public static P Within(IEnumerable<object?> values) => new("within", new List<object?>(values));

    public static P Without(params object?[] values) => new("without", new List<object?>(values ?? [null]));

    public static P Without(IEnumerable<object?> values) => new("without", new List<object?>(values));

    public static P Not(P predicate) => new("not", predicate);

    /// <summary><c>P.typeOf(GType.INT)</c>; the value is a <see cref="GType"/> or a type name string.</summary>
    public static P TypeOf(object type) => new("typeOf", type);

    public P And(P other) => new("and", this, other);

    public P Or(P other) => new("or", this, other);

    /// <summary>
    /// The negation, as Gremlin's <c>P.negate()</c> defines it: the opposite operator where one exists
    /// (<c>eq</c>/<c>neq</c>, <c>lt</c>/<c>gte</c>, <c>within</c>/<c>without</c>, text forms and their
    /// <c>notX</c>), otherwise <c>not(this)</c>.
    /// </summary>
    public P Negate()
    {
        if (Operator == "not" && Value is P inner)
            return inner;
        if (this is TextP)
        {
            var flipped = Operator.StartsWith("not", StringComparison.Ordinal)
                ? char.ToLowerInvariant(Operator[3]) + Operator[4..]
                : "not" + char.ToUpperInvariant(Operator[0]) + Operator[1..];
            return TextP.IsTextOperator(flipped) ? new TextP(flipped, Value) : new P("not", this);
        }
        var opposite = Operator switch
        {
            "eq" => "neq",
            "neq" => "eq",
            "lt" => "gte",
            "gte" => "lt",
            "gt" => "lte",
            "lte" => "gt",
            "within" => "without",
            "without" => "within",
            _ => null,
        };
        return opposite is null ? new P("not", this) : new P(opposite, Value);
    }

    public bool Equals(P? other) =>
        other is not null
        && other.GetType() == GetType()
        && Operator == other.Operator
        && GremlinEquality.Equivalence.Equals(Value, other.Value)
        && Equals(Other, other.Other);

    public override bool Equals(object? obj) => Equals(obj as P);

    public override int GetHashCode() =>
        HashCode.Combine(GetType(), Operator, GremlinEquality.Equivalence.GetHashCode(Value), Other);

    /// <summary>gremlin-lang form, e.g. <c>P.gt(30).and(P.lt(40))</c>.</summary>
    public override string ToString() => GremlinLangWriter.WriteValue(this);
}
