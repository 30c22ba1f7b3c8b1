using System.Collections;
using System.Numerics;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// Values as TinkerPop prints them (Java's <c>String.valueOf</c>): what asString(), conjoin() and the
/// error messages of the string and list functions show, so results match a Java server character for
/// character (<c>29.0</c>, <c>v[1]</c>, <c>e[7][1-knows-&gt;2]</c>, <c>{name=[marko]}</c>).
/// </summary>
internal static class ValueText
{
    /// <summary>Element references become the elements they stand for, then print as <see cref="GremlinStringFactory"/> does.</summary>
    public static string Of(ExecutionContext context, object? value) => value switch
    {
        null or string or bool or int or long or double => GremlinStringFactory.Format(value),
        _ => GremlinStringFactory.Format(new ResultConverter(context.Graph, materializeProperties: false).Convert(value)),
    };

    /// <summary>Java's Double.toString (1.0E7, 0.001, NaN).</summary>
    public static string JavaDouble(double value) => GremlinStringFactory.Format(value);

    /// <summary>Java's Float.toString, with float's own shortest digits (0.1f is 0.1).</summary>
    public static string JavaFloat(float value) => GremlinStringFactory.Format(value);

    /// <summary>The Java class a TinkerPop server would name for a value in error messages (getSimpleName()).</summary>
    public static string JavaTypeName(object? value) => value switch
    {
        null => "null",
        string => "String",
        bool => "Boolean",
        char => "Character",
        sbyte or byte => "Byte",
        short => "Short",
        int => "Integer",
        long => "Long",
        float => "Float",
        double => "Double",
        decimal => "BigDecimal",
        BigInteger => "BigInteger",
        DateTimeOffset or DateTime => "OffsetDateTime",
        Guid => "UUID",
        TimeSpan => "Duration",
        VertexRef => "Vertex",
        EdgeRef => "Edge",
        VertexPropertyRef => "VertexProperty",
        PropertyRef => "Property",
        PathValue => "Path",
        GremlinMap => "LinkedHashMap",
        GremlinSet => "LinkedHashSet",
        KeyValuePair<object?, object?> => "Map.Entry",
        IList => "ArrayList",
        _ => value.GetType().Name,
    };
}
