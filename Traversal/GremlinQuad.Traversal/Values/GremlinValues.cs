using System.Collections;
using System.Numerics;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;

namespace GremlinQuad.Traversal.Values;

/// <summary>
/// TinkerPop's value semantics (features/semantics): equality (numbers by value across types, NaN
/// unequal to itself, collections element-wise, elements by id), comparability (only like with like,
/// otherwise the comparison is an error that filters out) and orderability (a total order across types).
/// </summary>
internal static class GremlinValues
{
    /// <summary>eq(): Gremlin equality.</summary>
    public static bool Equal(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (Numbers.IsNumber(a) && Numbers.IsNumber(b))
        {
            if (Numbers.IsNaN(a) || Numbers.IsNaN(b)) return false;
            return Numbers.Compare(a, b) == 0;
        }
        if (a is string or bool or Guid or char or TimeSpan) return a.Equals(b);
        if (a is DateTimeOffset date) return b is DateTimeOffset otherDate && date.UtcDateTime == otherDate.UtcDateTime;
        if (a is GremlinMap map)
        {
            if (b is not GremlinMap otherMap || map.Count != otherMap.Count) return false;
            foreach (var (key, value) in map)
            {
                if (!TryFindKey(otherMap, key, out var other) || !Equal(value, other)) return false;
            }
            return true;
        }
        if (a is GremlinSet set)
        {
            if (b is not GremlinSet otherSet || set.Count != otherSet.Count) return false;
            foreach (var item in set)
                if (!otherSet.Any(o => Equal(item, o))) return false;
            return true;
        }
        if (a is IList list)
        {
            if (b is not IList otherList || b is GremlinSet || list.Count != otherList.Count) return false;
            for (var i = 0; i < list.Count; i++)
                if (!Equal(list[i], otherList[i])) return false;
            return true;
        }
        return a.Equals(b);
    }

    private static bool TryFindKey(GremlinMap map, object? key, out object? value)
    {
        if (map.TryGetValue(key, out value)) return true;
        foreach (var (k, v) in map)
        {
            if (Equal(k, key))
            {
                value = v;
                return true;
            }
        }
        value = null;
        return false;
    }

    public static int HashCode(object? value) => value switch
    {
        null => 0,
        sbyte or byte or short or int or long or BigInteger => Numbers.ToDouble(value).GetHashCode(),
        float or double or decimal => Numbers.ToDouble(value).GetHashCode(),
        IList list when value is not string => list.Count,
        GremlinMap map => map.Count,
        GremlinSet set => set.Count,
        _ => value.GetHashCode(),
    };

    /// <summary>An equality comparer by <see cref="Equal"/> (numbers by value), for within() and friends.</summary>
    public static readonly IEqualityComparer<object?> EqualityComparer = new ByEquality();

    private sealed class ByEquality : IEqualityComparer<object?>
    {
        public new bool Equals(object? x, object? y) => Equal(x, y);
        public int GetHashCode(object? obj) => HashCode(obj);
    }

    /// <summary>lt/gt/...: the comparison, or null when the two values are not comparable (an ERROR in TinkerPop's ternary logic).</summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null ? 0 : null;
        if (Numbers.IsNumber(a) && Numbers.IsNumber(b))
        {
            if (Numbers.IsNaN(a) || Numbers.IsNaN(b)) return null;
            return Numbers.Compare(a, b);
        }
        return (a, b) switch
        {
            (string x, string y) => string.CompareOrdinal(x, y),
            (bool x, bool y) => x.CompareTo(y),
            (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
            (Guid x, Guid y) => x.CompareTo(y),
            (char x, char y) => x.CompareTo(y),
            (TimeSpan x, TimeSpan y) => x.CompareTo(y),
            _ => null,
        };
    }

    /// <summary>order(): a total order across all types, TinkerPop's orderability.</summary>
    public static int Order(object? a, object? b)
    {
        int ta = TypeRank(a), tb = TypeRank(b);
        if (ta != tb) return ta.CompareTo(tb);
        switch (a)
        {
            case null: return 0;
            case sbyte or byte or short or int or long or float or double or decimal or BigInteger:
            {
                bool na = Numbers.IsNaN(a), nb = Numbers.IsNaN(b);
                if (na || nb) return na.CompareTo(nb);   // NaN sorts after every number
                return Numbers.Compare(a, b!);
            }
            case VertexRef x: return Order(x.Id.Value, ((VertexRef)b!).Id.Value);
            case EdgeRef x: return x.Id.Value.CompareTo(((EdgeRef)b!).Id.Value);
            case VertexPropertyRef x:
            {
                var y = (VertexPropertyRef)b!;
                var c1 = x.Vertex.Value.CompareTo(y.Vertex.Value);
                if (c1 == 0) c1 = x.Key.Value.CompareTo(y.Key.Value);
                if (c1 == 0) c1 = x.Value.Value.CompareTo(y.Value.Value);
                return c1 != 0 ? c1 : x.Statement.Value.CompareTo(y.Statement.Value);
            }
            case PropertyRef x:
            {
                var y = (PropertyRef)b!;
                var c2 = x.Key.Value.CompareTo(y.Key.Value);
                return c2 != 0 ? c2 : x.Value.Value.CompareTo(y.Value.Value);
            }
            case PathValue x: return OrderSequence(x.Objects, ((PathValue)b!).Objects);
            case GremlinMap x:
            {
                // Entry by entry in iteration order, each by key then value, as TinkerPop orders maps:
                // {a:'a', b:false, c:'c'} sorts before {a:'a', b:'b'} because false sorts before 'b'.
                var y = (GremlinMap)b!;
                using var left = x.GetEnumerator();
                using var right = y.GetEnumerator();
                while (left.MoveNext() && right.MoveNext())
                {
                    var c3 = Order(left.Current.Key, right.Current.Key);
                    if (c3 == 0) c3 = Order(left.Current.Value, right.Current.Value);
                    if (c3 != 0) return c3;
                }
                return x.Count.CompareTo(y.Count);
            }
            case GremlinSet x: return OrderSequence(x.ToList(), ((GremlinSet)b!).ToList());
            case IList x: return OrderSequence(x.Cast<object?>().ToList(), ((IList)b!).Cast<object?>().ToList());
            default: return Compare(a, b) ?? string.CompareOrdinal(a.ToString(), b?.ToString());
        }
    }

    private static int OrderSequence(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            var c = Order(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    /// <summary>TinkerPop's type order: null, boolean, number, date, string, UUID, vertex, edge, vertex property, property, path, set, list, map, other.</summary>
    private static int TypeRank(object? value) => value switch
    {
        null => 0,
        bool => 1,
        sbyte or byte or short or int or long or float or double or decimal or BigInteger => 2,
        DateTimeOffset => 3,
        string or char => 4,
        Guid => 5,
        VertexRef => 6,
        EdgeRef => 7,
        VertexPropertyRef => 8,
        PropertyRef => 9,
        PathValue => 10,
        GremlinSet => 11,
        IList => 12,
        GremlinMap => 13,
        _ => 14,
    };

    public static readonly IComparer<object?> OrderComparer = Comparer<object?>.Create(Order);
}
