using System.Numerics;

namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// Numeric type promotion as TinkerPop's semantics define it for comparisons: floating point wins over
/// integral, then the widest bit size decides (32: float, 64: double, wider: BigDecimal; integral: byte,
/// short, int, long, BigInteger).
/// </summary>
internal static class GremlinNumbers
{
    internal enum Kind : byte { None, Byte, Short, Int, Long, BigInt, Float, Double, Decimal }

    public static Kind KindOf(object? value) => value switch
    {
        int => Kind.Int,
        long => Kind.Long,
        double => Kind.Double,
        float => Kind.Float,
        short => Kind.Short,
        sbyte => Kind.Byte,
        BigInteger => Kind.BigInt,
        decimal => Kind.Decimal,
        // Not Gremlin types, but .NET callers may hand them in: place them by the width they need.
        byte => Kind.Short,
        ushort => Kind.Int,
        uint => Kind.Long,
        ulong => Kind.BigInt,
        _ => Kind.None,
    };

    public static bool IsNumber(object? value) => KindOf(value) != Kind.None;

    public static bool IsNaN(object? value) => value switch
    {
        double d => double.IsNaN(d),
        float f => float.IsNaN(f),
        _ => false,
    };

    private static int Bits(Kind kind) => kind switch
    {
        Kind.Byte => 8,
        Kind.Short => 16,
        Kind.Int or Kind.Float => 32,
        Kind.Long or Kind.Double => 64,
        _ => 128,
    };

    private static bool IsFloating(Kind kind) => kind >= Kind.Float;

    /// <summary>
    /// Compares two numbers after promotion. Returns null when either is NaN (not comparable); the
    /// caller decides what NaN means in its context.
    /// </summary>
    public static int? Compare(object a, Kind kindA, object b, Kind kindB)
    {
        if (IsNaN(a) || IsNaN(b))
            return null;
        var bits = Math.Max(Bits(kindA), Bits(kindB));
        if (IsFloating(kindA) || IsFloating(kindB))
        {
            if (bits <= 32)
                return ToSingle(a).CompareTo(ToSingle(b));
            if (bits <= 64)
                return ToDouble(a).CompareTo(ToDouble(b));
            return CompareWide(a, b);
        }
        if (bits <= 64)
            return ToInt64(a).CompareTo(ToInt64(b));
        return ToBigInteger(a).CompareTo(ToBigInteger(b));
    }

    /// <summary>BigDecimal-level comparison; infinities and values beyond decimal's range fall back to double.</summary>
    private static int CompareWide(object a, object b)
    {
        if (TryToDecimal(a, out var x) && TryToDecimal(b, out var y))
            return x.CompareTo(y);
        return ToDouble(a).CompareTo(ToDouble(b));
    }

    public static float ToSingle(object value) => value switch
    {
        float f => f,
        double d => (float)d,
        decimal m => (float)m,
        BigInteger i => (float)i,
        _ => Convert.ToSingle(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static double ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        BigInteger i => (double)i,
        _ => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static long ToInt64(object value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        sbyte b => b,
        _ => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static BigInteger ToBigInteger(object value) => value switch
    {
        BigInteger i => i,
        ulong u => u,
        _ => ToInt64(value),
    };

    public static bool TryToDecimal(object value, out decimal result)
    {
        try
        {
            switch (value)
            {
                case decimal m:
                    result = m;
                    return true;
                case double d when double.IsFinite(d):
                    result = (decimal)d;
                    return true;
                case float f when float.IsFinite(f):
                    result = (decimal)f;
                    return true;
                case BigInteger i:
                    result = (decimal)i;
                    return true;
                case double or float:
                    result = default;
                    return false;
                default:
                    result = Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
                    return true;
            }
        }
        catch (OverflowException)
        {
            result = default;
            return false;
        }
    }

    /// <summary>
    /// A hash that agrees with promoted equality: numbers equal after promotion (as long, float or double)
    /// also agree after a trip through double to float, the narrowest promotion target. Going through
    /// double first matters: a long rounded straight to float can differ from one rounded twice.
    /// </summary>
    public static int PromotedHash(object value)
    {
        var f = (float)ToDouble(value);
        if (f == 0f)
            return 0; // -0.0 == +0.0
        return f.GetHashCode();
    }
}
