namespace GremlinQuad.Storage;

/// <summary>Turns values into terms and back without writing anything.</summary>
public interface ITermReader
{
    /// <summary>
    /// The term for <paramref name="value"/> as a term of <paramref name="kind"/>: inline kinds are
    /// encoded, dictionary kinds looked up. False when the value has no term yet (so nothing can match it).
    /// Supported values: bool, sbyte, byte, short, int, long, float, double, decimal, BigInteger,
    /// DateTimeOffset, DateTime, Guid, char, TimeSpan, string, byte[] (by content).
    /// </summary>
    bool TryGetTerm(TermKind kind, object value, out TermId term);

    /// <summary>The value a term stands for, as the .NET type it was stored with.</summary>
    object GetValue(TermId term);
}
