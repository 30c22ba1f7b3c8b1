using System.Numerics;
using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Graph;

/// <summary>
/// Chooses the term kind for a property value, label or id, so that reads and writes agree:
/// integers inline when they fit (any width shares one numeric order), doubles inline when the
/// storage can encode them, instants inline, everything else through the dictionary.
/// </summary>
internal static class ValueCodec
{
    /// <summary>The preferred kind for <paramref name="value"/> as a property value; null when the storage cannot hold it.</summary>
    public static TermKind? ValueKind(object value) => value switch
    {
        bool => TermKind.Boolean,
        sbyte or byte or short or int or long => TermKind.Integer,
        double => TermKind.Double,
        float or decimal or BigInteger => TermKind.Number,
        DateTimeOffset or DateTime => TermKind.DateTime,
        string => TermKind.String,
        Guid or char or TimeSpan or byte[] => TermKind.Value,
        // Lists, sets and maps are stored whole, as a blob (see StoredBlob).
        _ when StoredBlob.IsComposite(value) => TermKind.Value,
        _ => null,
    };

    /// <summary>The existing term for a property value, label or key; false when nothing in the graph can hold it.</summary>
    public static bool TryFind(ITermReader reader, object value, out TermId term)
    {
        var kind = ValueKind(value);
        if (kind is null)
        {
            term = default;
            return false;
        }
        if (reader.TryGetTerm(kind.Value, kind == TermKind.Value ? StoredBlob.Encode(value) : value, out term)) return true;
        // Values an inline kind cannot encode (large longs, odd doubles) live in the Number dictionary.
        return kind is TermKind.Integer or TermKind.Double && reader.TryGetTerm(TermKind.Number, value, out term);
    }

    /// <summary>The term for a value, creating a dictionary entry when needed.</summary>
    public static TermId GetOrAdd(IWriteBatch batch, object value)
    {
        var kind = ValueKind(value) ?? throw Unsupported(value);
        if (kind < TermId.FirstDictionaryKind)
        {
            if (batch.TryGetTerm(kind, value, out var inline)) return inline;
            if (kind is TermKind.Integer or TermKind.Double) return batch.GetOrAddTerm(TermKind.Number, value);
            if (kind == TermKind.DateTime)
                throw new GremlinQuad.Gremlin.GremlinExecutionException($"The date {value} is outside the range this graph can store (±2^59 ms around 1970).");
            throw Unsupported(value);
        }
        return batch.GetOrAddTerm(kind, kind == TermKind.Value ? StoredBlob.Encode(value) : value);
    }

    /// <summary>An element id: any supported scalar, stored as a term of <paramref name="kind"/> (Node or Link).</summary>
    public static bool TryFindId(ITermReader reader, TermKind kind, object id, out TermId term) =>
        reader.TryGetTerm(kind, id, out term);

    public static Exception Unsupported(object value) =>
        new GremlinQuad.Gremlin.GremlinExecutionException(
            $"Property values of type {value.GetType().Name} cannot be stored; use a string, number, boolean, date, UUID or char.");
}
