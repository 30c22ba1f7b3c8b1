using System.Collections;
using System.Globalization;
using System.Text;
using GremlinQuad.Gremlin.Structure;
using Path = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Server.Serialization;

/// <summary>
/// TinkerPop's textual forms (Java <c>StringFactory</c> and <c>toString()</c>), for the Console's
/// <c>-stringd</c> serializer and HTTP <c>text/plain</c> (gremlin-protocol.md §3.9).
/// </summary>
internal static class JavaStrings
{
    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case Vertex vertex:
                builder.Append("v[").Append(Format(vertex.Id)).Append(']');
                break;
            case Edge edge:
                builder.Append("e[").Append(Format(edge.Id)).Append("][").Append(Format(edge.OutV.Id)).Append('-')
                    .Append(edge.Label).Append("->").Append(Format(edge.InV.Id)).Append(']');
                break;
            case VertexProperty property:
                builder.Append("vp[").Append(property.Key).Append("->").Append(Abbreviate(Format(property.Value))).Append(']');
                break;
            case Property property:
                builder.Append("p[").Append(property.Key).Append("->").Append(Abbreviate(Format(property.Value))).Append(']');
                break;
            case Path path:
                builder.Append("path[");
                AppendItems(builder, path.Objects);
                builder.Append(']');
                break;
            case double number:
                builder.Append(JavaDouble(number));
                break;
            case float number:
                builder.Append(JavaDouble(number));
                break;
            case DateTimeOffset date:
                builder.Append(date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.')).Append('Z');
                break;
            case KeyValuePair<object?, object?> entry:
                Append(builder, entry.Key);
                builder.Append('=');
                Append(builder, entry.Value);
                break;
            case IDictionary<object?, object?> or IReadOnlyDictionary<object?, object?> or IDictionary:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in Entries(value))
                {
                    if (!first)
                        builder.Append(", ");
                    first = false;
                    Append(builder, key);
                    builder.Append('=');
                    Append(builder, item);
                }
                builder.Append('}');
                break;
            case IEnumerable items and not string:
                builder.Append('[');
                AppendItems(builder, items);
                builder.Append(']');
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private static void AppendItems(StringBuilder builder, IEnumerable items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
                builder.Append(", ");
            first = false;
            Append(builder, item);
        }
    }

    private static IEnumerable<KeyValuePair<object?, object?>> Entries(object map)
    {
        if (map is IEnumerable<KeyValuePair<object?, object?>> pairs)
            return pairs;
        var list = new List<KeyValuePair<object?, object?>>();
        foreach (DictionaryEntry entry in (IDictionary)map)
            list.Add(new(entry.Key, entry.Value));
        return list;
    }

    /// <summary>Java prints whole doubles with ".0" (29.0) and uses "NaN"/"Infinity".</summary>
    private static string JavaDouble(double number)
    {
        if (double.IsNaN(number))
            return "NaN";
        if (double.IsInfinity(number))
            return number > 0 ? "Infinity" : "-Infinity";
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string Abbreviate(string text) => text.Length <= 20 ? text : text[..17] + "...";
}
