using System.Globalization;

namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// Turns field text into the .NET value of a column type, as Neptune's loader reads it: Bool is true for
/// "true" (any case) and false for anything else; integers out of their range, and floats written
/// "INF", are mismatches; dates are ISO-8601 and become UTC instants.
/// </summary>
internal static class CsvValueParser
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>The value, or false with <paramref name="value"/> null when the text does not fit the type.</summary>
    public static bool TryParse(CsvValueType type, string text, out object? value)
    {
        const NumberStyles Integer = NumberStyles.AllowLeadingSign;
        var invariant = CultureInfo.InvariantCulture;
        value = null;
        switch (type)
        {
            case CsvValueType.String:
                value = text;
                return true;
            case CsvValueType.Bool:
                value = text.Equals("true", StringComparison.OrdinalIgnoreCase);
                return true;
            case CsvValueType.Byte when sbyte.TryParse(text, Integer, invariant, out var b):
                value = b;
                return true;
            case CsvValueType.Short when short.TryParse(text, Integer, invariant, out var s):
                value = s;
                return true;
            case CsvValueType.Int when int.TryParse(text, Integer, invariant, out var i):
                value = i;
                return true;
            case CsvValueType.Long when long.TryParse(text, Integer, invariant, out var l):
                value = l;
                return true;
            case CsvValueType.Float when IsFloatText(text) && float.TryParse(text, NumberStyles.Float, invariant, out var f):
                value = f;
                return true;
            case CsvValueType.Double when IsFloatText(text) && double.TryParse(text, NumberStyles.Float, invariant, out var d):
                value = d;
                return true;
            case CsvValueType.Date when DateTimeOffset.TryParseExact(text, DateFormats, invariant, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date):
                value = date;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Decimal or scientific notation, NaN and (+/-)Infinity; .NET's other spellings (∞, "INF" never) are refused.</summary>
    private static bool IsFloatText(string text)
    {
        var body = text.Length > 0 && text[0] is '+' or '-' ? text.AsSpan(1) : text.AsSpan();
        if (body.Equals("Infinity", StringComparison.Ordinal) || text.Equals("NaN", StringComparison.Ordinal)) return true;
        foreach (var c in body)
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')) return false;
        return body.Length > 0;
    }

    public static string Describe(CsvValueType type) => type switch
    {
        CsvValueType.Bool => "a Bool (true or false)",
        CsvValueType.Byte => "a Byte (an integer from -128 to 127)",
        CsvValueType.Short => "a Short (an integer from -32768 to 32767)",
        CsvValueType.Int => "an Int (a 32-bit integer)",
        CsvValueType.Long => "a Long (a 64-bit integer)",
        CsvValueType.Float => "a Float (decimal or scientific notation, NaN or Infinity)",
        CsvValueType.Double => "a Double (decimal or scientific notation, NaN or Infinity)",
        CsvValueType.Date => "a Date (ISO-8601: yyyy-MM-dd, yyyy-MM-ddTHH:mm, yyyy-MM-ddTHH:mm:ss or yyyy-MM-ddTHH:mm:ssZ)",
        _ => "a String",
    };
}
