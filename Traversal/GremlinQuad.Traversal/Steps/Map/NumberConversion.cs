using System.Globalization;
using System.Numerics;
using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// asNumber()'s two halves: reading a number from text the way the reference implementation does
/// (commons-lang NumberUtils.createNumber: the narrowest of int/long/BigInteger for whole numbers,
/// hex with 0x or #, type suffixes L/F/D, and float/double/BigDecimal for decimals), and casting a
/// number to a GType, which fails on overflow instead of wrapping (NumberHelper.castTo).
/// </summary>
internal static class NumberConversion
{
    public static bool IsNumericType(GType type) => type is GType.BYTE or GType.SHORT or GType.INT or GType.LONG
        or GType.BIGINT or GType.FLOAT or GType.DOUBLE or GType.BIGDECIMAL or GType.NUMBER;

    /// <summary>Parses text as a number; throws "Can't parse string '...' as number." when it is not one.</summary>
    public static object Parse(string text)
    {
        return TryParse(text.Trim()) ?? throw new GremlinExecutionException($"Can't parse string '{text}' as number.");
    }

    private static object? TryParse(string text)
    {
        if (text.Length == 0) return null;
        var sign = text[0] is '-' or '+' ? text[0].ToString() : "";
        var body = text[sign.Length..];
        if (body.Length == 0) return null;

        if (body.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || body.StartsWith('#'))
            return ParseHex(sign == "-", body[(body[0] == '#' ? 1 : 2)..]);

        var last = char.ToUpperInvariant(body[^1]);
        if (last is 'L' or 'F' or 'D' && body.Length > 1)
        {
            var digits = sign + body[..^1];
            return last switch
            {
                'L' => IsWholeNumber(digits) ? LongOrBigInteger(digits) : null,
                'F' => IsDecimal(digits) && float.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && !float.IsInfinity(f) ? f : null,
                _ => IsDecimal(digits) && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d) ? d : null,
            };
        }

