using System.Numerics;
using GremlinQuad.Gremlin;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Strategies.Storage;

/// <summary>
/// The vertices a V().hasLabel()/has() prefix selects, found through POGS instead of a filter:
/// a label is the prefix (~label, label); has(key, eq(v)) is (key, term of v) for every term kind
/// that can equal v (numbers are equal across types); a numeric range is a range scan over the
/// Integer and Double kinds plus a filtered scan of the Number dictionary kind (whose ids are not
/// in numeric order).
/// </summary>
internal sealed class IndexLookup
{
    private IndexLookup(string? label, string? key, P? predicate)
    {
        Label = label;
        Key = key;
        Predicate = predicate;
    }

    public string? Label { get; }
    public string? Key { get; }
    public P? Predicate { get; }

    public static IndexLookup ForLabel(string label) => new(label, null, null);

    /// <summary>A lookup for has(key, predicate), or null when the predicate cannot be answered from the index.</summary>
    public static IndexLookup? ForProperty(string key, P predicate) =>
        IsIndexable(predicate) ? new IndexLookup(null, key, predicate) : null;

    private static bool IsIndexable(P predicate) => predicate.Operator switch
    {
        "eq" => predicate.Value is string or bool || IsFiniteNumber(predicate.Value),
        "within" => predicate.Value is System.Collections.IEnumerable items && items.Cast<object?>().All(v => v is string || IsFiniteNumber(v)),
        "lt" or "lte" or "gt" or "gte" => IsFiniteNumber(predicate.Value),
        "between" or "inside" => predicate.Value is System.Collections.IList { Count: 2 } pair && IsFiniteNumber(pair[0]) && IsFiniteNumber(pair[1]),
        _ => false,
    };

    private static bool IsFiniteNumber(object? value) =>
        value is sbyte or short or int or long or BigInteger || value is double d && double.IsFinite(d) || value is float f && float.IsFinite(f) || value is decimal;

    public IEnumerable<VertexRef> Vertices(GraphModel graph)
    {
        if (Label is not null)
        {
            if (graph.TryGetString(Label, out var labelTerm))
                foreach (var vertex in graph.VerticesWithLabel(labelTerm)) yield return vertex;
            yield break;
        }
        if (!graph.TryGetString(Key!, out var keyTerm)) yield break;
        var seen = new HashSet<TermId>();
        foreach (var pattern in Patterns(graph, keyTerm))
        {
            foreach (var quad in graph.Snapshot.Scan(pattern))
            {
                if (quad.Subject.Kind != TermKind.Node || quad.Graph.Kind == TermKind.Link) continue;
                // Range scans cover whole kinds (Double, Number): the predicate decides each value.
                if (pattern.RangePosition != AccessPattern.None && !Predicates.Test(Predicate!, graph.GetValue(quad.Object))) continue;
                if (seen.Add(quad.Subject)) yield return new VertexRef(quad.Subject);
            }
        }
    }

    /// <summary>What explain() shows: the patterns and the index the storage picks for each.</summary>
    public string Describe(GraphModel graph)
    {
        if (Label is not null)
        {
            return graph.TryGetString(Label, out var labelTerm) && graph.TryGetLabelPredicate(out var predicate)
                ? graph.Snapshot.Plan(QuadPattern.Of(predicate: predicate, @object: labelTerm, graph: TermId.Default)).ToString()
                : "no such label: empty";
        }
        if (!graph.TryGetString(Key!, out var keyTerm)) return "no such key: empty";
        return string.Join(" + ", Patterns(graph, keyTerm).Select(p => graph.Snapshot.Plan(p).ToString()).Distinct());
    }

