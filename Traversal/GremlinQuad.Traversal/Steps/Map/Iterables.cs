using System.Collections;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// What TinkerPop treats as a list for the list and string functions: Java Iterables and arrays, i.e.
/// lists, sets and paths. Maps, strings and single values are not lists (a Java Map is not Iterable).
/// </summary>
internal static class Iterables
{
    public static bool IsList(object? value) => value is PathValue or GremlinSet || value is IList && value is not string;

    /// <summary>The members of a list-like value, in order; null when the value is not list-like.</summary>
    public static List<object?>? AsList(object? value) => value switch
    {
        PathValue path => [.. path.Objects],
        GremlinSet set => [.. set],
        string => null,
        IList list => [.. list.Cast<object?>()],
        _ => null,
    };
}
