using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace GremlinQuad.Gremlin;

/// <summary>
/// Maps Gremlin's enum tokens between their wire form (type name + member name, as in <c>Order.desc</c>)
/// and the .NET enum values, for the parser and the serializers.
/// </summary>
public static class GremlinEnums
{
    /// <summary>Every token enum, by the type name Gremlin uses on the wire.</summary>
    public static readonly FrozenDictionary<string, Type> Types = new Dictionary<string, Type>
    {
        ["T"] = typeof(T),
        ["Direction"] = typeof(Direction),
        ["Order"] = typeof(Order),
        ["Scope"] = typeof(Scope),
        ["Pop"] = typeof(Pop),
        ["Column"] = typeof(Column),
        ["Cardinality"] = typeof(Cardinality),
        ["Merge"] = typeof(Merge),
        ["Operator"] = typeof(Operator),
        ["Pick"] = typeof(Pick),
        ["Barrier"] = typeof(Barrier),
        ["DT"] = typeof(DT),
        ["GType"] = typeof(GType),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<(string Type, string Member), Enum> ByName = BuildByName();

    private static FrozenDictionary<(string, string), Enum> BuildByName()
    {
        var map = new Dictionary<(string, string), Enum>();
        foreach (var (typeName, type) in Types)
        {
            foreach (var value in Enum.GetValues(type))
                map[(typeName, value.ToString()!)] = (Enum)value;
        }

        // Gremlin's Direction.from/to are aliases of OUT/IN (TinkerPop 3.6+); they serialize as OUT/IN.
        map[("Direction", "from")] = Direction.OUT;
        map[("Direction", "to")] = Direction.IN;
        // Pre-3.5 spellings the grammar still accepts.
        map[("Order", "incr")] = Order.asc;
        map[("Order", "decr")] = Order.desc;
        return map.ToFrozenDictionary();
    }

    /// <summary>Finds the value of <paramref name="typeName"/>.<paramref name="memberName"/>, e.g. ("Order", "desc").</summary>
    public static bool TryParse(string typeName, string memberName, [NotNullWhen(true)] out Enum? value) =>
        ByName.TryGetValue((typeName, memberName), out value);

    /// <summary>The wire type name of a token enum value (<c>Order</c> for <see cref="Order.desc"/>), or null for other enums.</summary>
    public static string? TypeNameOf(Enum value) => TypeNameOf(value.GetType());

    /// <summary>The wire type name of a token enum type, or null when the type is not one of Gremlin's.</summary>
    public static string? TypeNameOf(Type enumType) =>
        enumType.Namespace == typeof(T).Namespace && Types.ContainsKey(enumType.Name) ? enumType.Name : null;

    /// <summary>The wire form of a token, e.g. <c>Order.desc</c>.</summary>
    public static string Format(Enum value) => (TypeNameOf(value) ?? value.GetType().Name) + "." + value;
}
