using System.Collections;

namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// TinkerPop's orderability (gremlin-semantics, "Orderability"): a total order over all values, used by
/// <c>order()</c>, <c>min()</c>/<c>max()</c> on mixed input and to sort set and map entries before comparing.
/// </summary>
/// <remarks>
/// Type families in order: null, Boolean, Number, Date, String, UUID, Vertex, Edge, VertexProperty,
/// Property, Path, Set, List, Map, then anything else. Numbers compare by exact value (transitive, as a
/// sort needs; TinkerPop leaves the order of equal numbers of different types open); NaN equals NaN and
/// sorts after +Infinity. Containers compare element by element with this same order.
/// </remarks>
public sealed class GremlinOrder : IComparer<object?>
{
    public static readonly GremlinOrder Instance = new();

    private GremlinOrder()
    {
    }

    internal enum Family : byte
    {
        Null, Boolean, Number, Date, String, Uuid, Vertex, Edge, VertexProperty, Property, Path, Set, List, Map, Unknown,
    }

    internal static Family FamilyOf(object? value)
    {
        // Numbers first: they are the most common sort keys.
        if (GremlinNumbers.KindOf(value) != GremlinNumbers.Kind.None)
            return Family.Number;
        return FamilyOfNonNumber(value);
    }

    private static Family FamilyOfNonNumber(object? value) => value switch
    {
        null => Family.Null,
        string or char => Family.String,
        bool => Family.Boolean,
        DateTimeOffset or DateTime => Family.Date,
        Guid => Family.Uuid,
        Vertex => Family.Vertex,
        Edge => Family.Edge,
        VertexProperty => Family.VertexProperty,
        Property => Family.Property,
        Path => Family.Path,
        GremlinMap or IDictionary => Family.Map,
        ISet<object?> or IReadOnlySet<object?> => Family.Set,
        IList => Family.List,
        _ => Family.Unknown,
    };

    public int Compare(object? x, object? y)
    {
        var familyX = FamilyOf(x);
        var familyY = FamilyOf(y);
        if (familyX != familyY)
            return familyX.CompareTo(familyY);

        switch (familyX)
        {
            case Family.Null:
                return 0;
            case Family.Number:
            {
                var nanX = GremlinNumbers.IsNaN(x);
                var nanY = GremlinNumbers.IsNaN(y);
                if (nanX || nanY)
                    return nanX.CompareTo(nanY); // NaN after everything, equal to itself
                return GremlinNumbers.CompareExact(x!, GremlinNumbers.KindOf(x), y!, GremlinNumbers.KindOf(y));
            }
            case Family.String:
                return string.CompareOrdinal(AsString(x!), AsString(y!));
            case Family.Boolean:
                return ((bool)x!).CompareTo((bool)y!);
            case Family.Date:
                return AsUtcTicks(x!).CompareTo(AsUtcTicks(y!));
            case Family.Uuid:
                // Gremlin orders UUIDs by their string form.
                return string.CompareOrdinal(((Guid)x!).ToString("D"), ((Guid)y!).ToString("D"));
            case Family.Vertex or Family.Edge or Family.VertexProperty:
                return Compare(((Element)x!).Id, ((Element)y!).Id);
            case Family.Property:
            {
                var px = (Property)x!;
                var py = (Property)y!;
                var byKey = string.CompareOrdinal(px.Key, py.Key);
                return byKey != 0 ? byKey : Compare(px.Value, py.Value);
            }
            case Family.Path:
                return CompareSequences(((Path)x!).Objects, ((Path)y!).Objects);
            case Family.List:
                return CompareSequences([.. ((IList)x!).Cast<object?>()], [.. ((IList)y!).Cast<object?>()]);
            case Family.Set:
                return CompareSequences(Sorted((IEnumerable<object?>)x!), Sorted((IEnumerable<object?>)y!));
            case Family.Map:
                return CompareSequences(SortedEntries(x!), SortedEntries(y!));
            default:
                return CompareUnknown(x!, y!);
        }
    }

    internal static string AsString(object value) => value is char c ? c.ToString() : (string)value;

    internal static long AsUtcTicks(object value) => value switch
    {
        DateTimeOffset offset => offset.UtcTicks,
        DateTime dateTime => dateTime.ToUniversalTime().Ticks,
        _ => throw new ArgumentException("Not a date.", nameof(value)),
    };

    internal int CompareSequences(IReadOnlyList<object?> x, IReadOnlyList<object?> y)
    {
        var common = Math.Min(x.Count, y.Count);
        for (var i = 0; i < common; i++)
        {
            var result = Compare(x[i], y[i]);
            if (result != 0)
                return result;
        }
        return x.Count.CompareTo(y.Count);
    }

    internal List<object?> Sorted(IEnumerable<object?> items)
    {
        var list = items.ToList();
        list.Sort(this);
        return list;
    }

    /// <summary>Map entries as two-element lists (key, value), sorted by key then value.</summary>
    internal List<object?> SortedEntries(object map)
    {
        var entries = new List<object?>();
        if (map is GremlinMap gremlinMap)
        {
            foreach (var (key, value) in gremlinMap)
                entries.Add(new List<object?> { key, value });
        }
        else
        {
            foreach (DictionaryEntry entry in (IDictionary)map)
                entries.Add(new List<object?> { entry.Key, entry.Value });
        }
        entries.Sort(this);
        return entries;
    }

    /// <summary>Same type and comparable: natural order; otherwise by type name, then by string form.</summary>
    private static int CompareUnknown(object x, object y)
    {
        if (x.GetType() == y.GetType() && x is IComparable comparable)
            return comparable.CompareTo(y);
        var byType = string.CompareOrdinal(x.GetType().FullName, y.GetType().FullName);
        return byType != 0 ? byType : string.CompareOrdinal(x.ToString(), y.ToString());
    }
}
