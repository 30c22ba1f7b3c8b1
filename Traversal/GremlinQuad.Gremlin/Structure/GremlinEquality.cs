using System.Collections;

namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// TinkerPop's two notions of "same value" (gremlin-semantics, "Equality" and "Equivalence"), as comparers.
/// </summary>
/// <remarks>
/// <para><see cref="Equality"/> is what <c>P.eq/neq/within/without</c> and <c>has(k, v)</c> use: numbers are
/// compared after type promotion (<c>1 == 1L == 1.0</c>), NaN equals nothing (not even NaN), null equals
/// only null, values of different type families are unequal.</para>
/// <para><see cref="Equivalence"/> is what <c>dedup()</c>, <c>group()</c> and map keys use: the same,
/// except that numbers of different types are never equivalent (<c>1</c> vs <c>1L</c>) and NaN is
/// equivalent to NaN. It is the default comparer of <see cref="GremlinMap"/> and <see cref="GremlinSet"/>.</para>
/// <para>Both recurse into lists (element-wise), sets and maps (order-insensitive), paths (objects and
/// labels) and properties (key and value); elements are compared by kind and id. Both hash consistently
/// with their equality, so either can back a hash set (a within() set uses <see cref="Equality"/>).</para>
/// </remarks>
public sealed class GremlinEquality : IEqualityComparer<object?>
{
    /// <summary>Equality semantics: P.eq, within, has(k, v).</summary>
    public static readonly GremlinEquality Equality = new(promote: true);

    /// <summary>Equivalence semantics: dedup, group, map keys, set members.</summary>
    public static readonly GremlinEquality Equivalence = new(promote: false);

    private readonly bool _promote;

    private GremlinEquality(bool promote) => _promote = promote;

    /// <summary>Equality semantics (type promotion, NaN never equal).</summary>
    public static bool AreEqual(object? a, object? b) => Equality.Equals(a, b);

    /// <summary>Equivalence semantics (no type promotion, NaN equivalent to NaN).</summary>
    public static bool AreEquivalent(object? a, object? b) => Equivalence.Equals(a, b);

    public new bool Equals(object? x, object? y)
    {
        if (x is null || y is null)
            return x is null && y is null;

        // The common cases first: strings and same-typed primitives.
        if (x is string sx)
            return y is string sy && string.Equals(sx, sy, StringComparison.Ordinal);

        var kindX = GremlinNumbers.KindOf(x);
        if (kindX != GremlinNumbers.Kind.None)
        {
            var kindY = GremlinNumbers.KindOf(y);
            if (kindY == GremlinNumbers.Kind.None)
                return false;
            if (!_promote)
                return kindX == kindY && x.Equals(y); // double.Equals treats NaN as equal to NaN
            return GremlinNumbers.Compare(x, kindX, y, kindY) == 0;
        }

        switch (x)
        {
            case bool or Guid or DateTimeOffset or char or TimeSpan or Enum:
                return x.Equals(y);
            case Element ex:
                return y is Element ey && ex.GetType() == ey.GetType() && Equals(ex.Id, ey.Id);
            case Property px:
                return y is Property py && px.Key == py.Key && Equals(px.Value, py.Value)
                    && (px.Element is null || py.Element is null || Equals(px.Element, py.Element));
            case Path pathX:
                return y is Path pathY && PathsEqual(pathX, pathY);
            case GremlinMap mapX:
                return MapsEqual(mapX, y);
            case IDictionary dictionaryX:
                return MapsEqual(dictionaryX, y);
            case GremlinSet setX:
                return SetsEqual(setX, y);
            case ISet<object?> or IReadOnlySet<object?>:
                return SetsEqual((IEnumerable<object?>)x, y);
            case IList listX:
                return y is IList listY && !IsSetOrMap(y) && ListsEqual(listX, listY);
            default:
                return x.Equals(y);
        }
    }

