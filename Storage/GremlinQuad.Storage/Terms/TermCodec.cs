using System.Numerics;

namespace GremlinQuad.Storage.Terms;

/// <summary>
/// Which values a kind accepts, the inline encodings, and the decoding back to the exact .NET type.
/// Inline integers remember their width, so an int comes back as an int and an sbyte as an sbyte.
/// </summary>
internal static class TermCodec
{
    /// <summary>
    /// For an inline kind: true with the encoded term, false when the value does not fit inline.
    /// For <see cref="TermKind.Number"/>: true when the number has a canonical inline form (an integer
    /// or double that fits), so the same number never gets two terms. False for dictionary kinds.
    /// Throws when the value's type cannot be a term of <paramref name="kind"/>.
    /// </summary>
    public static bool TryEncodeInline(TermKind kind, object value, out TermId term)
    {
        ArgumentNullException.ThrowIfNull(value);
        term = default;
        switch (kind)
        {
            case TermKind.Boolean:
                if (value is bool flag)
                {
                    term = TermId.FromBoolean(flag);
                    return true;
                }
                throw Mismatch(kind, value, "bool");
            case TermKind.Integer:
                return TryInteger(value, out term) ?? throw Mismatch(kind, value, "sbyte, byte, short, int or long");
            case TermKind.DateTime:
                return value switch
                {
                    DateTimeOffset instant => TermId.TryFromUnixMilliseconds(instant.ToUnixTimeMilliseconds(), out term),
                    DateTime dateTime => TermId.TryFromUnixMilliseconds(ToUnixMilliseconds(dateTime), out term),
                    _ => throw Mismatch(kind, value, "DateTimeOffset or DateTime"),
                };
            case TermKind.Double:
                return value is double number
                    ? TermId.TryFromDouble(number, out term)
                    : throw Mismatch(kind, value, "double");
            case TermKind.Number:
                if (!IsNumber(value)) throw Mismatch(kind, value, "a number (sbyte, byte, short, int, long, float, double, decimal or BigInteger)");
                if (value is double d) return TermId.TryFromDouble(d, out term);
                return TryInteger(value, out term) ?? false;
            case TermKind.String:
                return value is string ? false : throw Mismatch(kind, value, "string");
            case TermKind.Value:
                return value is Guid or char or TimeSpan or byte[] ? false : throw Mismatch(kind, value, "Guid, char, TimeSpan or byte[]");
            case TermKind.Node or TermKind.Link or TermKind.Statement:
                return IsSupported(value) ? false : throw Unsupported(kind, value);
            default:
                throw new ArgumentException($"Terms of kind {kind} hold no value; use a value kind such as String, Integer, Node or Value.", nameof(kind));
        }
    }

    /// <summary>The value to keep in the dictionary: a private copy for mutable byte arrays.</summary>
    public static object ToStored(object value) => value is byte[] bytes ? bytes.ToArray() : value;

    /// <summary>The value of an inline term as the type it was written with (instants come back as UTC DateTimeOffset).</summary>
    public static object DecodeInline(TermId term) => term.Kind switch
    {
        TermKind.Boolean => term.AsBoolean(),
        // Each arm boxes its own type: a switch over mixed integer types would widen them all to long.
        TermKind.Integer => term.IntegerWidth switch
        {
            IntegerWidth.SByte => (object)(sbyte)term.AsInt64(),
            IntegerWidth.Byte => (object)(byte)term.AsInt64(),
            IntegerWidth.Int16 => (object)(short)term.AsInt64(),
            IntegerWidth.Int32 => (object)(int)term.AsInt64(),
            _ => (object)term.AsInt64(),
        },
        TermKind.DateTime => DateTimeOffset.FromUnixTimeMilliseconds(term.AsUnixMilliseconds()),
        TermKind.Double => term.AsDouble(),
        _ => throw new ArgumentException($"Term {term} is not an inline value (the default graph term has no value).", nameof(term)),
    };

    private static bool? TryInteger(object value, out TermId term)
    {
        term = default;
        return value switch
        {
            sbyte v => TermId.TryFromInteger(v, IntegerWidth.SByte, out term),
            byte v => TermId.TryFromInteger(v, IntegerWidth.Byte, out term),
            short v => TermId.TryFromInteger(v, IntegerWidth.Int16, out term),
            int v => TermId.TryFromInteger(v, IntegerWidth.Int32, out term),
            long v => TermId.TryFromInteger(v, IntegerWidth.Int64, out term),
            _ => null,
        };
    }

    private static long ToUnixMilliseconds(DateTime dateTime)
    {
        // Unspecified is taken as UTC: the graph has no time zone of its own.
        var utc = dateTime.Kind == DateTimeKind.Local ? dateTime.ToUniversalTime() : DateTime.SpecifyKind(dateTime, DateTimeKind.Utc);
        return new DateTimeOffset(utc).ToUnixTimeMilliseconds();
    }

    private static bool IsNumber(object value) =>
        value is sbyte or byte or short or int or long or float or double or decimal or BigInteger;

    private static bool IsSupported(object value) =>
        IsNumber(value) || value is bool or DateTimeOffset or DateTime or Guid or char or TimeSpan or string or byte[];

    private static ArgumentException Mismatch(TermKind kind, object value, string expected) =>
        IsSupported(value)
            ? new ArgumentException($"A {kind} term cannot hold a {value.GetType().Name} ({value}); it takes {expected}.", nameof(value))
            : Unsupported(kind, value);

    private static ArgumentException Unsupported(TermKind kind, object value) =>
        new($"Values of type {value.GetType().FullName} cannot be stored as a {kind} term; supported types are bool, sbyte, byte, short, int, long, float, double, decimal, BigInteger, DateTimeOffset, DateTime, Guid, char, TimeSpan, string and byte[].", nameof(value));
}
