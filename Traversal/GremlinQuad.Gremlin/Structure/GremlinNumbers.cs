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

    /// <summary>
    /// Compares two non-NaN numbers by their exact mathematical value (doubles and floats as the binary
    /// fractions they are). Unlike promotion this is transitive, which a sort needs; it differs from
    /// promotion only where promotion rounds (int 16777217 vs float 16777216), and orderability leaves the
    /// relative order of numerically equal values of different types open anyway.
    /// </summary>
    public static int CompareExact(object a, Kind kindA, object b, Kind kindB)
    {
        if (kindA == kindB)
        {
            return a switch
            {
                int x => x.CompareTo((int)b),
                long x => x.CompareTo((long)b),
                double x => x.CompareTo((double)b),
                float x => x.CompareTo((float)b),
                decimal x => x.CompareTo((decimal)b),
                BigInteger x => x.CompareTo((BigInteger)b),
                short x => x.CompareTo((short)b),
                sbyte x => x.CompareTo((sbyte)b),
                _ => CompareRational(a, b),
            };
        }
        if (IsDoubleExact(a, kindA) && IsDoubleExact(b, kindB))
            return ToDouble(a).CompareTo(ToDouble(b));
        return CompareRational(a, b);
    }

    /// <summary>Whether converting to double loses nothing (so double comparison is exact).</summary>
    private static bool IsDoubleExact(object value, Kind kind) => kind switch
    {
        Kind.Byte or Kind.Short or Kind.Int or Kind.Float or Kind.Double => true,
        Kind.Long => Math.Abs((long)value) <= (1L << 53),
        _ => false,
    };

    private static int CompareRational(object a, object b)
    {
        var infiniteA = InfinitySign(a);
        var infiniteB = InfinitySign(b);
        if (infiniteA != 0 || infiniteB != 0)
            return infiniteA.CompareTo(infiniteB);
        var (numeratorA, denominatorA) = ToRational(a);
        var (numeratorB, denominatorB) = ToRational(b);
        return (numeratorA * denominatorB).CompareTo(numeratorB * denominatorA);
    }

    private static int InfinitySign(object value) => value switch
    {
        double d when double.IsInfinity(d) => Math.Sign(d),
        float f when float.IsInfinity(f) => Math.Sign(f),
        _ => 0,
    };

    /// <summary>The exact value as numerator / positive denominator.</summary>
    private static (BigInteger Numerator, BigInteger Denominator) ToRational(object value)
    {
        switch (value)
        {
            case double d:
                return BinaryFraction(d);
            case float f:
                return BinaryFraction(f);
            case decimal m:
            {
                var bits = decimal.GetBits(m);
                var scale = (bits[3] >> 16) & 0xFF;
                var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
                return (bits[3] < 0 ? -magnitude : magnitude, BigInteger.Pow(10, scale));
            }
            default:
                return (ToBigInteger(value), BigInteger.One);
        }
    }

    private static (BigInteger Numerator, BigInteger Denominator) BinaryFraction(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
            exponent = 1; // subnormal: no implicit leading bit
        else
            mantissa |= 1L << 52;
        var power = exponent - 1075; // value = mantissa * 2^power
        BigInteger numerator = bits < 0 ? -mantissa : mantissa;
        return power >= 0 ? (numerator << power, BigInteger.One) : (numerator, BigInteger.One << -power);
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
                case double d:
                    return TryFloatingToDecimal(d, d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), out result);
                case float f:
                    return TryFloatingToDecimal(f, f.ToString("R", System.Globalization.CultureInfo.InvariantCulture), out result);
                case BigInteger i:
                    result = (decimal)i;
                    return true;
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
    /// Java reads a double as BigDecimal through its shortest decimal form (BigDecimal.valueOf); so do we.
    /// Values decimal cannot hold faithfully (non-finite, beyond its range, or so small that its 28
    /// fractional digits would round them away) are refused, and the caller compares as double instead.
    /// </summary>
    private static bool TryFloatingToDecimal(double value, string shortest, out decimal result)
    {
        var magnitude = Math.Abs(value);
        if (!double.IsFinite(value) || (magnitude != 0 && (magnitude < 1e-12 || magnitude > 7.9e27)))
        {
            result = default;
            return false;
        }
        result = decimal.Parse(shortest, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        return true;
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