    private IEnumerable<QuadPattern> Patterns(GraphModel graph, TermId key)
    {
        var predicate = Predicate!;
        switch (predicate.Operator)
        {
            case "eq":
                foreach (var pattern in EqualPatterns(graph, key, predicate.Value!)) yield return pattern;
                break;
            case "within":
                foreach (var value in Predicates.Items(predicate.Value))
                    foreach (var pattern in EqualPatterns(graph, key, value!)) yield return pattern;
                break;
            default:
                var (low, high) = NumericBounds(predicate);
                yield return QuadPattern.Of(predicate: key).WithRange(AccessPattern.Object, RangeLow(low), RangeHigh(high));
                if (graph.Snapshot.TryGetTerm(TermKind.Double, 0.0, out _))
                    yield return QuadPattern.Of(predicate: key).WithRange(AccessPattern.Object, TermId.MinOf(TermKind.Double), TermId.MaxOf(TermKind.Double));
                // Number-kind values are dictionary ids, not in numeric order: scan the kind and filter.
                yield return QuadPattern.Of(predicate: key).WithRange(AccessPattern.Object, TermId.MinOf(TermKind.Number), TermId.MaxOf(TermKind.Number));
                break;
        }
    }

    private static TermId RangeLow(long low) => TermId.IntegerRange(low, low).Low;

    private static TermId RangeHigh(long high) => TermId.IntegerRange(high, high).High;

    /// <summary>Inclusive integer bounds covering the predicate; Double/Number kinds are filtered by the predicate itself.</summary>
    private static (long Low, long High) NumericBounds(P predicate)
    {
        static double D(object? v) => Numbers.ToDouble(v!);
        switch (predicate.Operator)
        {
            case "lt": return (long.MinValue, (long)Math.Ceiling(D(predicate.Value)) - 1);
            case "lte": return (long.MinValue, (long)Math.Floor(D(predicate.Value)));
            case "gt": return ((long)Math.Floor(D(predicate.Value)) + 1, long.MaxValue);
            case "gte": return ((long)Math.Ceiling(D(predicate.Value)), long.MaxValue);
            case "between":
            {
                var pair = (System.Collections.IList)predicate.Value!;
                return ((long)Math.Ceiling(D(pair[0])), (long)Math.Ceiling(D(pair[1])) - 1);
            }
            default:
            {
                var pair = (System.Collections.IList)predicate.Value!;
                return ((long)Math.Floor(D(pair[0])) + 1, (long)Math.Ceiling(D(pair[1])) - 1);
            }
        }
    }

    private static IEnumerable<QuadPattern> EqualPatterns(GraphModel graph, TermId key, object value)
    {
        if (value is string or bool)
        {
            if (ValueCodec.TryFind(graph.Snapshot, value, out var term)) yield return QuadPattern.Of(predicate: key, @object: term);
            yield break;
        }
        var asDouble = Numbers.ToDouble(value);
        if (Math.Floor(asDouble) == asDouble && Math.Abs(asDouble) < TermId.MaxInlineInteger)
        {
            var exact = Numbers.ToInt64(value);
            var (low, high) = TermId.IntegerRange(exact, exact);
            yield return QuadPattern.Of(predicate: key).WithRange(AccessPattern.Object, low, high);
        }
        // The same number stored as another type: each is one exact term, if the dictionary has it.
        var seen = new HashSet<TermId>();
        foreach (var variant in NumericVariants(value, asDouble))
        {
            if (ValueCodec.TryFind(graph.Snapshot, variant, out var term) && term.Kind != TermKind.Integer && seen.Add(term)
                && GremlinValues.Equal(graph.GetValue(term), value))
                yield return QuadPattern.Of(predicate: key, @object: term);
        }
    }

    /// <summary>
    /// The number as each stored type that can hold it. A conversion that would overflow (a BigInteger beyond
    /// long, a double beyond decimal) is left out: no value of that type can equal the number anyway.
    /// </summary>
    private static List<object> NumericVariants(object value, double asDouble)
    {
        var variants = new List<object> { asDouble, (float)asDouble };
        if (double.IsFinite(asDouble) && Math.Abs(asDouble) < 7.9e28) variants.Add(Numbers.ToDecimal(value));
        if (double.IsFinite(asDouble))
        {
            var big = Numbers.ToBigInteger(value);
            variants.Add(big);
            if (big >= long.MinValue && big <= long.MaxValue) variants.Add((long)big);
        }
        return variants;
    }

    public override string ToString() => Label is not null ? $"hasLabel('{Label}')" : $"has('{Key}', {Predicate})";
}
