namespace GremlinQuad.Storage;

/// <summary>
/// An 8-byte term: 4 bits of <see cref="TermKind"/>, then 60 bits of inline value or dictionary id.
/// Unsigned comparison of <see cref="Value"/> is the sort order of every index, so kinds group
/// together and inline numbers sort numerically within their kind.
/// </summary>
public readonly record struct TermId(ulong Value) : IComparable<TermId>
{
    private const int KindShift = 60;
    private const ulong PayloadMask = (1UL << KindShift) - 1;
    private const int WidthBits = 3;
    private const long IntegerBias = 1L << 56;            // [-2^56, 2^56) -> [0, 2^57): keeps numeric order
    private const long DateTimeBias = 1L << 59;           // [-2^59, 2^59) ms -> [0, 2^60)

    /// <summary>The default graph; also "unbound" in a pattern. Sorts first.</summary>
    public static readonly TermId Default;

    /// <summary>Smallest inline integer value.</summary>
    public const long MinInlineInteger = -IntegerBias;

    /// <summary>Largest inline integer value.</summary>
    public const long MaxInlineInteger = IntegerBias - 1;

    public TermKind Kind => (TermKind)(Value >> KindShift);

    /// <summary>Kinds below this one are inline values; from it on, dictionary ids.</summary>
    public const TermKind FirstDictionaryKind = TermKind.String;

    public bool IsInline => Kind < FirstDictionaryKind;

    /// <summary>The low 60 bits: an inline value's encoding or a dictionary id.</summary>
    public ulong Payload => Value & PayloadMask;

    public static TermId Create(TermKind kind, ulong payload) =>
        payload > PayloadMask
            ? throw new ArgumentOutOfRangeException(nameof(payload), payload, "A term payload has 60 bits.")
            : new(((ulong)kind << KindShift) | payload);

    /// <summary>The smallest and largest term of a kind: a whole kind is one key range.</summary>
    public static TermId MinOf(TermKind kind) => new((ulong)kind << KindShift);

    public static TermId MaxOf(TermKind kind) => new(((ulong)kind << KindShift) | PayloadMask);

    public static TermId FromBoolean(bool value) => Create(TermKind.Boolean, value ? 1UL : 0UL);

    public bool AsBoolean() => Kind == TermKind.Boolean
        ? Payload != 0
        : throw WrongKind(TermKind.Boolean);

    /// <summary>Inline integer, or false when <paramref name="value"/> is outside [-2^56, 2^56).</summary>
    public static bool TryFromInteger(long value, IntegerWidth width, out TermId term)
    {
        if (value is < MinInlineInteger or > MaxInlineInteger)
        {
            term = default;
            return false;
        }
        term = Create(TermKind.Integer, ((ulong)(value + IntegerBias) << WidthBits) | (ulong)width);
        return true;
    }

    /// <summary>
    /// The inclusive range of integer terms whose value lies in [<paramref name="low"/>, <paramref name="high"/>],
    /// whatever their width. Values are clamped to the inline range.
    /// </summary>
    public static (TermId Low, TermId High) IntegerRange(long low, long high)
    {
        low = Math.Clamp(low, MinInlineInteger, MaxInlineInteger);
        high = Math.Clamp(high, MinInlineInteger, MaxInlineInteger);
        var lowTerm = Create(TermKind.Integer, (ulong)(low + IntegerBias) << WidthBits);
        var highTerm = Create(TermKind.Integer, ((ulong)(high + IntegerBias) << WidthBits) | ((1UL << WidthBits) - 1));
        return (lowTerm, highTerm);
    }

    public long AsInt64() => Kind == TermKind.Integer
        ? (long)(Payload >> WidthBits) - IntegerBias
        : throw WrongKind(TermKind.Integer);

    public IntegerWidth IntegerWidth => Kind == TermKind.Integer
        ? (IntegerWidth)(Payload & ((1UL << WidthBits) - 1))
        : throw WrongKind(TermKind.Integer);

    /// <summary>Inline instant in milliseconds since the epoch, or false when out of the ±2^59 ms range.</summary>
    public static bool TryFromUnixMilliseconds(long milliseconds, out TermId term)
    {
        if (milliseconds is < -DateTimeBias or >= DateTimeBias)
        {
            term = default;
            return false;
        }
        term = Create(TermKind.DateTime, (ulong)(milliseconds + DateTimeBias));
        return true;
    }

    public long AsUnixMilliseconds() => Kind == TermKind.DateTime
        ? (long)Payload - DateTimeBias
        : throw WrongKind(TermKind.DateTime);

    // Inline doubles keep the sign, 7 of the 11 exponent bits and the whole 52-bit mantissa, so every
    // double with a magnitude in [2^-63, 2^64) (and ±0) round-trips exactly; NaN, infinities and the
    // extremes go to the Number dictionary. Code 0 is zero; codes 1..127 are the exponents -63..63.
    private const int DoubleExponentOffset = 1023 - 64;
    private const int DoubleMantissaBits = 52;
    private const ulong DoubleMantissaMask = (1UL << DoubleMantissaBits) - 1;
    private const ulong DoubleSignBias = 1UL << 59;       // negatives below, positives from it: keeps order

    /// <summary>
    /// Inline double, or false when <paramref name="value"/> is NaN, infinite, or its magnitude is
    /// outside [2^-63, 2^64) (other than ±0). Order of terms is numeric order (-0 sorts just below +0).
    /// </summary>
    public static bool TryFromDouble(double value, out TermId term)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var exponent = (int)((bits >> DoubleMantissaBits) & 0x7FF);
        var mantissa = bits & DoubleMantissaMask;
        ulong magnitude;
        if (exponent == 0 && mantissa == 0) magnitude = 0;
        else if (exponent > DoubleExponentOffset && exponent <= DoubleExponentOffset + 127)
            magnitude = ((ulong)(exponent - DoubleExponentOffset) << DoubleMantissaBits) | mantissa;
        else
        {
            term = default;
            return false;
        }
        var payload = (bits >> 63) != 0 ? DoubleSignBias - 1 - magnitude : DoubleSignBias + magnitude;
        term = Create(TermKind.Double, payload);
        return true;
    }

    public double AsDouble()
    {
        if (Kind != TermKind.Double) throw WrongKind(TermKind.Double);
        var payload = Payload;
        var negative = payload < DoubleSignBias;
        var magnitude = negative ? DoubleSignBias - 1 - payload : payload - DoubleSignBias;
        var code = (int)(magnitude >> DoubleMantissaBits);
        var exponent = code == 0 ? 0UL : (ulong)(code + DoubleExponentOffset);
        var bits = (negative ? 1UL << 63 : 0UL) | (exponent << DoubleMantissaBits) | (magnitude & DoubleMantissaMask);
        return BitConverter.UInt64BitsToDouble(bits);
    }

    /// <summary>
    /// The inclusive range of inline double terms whose value lies in [<paramref name="low"/>, <paramref name="high"/>]
    /// (±0 both included when 0 is in range). Bounds beyond the inline range are clamped to it; when no inline
    /// double can match, Low is greater than High. Doubles outside the inline range live in the Number dictionary.
    /// </summary>
    public static (TermId Low, TermId High) DoubleRange(double low, double high)
    {
        if (double.IsNaN(low) || double.IsNaN(high))
            throw new ArgumentException("A double range cannot have a NaN bound.", double.IsNaN(low) ? nameof(low) : nameof(high));
        var smallestPositive = Create(TermKind.Double, DoubleSignBias + (1UL << DoubleMantissaBits));
        var largestNegative = Create(TermKind.Double, DoubleSignBias - 1 - (1UL << DoubleMantissaBits));
        TryFromDouble(-0.0, out var negativeZero);
        TryFromDouble(0.0, out var positiveZero);
        var empty = (MaxOf(TermKind.Double), MinOf(TermKind.Double));

        TermId lowTerm;
        if (low == 0) lowTerm = negativeZero;
        else if (!TryFromDouble(low, out lowTerm))
        {
            if (Math.Abs(low) >= 1) { if (low > 0) return empty; lowTerm = MinOf(TermKind.Double); }
            else lowTerm = low > 0 ? smallestPositive : negativeZero;
        }
        TermId highTerm;
        if (high == 0) highTerm = positiveZero;
        else if (!TryFromDouble(high, out highTerm))
        {
            if (Math.Abs(high) >= 1) { if (high < 0) return empty; highTerm = MaxOf(TermKind.Double); }
            else highTerm = high < 0 ? largestNegative : positiveZero;
        }
        return (lowTerm, highTerm);
    }

    public int CompareTo(TermId other) => Value.CompareTo(other.Value);

    public static bool operator <(TermId left, TermId right) => left.Value < right.Value;
    public static bool operator >(TermId left, TermId right) => left.Value > right.Value;
    public static bool operator <=(TermId left, TermId right) => left.Value <= right.Value;
    public static bool operator >=(TermId left, TermId right) => left.Value >= right.Value;

    public override string ToString() => IsInline && Kind != TermKind.Default
        ? $"{Kind}:{InlineText()}"
        : $"{Kind}#{Payload}";

    private string InlineText() => Kind switch
    {
        TermKind.Boolean => AsBoolean() ? "true" : "false",
        TermKind.Integer => AsInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
        TermKind.DateTime => AsUnixMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        TermKind.Double => AsDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Payload.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private InvalidOperationException WrongKind(TermKind expected) =>
        new($"Term {Value:X16} is of kind {Kind}, not {expected}.");
}