        if (IsWholeNumber(text))
        {
            // Integer.decode reads a leading zero as octal.
            if (body.Length > 1 && body[0] == '0')
                return body.All(c => c is >= '0' and <= '7') ? Narrowest(BigIntegerFromBase(body, 8) * (sign == "-" ? -1 : 1)) : null;
            return ParseWhole(text);
        }
        if (!IsDecimal(text)) return null;
        return ParseDecimal(text);
    }

    private static bool IsWholeNumber(string text)
    {
        var start = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        return text.Length > start && text.Skip(start).All(char.IsAsciiDigit);
    }

    private static bool IsDecimal(string text)
    {
        var i = text.Length > 0 && text[0] is '-' or '+' ? 1 : 0;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digits++; }
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+') i++;
            var exponentDigits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; exponentDigits++; }
            if (exponentDigits == 0) return false;
        }
        return i == text.Length;
    }

    private static object ParseWhole(string text) =>
        Narrowest(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

#pragma warning disable CA1859 // boxed on purpose: the narrowest Gremlin type is the result
    /// <summary>An L suffix asks for a Long; only a value beyond a long becomes a BigInteger.</summary>
    private static object LongOrBigInteger(string text)
    {
        var value = BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (value >= long.MinValue && value <= long.MaxValue) return (long)value;
        return value;
    }

    private static object Narrowest(BigInteger value)
    {
        if (value >= int.MinValue && value <= int.MaxValue) return (int)value;
        if (value >= long.MinValue && value <= long.MaxValue) return (long)value;
        return value;
    }

    private static object? ParseHex(bool negative, string digits)
    {
        if (digits.Length == 0 || !digits.All(char.IsAsciiHexDigit)) return null;
        var value = BigIntegerFromBase(digits, 16);
        if (negative) value = -value;
        // createNumber picks the type from the number of hex digits, as Java's decode would need.
        var significant = digits.TrimStart('0');
        var high = significant.Length > 0 && significant[0] > '7';
        if (significant.Length > 16 || (significant.Length == 16 && high)) return value;
        if (significant.Length > 8 || (significant.Length == 8 && high)) return (long)value;
        return (int)value;
    }

#pragma warning restore CA1859

    private static BigInteger BigIntegerFromBase(string digits, int radix)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits) value = value * radix + Convert.ToInt32(c.ToString(), 16);
        return value;
    }

    /// <summary>A Float when it prints the same as the Double, else a Double when exact, else a BigDecimal.</summary>
    private static object? ParseDecimal(string text)
    {
        var f = float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        var zeroText = text.TrimStart('-', '+').TakeWhile(c => c is not ('e' or 'E')).All(c => c is '0' or '.');
        if (!float.IsInfinity(f) && !(f == 0 && !zeroText) && ValueText.JavaFloat(f) == ValueText.JavaDouble(d)) return f;
        if (!double.IsInfinity(d) && !(d == 0 && !zeroText))
        {
            // BigDecimal.valueOf(double) reads the double's Java text, so compare against that.
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
                && decimal.TryParse(ValueText.JavaDouble(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var viaDouble)
                && viaDouble == exact) return d;
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var big) ? big : d;
        }
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) ? m : null;
    }

    /// <summary>Casts a number to a numeric GType; NUMBER keeps it as it is.</summary>
    public static object Cast(object number, GType type)
    {
        switch (type)
        {
            case GType.NUMBER: return number;
            case GType.INT:
                if (number is int) return number;
                var i = LongValue(number, "Integer");
                return i is >= int.MinValue and <= int.MaxValue ? (int)i : throw Overflow(number, "Integer");
            case GType.LONG:
                return number is long ? number : LongValue(number, "Long");
            case GType.SHORT:
                if (number is short) return number;
                var s = LongValue(number, "Short");
                return s is >= short.MinValue and <= short.MaxValue ? (short)s : throw Overflow(number, "Short");
            case GType.BYTE:
                if (number is sbyte) return number;
                var b = LongValue(number, "Byte");
                return b is >= sbyte.MinValue and <= sbyte.MaxValue ? (sbyte)b : throw Overflow(number, "Byte");
            case GType.FLOAT:
            {
                if (number is float) return number;
                var d = ToDouble(number);
                if (double.IsNaN(d) || double.IsInfinity(d) && number is double) return (float)d;
                return d is >= -float.MaxValue and <= float.MaxValue ? (float)d : throw Overflow(number, "Float");
            }
            case GType.DOUBLE:
            {
                if (number is double) return number;
                // A float goes through its text, as Java's cast does, so 5.75f stays 5.75 and 0.1f becomes 0.1.
                if (number is float f) return float.IsFinite(f) ? double.Parse(ValueText.JavaFloat(f), CultureInfo.InvariantCulture) : (double)f;
                var d = ToDouble(number);
                return double.IsInfinity(d) ? throw Overflow(number, "Double") : d;
            }
            case GType.BIGINT:
                return number switch
                {
                    BigInteger => number,
                    decimal m => new BigInteger(decimal.Truncate(m)),
                    double or float => double.IsFinite(ToDouble(number)) ? new BigInteger(Math.Truncate(ToDouble(number))) : throw NotFinite(number, "BigInteger"),
                    _ => new BigInteger(Values.Numbers.ToInt64(number)),
                };
            case GType.BIGDECIMAL:
                try
                {
                    return number switch
                    {
                        decimal => number,
                        BigInteger big => (decimal)big,
                        float f => float.IsFinite(f) ? decimal.Parse(ValueText.JavaFloat(f), NumberStyles.Float, CultureInfo.InvariantCulture) : throw NotFinite(number, "BigDecimal"),
                        double d => double.IsFinite(d) ? decimal.Parse(ValueText.JavaDouble(d), NumberStyles.Float, CultureInfo.InvariantCulture) : throw NotFinite(number, "BigDecimal"),
                        _ => (decimal)Values.Numbers.ToInt64(number),
                    };
                }
                catch (OverflowException)
                {
                    throw Overflow(number, "BigDecimal");
                }
            default:
                throw new GremlinRequestException($"asNumber() requires a numeric type token, got {type}");
        }
    }

    private static double ToDouble(object number) => Values.Numbers.ToDouble(number);

    /// <summary>NumberHelper.longValue: whole-number targets reject NaN, infinity and values beyond a long.</summary>
    private static long LongValue(object number, string target)
    {
        if (Values.Numbers.IsNaN(number)) throw new GremlinExecutionException($"Can't convert NaN to {target}.");
        if (number is double or float)
        {
            var d = ToDouble(number);
            if (double.IsInfinity(d)) throw NotFinite(number, target);
            if (d >= 9.2233720368547758E18) throw Overflow(number, target);
            if (d < -9.2233720368547758E18)
                throw new GremlinExecutionException($"Can't convert number of type {ValueText.JavaTypeName(number)} to {target} due to underflow.");
            return (long)d;
        }
        return number switch
        {
            decimal m => decimal.Truncate(m) is var whole && whole >= long.MinValue && whole <= long.MaxValue ? (long)whole : throw Overflow(number, target),
            BigInteger big => big >= long.MinValue && big <= long.MaxValue ? (long)big : throw Overflow(number, target),
            _ => Values.Numbers.ToInt64(number),
        };
    }

    private static GremlinExecutionException Overflow(object number, string target) =>
        new($"Can't convert number of type {ValueText.JavaTypeName(number)} to {target} due to overflow.");

    private static GremlinExecutionException NotFinite(object number, string target) =>
        Values.Numbers.IsNaN(number)
            ? new($"Can't convert NaN to {target}.")
            : new($"Can't convert floating point infinity to {target}.");
}
