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
        _ => Payload.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private InvalidOperationException WrongKind(TermKind expected) =>
        new($"Term {Value:X16} is of kind {Kind}, not {expected}.");
}
