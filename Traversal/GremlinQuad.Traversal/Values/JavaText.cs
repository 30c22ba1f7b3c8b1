using System.Collections;
using System.Globalization;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;

namespace GremlinQuad.Traversal.Values;

/// <summary>Values as text the way TinkerPop (Java's toString) writes them: asString(), concat(), format().</summary>
internal static class JavaText
{
    public static string Of(object? value, ExecutionContext context) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        double d => Double(d),
        float f => Double(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        IFormattable number when Numbers.IsNumber(value) => number.ToString(null, CultureInfo.InvariantCulture),
        DateTimeOffset date => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString(),
        VertexRef vertex => $"v[{Of(context.Graph.ElementIdValue(vertex.Id), context)}]",
        EdgeRef edge => $"e[{Of(context.Graph.ElementIdValue(edge.Id), context)}][{Of(context.Graph.ElementIdValue(edge.OutVertex), context)}-{context.Graph.GetString(edge.Label)}->{Of(context.Graph.ElementIdValue(edge.InVertex), context)}]",
        VertexPropertyRef property => $"vp[{context.Graph.GetString(property.Key)}->{Of(context.Graph.GetValue(property.Value), context)}]",
        PropertyRef property => $"p[{context.Graph.GetString(property.Key)}->{Of(context.Graph.GetValue(property.Value), context)}]",
        PathValue path => "path[" + string.Join(", ", path.Objects.Select(o => Of(o, context))) + "]",
        GremlinMap map => "{" + string.Join(", ", map.Select(e => Of(e.Key, context) + "=" + Of(e.Value, context))) + "}",
        KeyValuePair<object?, object?> entry => Of(entry.Key, context) + "=" + Of(entry.Value, context),
        Enum token => token.ToString(),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(o => Of(o, context))) + "]",
        _ => value.ToString() ?? "",
    };

    private static string Double(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
