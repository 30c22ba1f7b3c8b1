using System.Numerics;

namespace GremlinQuad.Traversal.Values;

/// <summary>
/// Gremlin's numeric tower: byte &lt; short &lt; int &lt; long &lt; BigInteger and float &lt; double &lt;
/// BigDecimal. Arithmetic happens in the wider of the two operand types, as TinkerPop's NumberHelper does.
/// </summary>
internal static class Numbers
{
    public static bool IsNumber(object? value) =>
        value is sbyte or byte or short or int or long or float or double or decimal or BigInteger;

    /// <summary>Rank in the tower: 0 byte, 1 short, 2 int, 3 long, 4 BigInteger, 5 float, 6 double, 7 decimal.</summary>
    private static int Rank(object value) => value switch
    {
        sbyte or byte => 0,
        short => 1,
        int => 2,
        long => 3,
        BigInteger => 4,
        float => 5,
        double => 6,
        decimal => 7,
        _ => throw new ArgumentException($"Not a number: {value}", nameof(value)),
    };

    private static int Common(object a, object b)
    {
        int ra = Rank(a), rb = Rank(b);
        // Mixing an integer type with a floating one: floats/doubles win; BigInteger with float goes to double.
        if (ra == 4 && rb is 5) return 6;
        if (rb == 4 && ra is 5) return 6;
        return Math.Max(ra, rb);
    }

    public static double ToDouble(object value) => value switch
    {
        sbyte v => v,
        byte v => v,
        short v => v,
        int v => v,
        long v => v,
        float v => v,
        double v => v,
        decimal v => (double)v,
        BigInteger v => (double)v,
        _ => throw new ArgumentException($"Not a number: {value}", nameof(value)),
    };

    public static long ToInt64(object value) => value switch
    {
        sbyte v => v,
        byte v => v,
        short v => v,
        int v => v,
        long v => v,
        float v => (long)v,
        double v => (long)v,
        decimal v => (long)v,
        BigInteger v => (long)v,
        _ => throw new ArgumentException($"Not a number: {value}", nameof(value)),
    };

    public static BigInteger ToBigInteger(object value) => value switch
    {
        BigInteger v => v,
        decimal v => new BigInteger(v),
        float or double => new BigInteger(ToDouble(value)),
        _ => new BigInteger(ToInt64(value)),
    };

    public static decimal ToDecimal(object value) => value switch
    {
        decimal v => v,
        BigInteger v => (decimal)v,
        float or double => (decimal)ToDouble(value),
        _ => ToInt64(value),
    };

    /// <summary>Numeric comparison across types; NaN is handled by the caller.</summary>
    public static int Compare(object a, object b)
    {
        switch (Common(a, b))
        {
            case <= 3: return ToInt64(a).CompareTo(ToInt64(b));
            case 4: return ToBigInteger(a).CompareTo(ToBigInteger(b));
            case 7:
                if (IsNaNOrInfinity(a) || IsNaNOrInfinity(b)) return ToDouble(a).CompareTo(ToDouble(b));
                return ToDecimal(a).CompareTo(ToDecimal(b));
            default:
                // A long beyond 2^53 loses precision as a double; compare exactly when both are integral.
                if (a is long or BigInteger || b is long or BigInteger)
                {
                    var da = ToDouble(a);
                    var db = ToDouble(b);
                    if (double.IsFinite(da) && double.IsFinite(db) && Math.Floor(da) == da && Math.Floor(db) == db)
                        return ToBigInteger(a).CompareTo(ToBigInteger(b));
                }
                return ToDouble(a).CompareTo(ToDouble(b));
        }
    }

    public static bool IsNaN(object? value) => value is double d && double.IsNaN(d) || value is float f && float.IsNaN(f);

    private static bool IsNaNOrInfinity(object value) => value is double d && !double.IsFinite(d) || value is float f && !float.IsFinite(f);

    public static object Add(object a, object b) => Apply(a, b, '+');
    public static object Subtract(object a, object b) => Apply(a, b, '-');
    public static object Multiply(object a, object b) => Apply(a, b, '*');
    public static object Divide(object a, object b) => Apply(a, b, '/');

    public static object Apply(object a, object b, char op)
    {
        var rank = Common(a, b);
        switch (rank)
        {
            case <= 3:
            {
                long x = ToInt64(a), y = ToInt64(b);
                if (op == '/' && y == 0) throw new Gremlin.GremlinExecutionException("Division by zero.");
                try
                {
                    var result = checked(op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y });
                    return Narrow(result, rank);
                }
                catch (OverflowException)
                {
                    // As TinkerPop 3.8's NumberHelper: an overflowing result moves up to the narrowest wider
                    // integer type that holds it (127b + 1b is the short 128), up to BigInteger.
                    return Promote(op switch { '+' => (BigInteger)x + y, '-' => (BigInteger)x - y, '*' => (BigInteger)x * y, _ => (BigInteger)x / y }, rank);
                }
            }
            case 4:
            {
                BigInteger x = ToBigInteger(a), y = ToBigInteger(b);
                if (op == '/' && y.IsZero) throw new Gremlin.GremlinExecutionException("Division by zero.");
                return op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
            }
            case 5:
            {
                float x = (float)ToDouble(a), y = (float)ToDouble(b);
                return op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
            }
            case 6:
            {
                double x = ToDouble(a), y = ToDouble(b);
                return op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
            }
            default:
            {
                decimal x = ToDecimal(a), y = ToDecimal(b);
                if (op == '/' && y == 0) throw new Gremlin.GremlinExecutionException("Division by zero.");
                return op switch { '+' => x + y, '-' => x - y, '*' => x * y, _ => x / y };
            }
        }
    }

#pragma warning disable CA1859 // boxed on purpose: the narrowed value keeps its Gremlin type
    private static object Narrow(long value, int rank) => rank switch
    {
        // Each arm boxes its own type: without the object casts the switch's natural type would be long.
        0 => value is >= sbyte.MinValue and <= sbyte.MaxValue ? (object)(sbyte)value : throw new OverflowException(),
        1 => value is >= short.MinValue and <= short.MaxValue ? (object)(short)value : throw new OverflowException(),
        2 => value is >= int.MinValue and <= int.MaxValue ? (object)(int)value : throw new OverflowException(),
        _ => (object)value,
    };
#pragma warning restore CA1859

    private static object Promote(BigInteger value, int rank)
    {
        for (var wider = rank + 1; wider <= 3; wider++)
        {
            if (value >= long.MinValue && value <= long.MaxValue)
            {
                try
                {
                    return Narrow((long)value, wider);
                }
                catch (OverflowException)
                {
                    // Still too wide for this type: try the next one.
                }
            }
        }
        return value;
    }

    public static object Min(object a, object b) => Compare(a, b) <= 0 ? a : b;

    public static object Max(object a, object b) => Compare(a, b) >= 0 ? a : b;
}
