using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// Values as TinkerPop prints them (Java's <c>String.valueOf</c> and TinkerPop's StringFactory): what
/// asString(), concat of non-strings, conjoin() and format() produce, so that results match a Java server
/// character for character (<c>29.0</c>, <c>v[1]</c>, <c>e[7][1-knows-&gt;2]</c>, <c>{name=[marko]}</c>).
/// </summary>
internal static class ValueText
{
    /// <summary>StringFactory abbreviates property values longer than this in vp[...] and p[...].</summary>
    private const int PropertyValueWidth = 20;

    public static string Of(ExecutionContext context, object? value)
    {
        var builder = new StringBuilder();
        Append(builder, context, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ExecutionContext context, object? value)
    {
        switch (value)
        {
            case null: builder.Append("null"); break;
            case string text: builder.Append(text); break;
            case bool flag: builder.Append(flag ? "true" : "false"); break;
            case char character: builder.Append(character); break;
            case double number: builder.Append(JavaDouble(number)); break;
            case float number: builder.Append(JavaFloat(number)); break;
            case decimal number: builder.Append(number.ToString(CultureInfo.InvariantCulture)); break;
            case sbyte or byte or short or int or long or BigInteger:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case DateTimeOffset date: builder.Append(JavaOffsetDateTime(date)); break;
            case DateTime date: builder.Append(JavaOffsetDateTime(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)))); break;
            case Guid id: builder.Append(id.ToString("D")); break;
            case TimeSpan span: builder.Append(JavaDuration(span)); break;
            case VertexRef vertex:
                builder.Append("v[");
                Append(builder, context, context.Graph.ElementIdValue(vertex.Id));
                builder.Append(']');
                break;
            case EdgeRef edge:
                builder.Append("e[");
                Append(builder, context, context.Graph.ElementIdValue(edge.Id));
                builder.Append("][");
                Append(builder, context, context.Graph.ElementIdValue(edge.OutVertex));
                builder.Append('-').Append(context.Graph.GetString(edge.Label)).Append("->");
                Append(builder, context, context.Graph.ElementIdValue(edge.InVertex));
                builder.Append(']');
                break;
            case VertexPropertyRef property:
                builder.Append("vp[").Append(context.Graph.GetString(property.Key)).Append("->")
                    .Append(Abbreviate(Of(context, context.Graph.GetValue(property.Value)))).Append(']');
                break;
            case PropertyRef property:
                builder.Append("p[").Append(context.Graph.GetString(property.Key)).Append("->")
                    .Append(Abbreviate(Of(context, context.Graph.GetValue(property.Value)))).Append(']');
                break;
            case KeyValuePair<object?, object?> entry:
                Append(builder, context, entry.Key);
                builder.Append('=');
                Append(builder, context, entry.Value);
                break;
            case GremlinMap map:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in map)
                {
                    if (!first) builder.Append(", ");
                    first = false;
                    Append(builder, context, key);
                    builder.Append('=');
                    Append(builder, context, item);
                }
                builder.Append('}');
                break;
            case PathValue path:
                builder.Append("path");
                AppendSequence(builder, context, path.Objects);
                break;
            case IEnumerable items:
                AppendSequence(builder, context, items);
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void AppendSequence(StringBuilder builder, ExecutionContext context, IEnumerable items)
    {
        builder.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first) builder.Append(", ");
            first = false;
            Append(builder, context, item);
        }
        builder.Append(']');
    }

    private static string Abbreviate(string text) =>
        text.Length <= PropertyValueWidth ? text : string.Concat(text.AsSpan(0, PropertyValueWidth - 3), "...");

    /// <summary>Java's Double.toString: shortest digits, plain between 10^-3 and 10^7, else d.dddE±n.</summary>
    public static string JavaDouble(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        return JavaFloating(value.ToString("R", CultureInfo.InvariantCulture), value, Math.Abs(value));
    }

    /// <summary>Java's Float.toString (same layout as doubles, float's shortest digits).</summary>
    public static string JavaFloat(float value)
    {
        if (float.IsNaN(value)) return "NaN";
        if (float.IsPositiveInfinity(value)) return "Infinity";
        if (float.IsNegativeInfinity(value)) return "-Infinity";
        return JavaFloating(value.ToString("R", CultureInfo.InvariantCulture), value, Math.Abs((double)value));
    }

    private static string JavaFloating(string shortest, double value, double magnitude)
    {
        // Split the shortest round-trip text into its significant digits and decimal exponent.
        var negative = shortest.StartsWith('-') || (value == 0 && double.IsNegative(value));
        var text = shortest.TrimStart('-');
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var integerDigits = point >= 0 ? point : text.Length;
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        if (digits.Length == 0) return negative ? "-0.0" : "0.0";
        // value = 0.DIGITS × 10^pointPosition
        var pointPosition = integerDigits - leadingZeros + exponent;
        var builder = new StringBuilder();
        if (negative) builder.Append('-');
        if (magnitude is >= 1e-3 and < 1e7)
        {
            if (pointPosition <= 0)
            {
                builder.Append("0.").Append('0', -pointPosition).Append(digits);
            }
            else if (pointPosition >= digits.Length)
            {
                builder.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
            }
            else
            {
                builder.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition);
            }
        }
        else
        {
            builder.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits[1..] : "0")
                .Append('E').Append((pointPosition - 1).ToString(CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>Java's OffsetDateTime.toString: seconds and fraction only when non-zero, Z for UTC.</summary>
    public static string JavaOffsetDateTime(DateTimeOffset date)
    {
        var builder = new StringBuilder(date.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        var ticks = date.Ticks % TimeSpan.TicksPerSecond;
        if (date.Second != 0 || ticks != 0)
        {
            builder.Append(':').Append(date.Second.ToString("00", CultureInfo.InvariantCulture));
            if (ticks != 0)
            {
                var nanos = ticks * 100;
                var fraction = nanos.ToString("000000000", CultureInfo.InvariantCulture);
                // Java prints the fraction in groups of three digits.
                fraction = nanos % 1_000_000 == 0 ? fraction[..3] : nanos % 1000 == 0 ? fraction[..6] : fraction;
                builder.Append('.').Append(fraction);
            }
        }
        if (date.Offset == TimeSpan.Zero)
        {
            builder.Append('Z');
        }
        else
        {
            var offset = date.Offset;
            builder.Append(offset < TimeSpan.Zero ? '-' : '+').Append(offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>Java's Duration.toString: PT8H6M12.345S.</summary>
    public static string JavaDuration(TimeSpan span)
    {
        if (span == TimeSpan.Zero) return "PT0S";
        var builder = new StringBuilder("PT");
        var hours = (long)span.TotalHours;
        if (hours != 0) builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        if (span.Minutes != 0) builder.Append(span.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        var seconds = span.Ticks % TimeSpan.TicksPerMinute;
        if (seconds != 0)
        {
            var whole = seconds / TimeSpan.TicksPerSecond;
            var fraction = Math.Abs(seconds % TimeSpan.TicksPerSecond);
            if (seconds < 0 && whole == 0) builder.Append('-');
            builder.Append(whole.ToString(CultureInfo.InvariantCulture));
            if (fraction != 0) builder.Append('.').Append(fraction.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0'));
            builder.Append('S');
        }
        return builder.ToString();
    }

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
