using System.Collections;

namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// TinkerPop's comparability (gremlin-semantics, "Comparability"): what <c>P.lt/lte/gt/gte</c> and
/// <c>inside/outside/between</c> use. Unlike <see cref="GremlinOrder"/> it is partial: NaN, null against a
/// non-null, and values of different type families are not comparable, which is the ternary ERROR result
/// (reduced to false by filters, kept as ERROR through <c>and/or/not</c>).
/// </summary>
public static class GremlinComparability
{
    /// <summary>
    /// Compares two values; null means ERROR (not comparable). Lists and paths compare pairwise with these
    /// same rules; sets and maps are sorted by <see cref="GremlinOrder"/> first.
    /// </summary>
    public static int? Compare(object? x, object? y)
    {
        var familyX = GremlinOrder.FamilyOf(x);
        var familyY = GremlinOrder.FamilyOf(y);
        if (familyX != familyY)
            return null;

        var order = GremlinOrder.Instance;
        switch (familyX)
        {
            case GremlinOrder.Family.Null:
                return 0;
            case GremlinOrder.Family.Number:
                return GremlinNumbers.Compare(x!, GremlinNumbers.KindOf(x), y!, GremlinNumbers.KindOf(y));
            case GremlinOrder.Family.Vertex or GremlinOrder.Family.Edge or GremlinOrder.Family.VertexProperty:
                return Compare(((Element)x!).Id, ((Element)y!).Id);
            case GremlinOrder.Family.Property:
            {
                var px = (Property)x!;
                var py = (Property)y!;
                var byKey = string.CompareOrdinal(px.Key, py.Key);
                return byKey != 0 ? byKey : Compare(px.Value, py.Value);
            }
            case GremlinOrder.Family.Path:
                return CompareSequences(((Path)x!).Objects, ((Path)y!).Objects);
            case GremlinOrder.Family.List:
                return CompareSequences([.. ((IList)x!).Cast<object?>()], [.. ((IList)y!).Cast<object?>()]);
            case GremlinOrder.Family.Set:
                return CompareSequences(order.Sorted((IEnumerable<object?>)x!), order.Sorted((IEnumerable<object?>)y!));
            case GremlinOrder.Family.Map:
                return CompareSequences(order.SortedEntries(x!), order.SortedEntries(y!));
            case GremlinOrder.Family.Unknown:
                // Unknown values compare only with their own type, by natural order.
                return x!.GetType() == y!.GetType() && x is IComparable comparable ? comparable.CompareTo(y) : null;
            default:
                return order.Compare(x, y);
        }
    }

    private static int? CompareSequences(IReadOnlyList<object?> x, IReadOnlyList<object?> y)
    {
        var common = Math.Min(x.Count, y.Count);
        for (var i = 0; i < common; i++)
        {
            var result = Compare(x[i], y[i]);
            if (result != 0)
                return result; // a difference or ERROR ends the comparison
        }
        return x.Count.CompareTo(y.Count);
    }
}
