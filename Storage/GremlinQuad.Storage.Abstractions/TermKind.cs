namespace GremlinQuad.Storage;

/// <summary>
/// The kind held in the top 4 bits of every <see cref="TermId"/>. Persisted in every key and log
/// record: append members, never renumber (pinned by TermKindStabilityTests).
/// Inline kinds (0..7) carry their value in the low 60 bits; dictionary kinds (8..15) carry an id
/// assigned by the term dictionary.
/// </summary>
public enum TermKind : byte
{
    /// <summary>The absent term: the default graph in position G. Sorts before everything.</summary>
    Default = 0,

    /// <summary>Inline boolean: 0 or 1.</summary>
    Boolean = 1,

    /// <summary>
    /// Inline integer of any width (sbyte, byte, short, int, long) in [-2^56, 2^56): the biased value
    /// in the high 57 bits, the <see cref="IntegerWidth"/> in the low 3, so all widths share one
    /// numeric order and a numeric range is one contiguous key range.
    /// </summary>
    Integer = 2,

    /// <summary>Inline instant: milliseconds since the Unix epoch, biased by 2^59 to keep order.</summary>
    DateTime = 3,

    /// <summary>Inline double whose bit pattern survives the 60-bit order-preserving encoding.</summary>
    Double = 4,

    /// <summary>A string literal (also property keys and predicate names).</summary>
    String = 8,

    /// <summary>
    /// The identifier of a node: something that appears as a subject and as the object of a
    /// linking quad. Its value may be of any supported type (int, long, string, Guid ...).
    /// </summary>
    Node = 9,

    /// <summary>The identifier of a linking statement, stored in position G of that statement.</summary>
    Link = 10,

    /// <summary>The identifier of an annotated value statement, stored in position G.</summary>
    Statement = 11,

    /// <summary>A number that is not inline: doubles that do not fit, floats, decimals, big integers, longs beyond 2^56.</summary>
    Number = 12,

    /// <summary>Any other value: Guid, char, TimeSpan, opaque byte blobs.</summary>
    Value = 13,
}
