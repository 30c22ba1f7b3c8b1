using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary>
/// Parses a table cell or parameter value written in the kit's notation (FEATURES-GUIDE.md §5). The whole
/// text must match a form; text that matches none is a plain string, as the guide specifies. A text that
/// starts like a typed form but is malformed (<c>d[1].q</c>) throws, because silently reading it as a string
/// would turn a broken expectation into a confusing mismatch.
/// </summary>
public static class NotationParser
{
    public static NotationValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (text)
        {
            case "null":
                return new LiteralNotation(null);
            case "true":
                return new LiteralNotation(true);
            case "false":
                return new LiteralNotation(false);
        }

        if (!text.EndsWith(']') && !IsSuffixedForm(text))
            return new LiteralNotation(text);

        if (TryBody(text, "str[", out var literal))
            return new LiteralNotation(literal);
        if (text.StartsWith("d[", StringComparison.Ordinal))
            return ParseNumber(text);
        if (TryBody(text, "dt[", out var dateTime))
            return new LiteralNotation(ParseDateTime(dateTime));
        if (TryBody(text, "uuid[", out var uuid))
            return new LiteralNotation(ParseGuid(uuid));
        if (text.StartsWith("vp[", StringComparison.Ordinal))
            return ParseVertexProperty(text);
        if (text.StartsWith("v[", StringComparison.Ordinal))
            return ParseVertex(text);
        if (text.StartsWith("e[", StringComparison.Ordinal))
            return ParseEdge(text);
        if (TryBody(text, "l[", out var list))
            return new ListNotation(ParseItems(list));
        if (TryBody(text, "s[", out var set))
            return new SetNotation(ParseItems(set));
        if (TryBody(text, "p[", out var path))
            return new PathNotation(ParseItems(path));
        if (TryBody(text, "m[", out var map))
            return ParseMap(map);
        if (TryBody(text, "t[", out var t))
            return new TokenNotation(TokenKind.T, t);
        if (TryBody(text, "D[", out var direction))
            return new TokenNotation(TokenKind.Direction, direction);
        if (TryBody(text, "M[", out var merge))
            return new TokenNotation(TokenKind.Merge, merge);
        if (TryBody(text, "c[", out var lambda))
            return new LambdaNotation(lambda);
        return new LiteralNotation(text);
    }

    /// <summary>Forms that end after the closing bracket: <c>d[1].i</c>, <c>v[marko].id</c>, <c>e[…].sid</c>.</summary>
    private static bool IsSuffixedForm(string text) =>
        text.StartsWith("d[", StringComparison.Ordinal)
        || ((text.StartsWith("v[", StringComparison.Ordinal) || text.StartsWith("e[", StringComparison.Ordinal))
            && (text.EndsWith("].id", StringComparison.Ordinal) || text.EndsWith("].sid", StringComparison.Ordinal)));

    private static bool TryBody(string text, string prefix, out string body)
    {
        if (text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith(']'))
        {
            body = text[prefix.Length..^1];
            return true;
        }

        body = string.Empty;
        return false;
    }

    private static LiteralNotation ParseNumber(string text)
    {
        var close = text.LastIndexOf(']');
        if (close < 0)
            throw new NotationFormatException($"'{text}': a number is written d[value].suffix, e.g. d[29].i; the closing ']' is missing.");
        var body = text[2..close];
        var suffix = text[(close + 1)..];
        if (suffix.Length == 0)
        {
            return body switch
            {
                "NaN" => new LiteralNotation(double.NaN),
                "Infinity" => new LiteralNotation(double.PositiveInfinity),
                "-Infinity" => new LiteralNotation(double.NegativeInfinity),
                _ => throw new NotationFormatException($"'{text}': only NaN, Infinity and -Infinity may omit the type suffix; write d[{body}].i, .l, .d, …"),
            };
        }

        try
        {
            const NumberStyles Integer = NumberStyles.AllowLeadingSign;
            const NumberStyles Real = NumberStyles.Float;
            var invariant = CultureInfo.InvariantCulture;
            object value = suffix switch
            {
                ".b" => sbyte.Parse(body, Integer, invariant),
                ".s" => short.Parse(body, Integer, invariant),
                ".i" => int.Parse(body, Integer, invariant),
                ".l" => long.Parse(body, Integer, invariant),
                ".n" => BigInteger.Parse(body, Integer, invariant),
                ".f" => float.Parse(body, Real, invariant),
                ".d" => double.Parse(body, Real, invariant),
                ".m" => decimal.Parse(body, Real, invariant),
                _ => throw new NotationFormatException($"'{text}': unknown number suffix '{suffix}'; expected .b .s .i .l .n .f .d or .m."),
            };
            return new LiteralNotation(value);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new NotationFormatException($"'{text}': '{body}' is not a valid value for suffix '{suffix}': {e.Message}", e);
        }
    }

    private static DateTimeOffset ParseDateTime(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            return value;
        throw new NotationFormatException($"'dt[{text}]': not an ISO-8601 date-time such as 2023-08-08T00:00:00Z.");
    }

    private static Guid ParseGuid(string text)
    {
        if (Guid.TryParse(text, out var value))
            return value;
        throw new NotationFormatException($"'uuid[{text}]': not a UUID such as f47af10b-58cc-4372-a567-0f02b2f3d479.");
    }

    private static (string Body, ElementForm Form) SplitElementSuffix(string text, string prefix)
    {
        if (text.EndsWith("].id", StringComparison.Ordinal))
            return (text[prefix.Length..^4], ElementForm.Id);
        if (text.EndsWith("].sid", StringComparison.Ordinal))
            return (text[prefix.Length..^5], ElementForm.StringId);
        return (text[prefix.Length..^1], ElementForm.Element);
    }

    private static VertexNotation ParseVertex(string text)
    {
        var (name, form) = SplitElementSuffix(text, "v[");
        if (name.Length == 0)
            throw new NotationFormatException($"'{text}': v[…] needs the vertex's name, e.g. v[marko].");
        return new VertexNotation(name, form);
    }

    private static EdgeNotation ParseEdge(string text)
    {
        var (body, form) = SplitElementSuffix(text, "e[");
        var (outName, label, inName) = SplitTriplet(text, body);
        return new EdgeNotation(outName, label, inName, form);
    }

    private static VertexPropertyNotation ParseVertexProperty(string text)
    {
        var (vertex, key, value) = SplitTriplet(text, text[3..^1]);
        return new VertexPropertyNotation(vertex, key, Parse(value));
    }

    /// <summary>Splits <c>a-b-&gt;c</c> at the first <c>-&gt;</c>, then the left side at its last <c>-</c>.</summary>
    private static (string Left, string Middle, string Right) SplitTriplet(string text, string body)
    {
        var arrow = body.IndexOf("->", StringComparison.Ordinal);
        var dash = arrow < 0 ? -1 : body.LastIndexOf('-', arrow - 1 < 0 ? 0 : arrow - 1);
        if (arrow < 0 || dash <= 0 || dash + 1 >= arrow || arrow + 2 >= body.Length)
            throw new NotationFormatException($"'{text}': expected the form x[name-label->name], e.g. e[marko-knows->vadas].");
        return (body[..dash], body[(dash + 1)..arrow], body[(arrow + 2)..]);
    }

    /// <summary>Splits a collection body at commas outside nested brackets and braces; empty body, no items.</summary>
    private static List<NotationValue> ParseItems(string body)
    {
        var items = new List<NotationValue>();
        if (body.Length == 0)
            return items;
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '[' or '{':
                    depth++;
                    break;
                case ']' or '}':
                    depth--;
                    break;
                case ',' when depth == 0:
                    items.Add(Parse(body[start..i].Trim()));
                    start = i + 1;
                    break;
            }
        }

        items.Add(Parse(body[start..].Trim()));
        return items;
    }

    private static MapNotation ParseMap(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new NotationFormatException($"'m[{json}]': the body is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new NotationFormatException($"'m[{json}]': the body must be a JSON object.");
            return (MapNotation)FromJson(document.RootElement);
        }
    }

    /// <summary>JSON strings are notation again; numbers become int, long or BigInteger when integral, else double.</summary>
    private static NotationValue FromJson(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var entries = new List<KeyValuePair<NotationValue, NotationValue>>();
                foreach (var property in element.EnumerateObject())
                    entries.Add(new(Parse(property.Name), FromJson(property.Value)));
                return new MapNotation(entries);
            case JsonValueKind.Array:
                return new ListNotation([.. element.EnumerateArray().Select(FromJson)]);
            case JsonValueKind.String:
                return Parse(element.GetString()!);
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i))
                    return new LiteralNotation(i);
                if (element.TryGetInt64(out var l))
                    return new LiteralNotation(l);
                var raw = element.GetRawText();
                if (BigInteger.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
                    return new LiteralNotation(big);
                return new LiteralNotation(element.GetDouble());
            case JsonValueKind.True:
                return new LiteralNotation(true);
            case JsonValueKind.False:
                return new LiteralNotation(false);
            case JsonValueKind.Null:
                return new LiteralNotation(null);
            default:
                throw new NotationFormatException($"unexpected JSON value '{element.GetRawText()}' in a map.");
        }
    }
}