    public int GetHashCode(object? obj)
    {
        switch (obj)
        {
            case null:
                return 0;
            case string s:
                return StringComparer.Ordinal.GetHashCode(s);
        }

        if (GremlinNumbers.IsNumber(obj))
            return _promote ? GremlinNumbers.PromotedHash(obj) : obj.GetHashCode();

        switch (obj)
        {
            case Element element:
                return HashCode.Combine(element.GetType(), GetHashCode(element.Id));
            case Property property:
                return HashCode.Combine(property.Key, GetHashCode(property.Value));
            case Path path:
            {
                var hash = new HashCode();
                foreach (var item in path.Objects)
                    hash.Add(GetHashCode(item));
                return hash.ToHashCode();
            }
            case GremlinMap map:
            {
                var sum = 0; // order-insensitive: maps with the same entries in another order are equal
                foreach (var (key, value) in map)
                    sum += HashCode.Combine(GetHashCode(key), GetHashCode(value));
                return sum;
            }
            case IDictionary dictionary:
            {
                var sum = 0;
                foreach (DictionaryEntry entry in dictionary)
                    sum += HashCode.Combine(GetHashCode(entry.Key), GetHashCode(entry.Value));
                return sum;
            }
            case ISet<object?> or IReadOnlySet<object?>:
            {
                var sum = 0;
                foreach (var item in (IEnumerable<object?>)obj)
                    sum += GetHashCode(item);
                return sum;
            }
            case IList list:
            {
                var hash = new HashCode();
                foreach (var item in list)
                    hash.Add(GetHashCode(item));
                return hash.ToHashCode();
            }
            default:
                return obj.GetHashCode();
        }
    }

    private static bool IsSetOrMap(object value) =>
        value is IDictionary or GremlinMap or ISet<object?> or IReadOnlySet<object?>;

    private bool ListsEqual(IList x, IList y)
    {
        if (x.Count != y.Count)
            return false;
        for (var i = 0; i < x.Count; i++)
        {
            if (!Equals(x[i], y[i]))
                return false;
        }
        return true;
    }

    private bool PathsEqual(Path x, Path y)
    {
        if (x.Count != y.Count)
            return false;
        for (var i = 0; i < x.Count; i++)
        {
            if (!Equals(x.Objects[i], y.Objects[i]) || !x.Labels[i].SetEquals(y.Labels[i]))
                return false;
        }
        return true;
    }

    private bool SetsEqual(IEnumerable<object?> x, object y)
    {
        if (y is not (ISet<object?> or IReadOnlySet<object?>))
            return false;
        var other = (IEnumerable<object?>)y;
        if (Count(x) != Count(other))
            return false;
        // Fast path: an equivalence-keyed set finds each member directly.
        if (!_promote && other is GremlinSet gremlinSet && ReferenceEquals(gremlinSet.Comparer, Equivalence))
            return x.All(gremlinSet.Contains);
        return MatchAll([.. x], [.. other]);
    }

    private bool MapsEqual(object x, object y)
    {
        var left = Entries(x);
        if (left is null || Entries(y) is not { } right || left.Count != right.Count)
            return false;
        if (!_promote && y is GremlinMap map && ReferenceEquals(map.Comparer, Equivalence))
        {
            foreach (var (key, value) in left)
            {
                if (!map.TryGetValue(key, out var otherValue) || !Equals(value, otherValue))
                    return false;
            }
            return true;
        }
        return MatchAll(
            [.. left.Select(entry => (object?)new MapEntry(entry.Key, entry.Value))],
            [.. right.Select(entry => (object?)new MapEntry(entry.Key, entry.Value))]);
    }

    /// <summary>Every item on the left pairs with a distinct equal item on the right (sizes already match).</summary>
    private bool MatchAll(List<object?> left, List<object?> right)
    {
        var used = new bool[right.Count];
        foreach (var item in left)
        {
            var found = false;
            for (var i = 0; i < right.Count && !found; i++)
            {
                if (!used[i] && EqualsOrEntry(item, right[i]))
                    used[i] = found = true;
            }
            if (!found)
                return false;
        }
        return true;
    }

    private bool EqualsOrEntry(object? x, object? y) =>
        x is MapEntry ex && y is MapEntry ey
            ? Equals(ex.Key, ey.Key) && Equals(ex.Value, ey.Value)
            : Equals(x, y);

    private static int Count(IEnumerable<object?> items) => items switch
    {
        ICollection<object?> collection => collection.Count,
        IReadOnlyCollection<object?> collection => collection.Count,
        _ => items.Count(),
    };

    private static List<KeyValuePair<object?, object?>>? Entries(object map)
    {
        switch (map)
        {
            case GremlinMap gremlinMap:
                return [.. gremlinMap];
            case IDictionary dictionary:
            {
                var entries = new List<KeyValuePair<object?, object?>>(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                    entries.Add(new(entry.Key, entry.Value));
                return entries;
            }
            default:
                return null;
        }
    }

    private sealed record MapEntry(object? Key, object? Value);
}
