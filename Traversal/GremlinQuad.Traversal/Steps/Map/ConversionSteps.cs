using System.Globalization;
using System.Numerics;
using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// Type conversions: asString([Scope]), asNumber([GType]), asBool(), asDate(). Each fails with
/// TinkerPop's "Can't parse ..." message when the value cannot be converted.
/// </summary>
[GremlinStep("asString", "asNumber", "asBool", "asDate")]
internal sealed class ConversionStepFactory : IStepFactory
{
    /// <summary>ISO-8601 shapes DatetimeHelper.parse accepts: date-time with optional offset, bare date, year-month.</summary>
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        switch (spec.Name)
        {
            case "asString":
            {
                Args.Count(spec, 0, 1);
                var scope = spec.Arguments.Count == 1
                    ? spec.Arguments[0] as Scope? ?? throw Args.Reject("asString", 0, "Scope.local or Scope.global", spec.Arguments[0])
                    : Scope.global;
                return scope == Scope.local
                    ? new LambdaMapStep((t, c) => AsStringLocal(t.Value, c))
                    : new LambdaMapStep((t, c) => AsString(t.Value, c));
            }
            case "asNumber":
            {
                Args.Count(spec, 0, 1);
                GType? type = null;
                if (spec.Arguments.Count == 1)
                {
                    type = spec.Arguments[0] as GType? ?? throw Args.Reject("asNumber", 0, "a numeric GType such as GType.INT", spec.Arguments[0]);
                    if (!NumberConversion.IsNumericType(type.Value))
                        throw new GremlinRequestException($"asNumber() requires a numeric type token, got {type}; use one of BYTE, SHORT, INT, LONG, BIGINT, FLOAT, DOUBLE, BIGDECIMAL or NUMBER.");
                }
                return new LambdaMapStep((t, _) => AsNumber(t.Value, type));
            }
            case "asBool":
                Args.Count(spec, 0, 0);
                return new LambdaMapStep((t, _) => AsBool(t.Value));
            default:
                Args.Count(spec, 0, 0);
                return new LambdaMapStep((t, _) => AsDate(t.Value));
        }
    }

    private static string AsString(object? value, ExecutionContext context) =>
        value is null ? throw new GremlinExecutionException("Can't parse null as String.") : ValueText.Of(context, value);

    /// <summary>asString(local): a list becomes a list of strings; anything else is converted as a whole.</summary>
    private static object AsStringLocal(object? value, ExecutionContext context)
    {
        if (Iterables.AsList(value) is not { } items) return AsString(value, context);
        var strings = new List<object?>(items.Count);
        foreach (var item in items) strings.Add(AsString(item, context));
        return strings;
    }

    private static object? AsNumber(object? value, GType? type)
    {
        if (value is null) return null;
        var number = value switch
        {
            string text => NumberConversion.Parse(text),
            DateTimeOffset date => date.ToUnixTimeMilliseconds(),
            _ when Values.Numbers.IsNumber(value) => value,
            _ => throw new GremlinExecutionException($"Can't parse type {ValueText.JavaTypeName(value)} as number."),
        };
        return type is { } target ? NumberConversion.Cast(number, target) : number;
    }

    private static bool AsBool(object? value)
    {
        switch (value)
        {
            case null: throw new GremlinExecutionException("Can't parse null as Boolean.");
            case bool flag: return flag;
            case string text:
                var trimmed = text.Trim();
                if (trimmed.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
                if (trimmed.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
                throw new GremlinExecutionException($"Can't parse {text} as Boolean.");
        }
        if (!Values.Numbers.IsNumber(value)) throw new GremlinExecutionException($"Can't parse {ValueText.JavaTypeName(value)} as Boolean.");
        // Any non-zero number is true; zero (either sign) and NaN are false.
        if (value is BigInteger big) return !big.IsZero;
        if (value is decimal m) return m != 0;
        var d = Values.Numbers.ToDouble(value);
        return !double.IsNaN(d) && d != 0d;
    }

    private static DateTimeOffset AsDate(object? value)
    {
        switch (value)
        {
            case null: throw new GremlinExecutionException("Can't parse null as DateTime.");
            case DateTimeOffset date: return date;
            case DateTime date: return new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc));
            case sbyte or short or int or long:
                // Whole numbers are milliseconds since the epoch, in UTC.
                return FromEpochMilliseconds(Values.Numbers.ToInt64(value), value);
            case BigInteger big when big >= long.MinValue && big <= long.MaxValue:
                return FromEpochMilliseconds((long)big, value);
            case string text:
                return ParseDate(text) ?? throw new GremlinExecutionException($"Can't parse {text} as OffsetDateTime.");
            default:
                throw new GremlinExecutionException($"Can't parse {ValueText.JavaTypeName(value)} as OffsetDateTime; asDate() takes a DateTime, an ISO-8601 string or whole milliseconds since the epoch.");
        }
    }

    private static DateTimeOffset FromEpochMilliseconds(long milliseconds, object value)
    {
        try
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new GremlinExecutionException($"Can't parse {value} as Date: it is outside the range of dates.");
        }
    }

    /// <summary>DatetimeHelper.parse: no offset means UTC; a bare date is its midnight; year-month its first day.</summary>
    internal static DateTimeOffset? ParseDate(string text)
    {
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, styles, out var value)) return value;
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out var day)) return day.ToOffset(TimeSpan.Zero);
        if (DateTimeOffset.TryParseExact(text, "yyyy-M", CultureInfo.InvariantCulture, styles, out var month)) return month.ToOffset(TimeSpan.Zero);
        return null;
    }
}
