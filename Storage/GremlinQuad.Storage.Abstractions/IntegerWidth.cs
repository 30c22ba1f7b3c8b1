namespace GremlinQuad.Storage;

/// <summary>
/// The .NET type an inline <see cref="TermKind.Integer"/> term round-trips to. Persisted in the low
/// 3 bits of such terms: append members, never renumber.
/// </summary>
public enum IntegerWidth : byte
{
    SByte = 0,
    Byte = 1,
    Int16 = 2,
    Int32 = 3,
    Int64 = 4,
}
