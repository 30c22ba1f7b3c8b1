using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// The Java-style <c>toString()</c> of Gremlin values, as Gremlin Console users know them and as the
/// GraphBinary "-stringd" serializer returns them: <c>v[1]</c>, <c>e[7][1-knows-&gt;2]</c>,
/// <c>vp[name-&gt;marko]</c>, <c>{a=1, b=2}</c>, <c>[1, 2]</c>, <c>1.0</c>, <c>2023-08-08T00:00Z</c>.
/// </summary>
public static class GremlinStringFactory
{
    /// <summary>Property values longer than this are shortened with "..." (Java's StringFactory abbreviates to 20).</summary>
    private const int MaxPropertyValueLength = 20;

    public static string Format(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    public static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                builder.Append(text);
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case double d:
                builder.Append(FormatDouble(d));
                return;
            case float f:
                builder.Append(FormatFloat(f));
                return;
            case decimal m:
                builder.Append(m.ToString(CultureInfo.InvariantCulture));
                return;
            case BigInteger big:
                builder.Append(big.ToString(CultureInfo.InvariantCulture));
                return;
            case IFormattable when GremlinNumbers.IsNumber(value):
                builder.Append(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                return;
            case DateTimeOffset date:
                builder.Append(FormatDate(date));
                return;
            case Guid uuid:
                builder.Append(uuid.ToString("D"));
                return;
            case TimeSpan duration:
                builder.Append(FormatDuration(duration));
                return;
            case Vertex vertex:
                builder.Append("v[");
                Append(builder, vertex.Id);
                builder.Append(']');
                return;
            case Edge edge:
                builder.Append("e[");
                Append(builder, edge.Id);
                builder.Append("][");
                Append(builder, edge.OutV.Id);
                builder.Append('-').Append(edge.Label).Append("->");
                Append(builder, edge.InV.Id);
                builder.Append(']');
                return;
            case VertexProperty vertexProperty:
                builder.Append("vp[").Append(vertexProperty.Key).Append("->").Append(Abbreviate(Format(vertexProperty.Value))).Append(']');
                return;
            case Property property:
                builder.Append("p[").Append(property.Key).Append("->").Append(Abbreviate(Format(property.Value))).Append(']');
                return;
            case Path path:
                builder.Append("path[");
                AppendItems(builder, path.Objects);
                builder.Append(']');
                return;
            case Tree tree:
                AppendEntries(builder, tree.Select(entry => new KeyValuePair<object?, object?>(entry.Key, entry.Value)));
                return;
            case GremlinMap map:
                AppendEntries(builder, map);
                return;
            case KeyValuePair<object?, object?> entry:
                // A map entry (what unfold() of a map gives) prints as Java's Map.Entry does: key=value.
                Append(builder, entry.Key);
                builder.Append('=');
                Append(builder, entry.Value);
                return;
            case IDictionary dictionary:
                AppendEntries(builder, dictionary.Cast<DictionaryEntry>().Select(entry => new KeyValuePair<object?, object?>(entry.Key, entry.Value)));
                return;
            case IEnumerable items:
                builder.Append('[');
                AppendItems(builder, items.Cast<object?>());
                builder.Append(']');
                return;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }

    private static void AppendItems(StringBuilder builder, IEnumerable<object?> items)
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

    private static void AppendEntries(StringBuilder builder, IEnumerable<KeyValuePair<object?, object?>> entries)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!first)
                builder.Append(", ");
            first = false;
            Append(builder, key);
            builder.Append('=');
            Append(builder, value);
        }
        builder.Append('}');
    }

    private static string Abbreviate(string text) =>
        text.Length <= MaxPropertyValueLength ? text : string.Concat(text.AsSpan(0, MaxPropertyValueLength - 3), "...");

    /// <summary>Java's Double.toString: plain between 10^-3 and 10^7, otherwise d.dddE±n; always a fraction digit.</summary>
    internal static string FormatDouble(double value) => FormatJavaFloating(value, value.ToString("R", CultureInfo.InvariantCulture));

    internal static string FormatFloat(float value) => FormatJavaFloating(value, value.ToString("R", CultureInfo.InvariantCulture));

    private static string FormatJavaFloating(double value, string shortest)
    {
        if (double.IsNaN(value))
            return "NaN";
        if (double.IsInfinity(value))
            return value > 0 ? "Infinity" : "-Infinity";
        if (value == 0)
            return double.IsNegative(value) ? "-0.0" : "0.0";

        // Split the shortest round-trip form into sign, digits and decimal exponent.
        var negative = shortest[0] == '-';
        var body = negative ? shortest[1..] : shortest;
        var exponent = 0;
        var e = body.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }
        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var digits = dot >= 0 ? body.Remove(dot, 1) : body;
        var pointPosition = (dot >= 0 ? dot : body.Length) + exponent; // digits before the decimal point
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0');
        pointPosition -= leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
            digits = "0";

        var result = new StringBuilder();
        if (negative)
            result.Append('-');
        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-3 and < 1e7)
        {
            if (pointPosition <= 0)
                result.Append("0.").Append('0', -pointPosition).Append(digits);
            else if (pointPosition >= digits.Length)
                result.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
            else
                result.Append(digits.AsSpan(0, pointPosition)).Append('.').Append(digits.AsSpan(pointPosition));
        }
        else
        {
            result.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits[1..] : "0");
            result.Append('E').Append((pointPosition - 1).ToString(CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }

    /// <summary>Java's OffsetDateTime.toString: seconds and fraction only when non-zero, Z for UTC.</summary>
    internal static string FormatDate(DateTimeOffset date)
    {
        var builder = new StringBuilder(date.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        var ticksInSecond = date.Ticks % TimeSpan.TicksPerSecond;
        if (date.Second != 0 || ticksInSecond != 0)
            builder.Append(':').Append(date.Second.ToString("00", CultureInfo.InvariantCulture));
        if (ticksInSecond != 0)
        {
            var nanos = ticksInSecond * 100;
            var fraction = nanos % 1_000_000 == 0 ? (nanos / 1_000_000).ToString("000", CultureInfo.InvariantCulture)
                : nanos % 1_000 == 0 ? (nanos / 1_000).ToString("000000", CultureInfo.InvariantCulture)
                : nanos.ToString("000000000", CultureInfo.InvariantCulture);
            builder.Append('.').Append(fraction);
        }
        builder.Append(date.Offset == TimeSpan.Zero ? "Z" : date.ToString("zzz", CultureInfo.InvariantCulture));
        return builder.ToString();
    }

    /// <summary>Java's Duration.toString: PT8H6M12.345S; zero is PT0S.</summary>
    internal static string FormatDuration(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
            return "PT0S";
        var builder = new StringBuilder("PT");
        var hours = (long)duration.TotalHours;
        if (hours != 0)
            builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        if (duration.Minutes != 0)
            builder.Append(duration.Minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        var seconds = duration.Ticks % TimeSpan.TicksPerMinute;
        if (seconds != 0)
        {
            var text = ((decimal)seconds / TimeSpan.TicksPerSecond).ToString(CultureInfo.InvariantCulture);
            builder.Append(text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0') : text).Append('S');
        }
        return builder.ToString();
    }
}
