namespace GremlinQuad.Storage;

/// <summary>Which positions of a quad are bound in a lookup; the 16 combinations are the access patterns.</summary>
[Flags]
public enum AccessPattern : byte
{
    None = 0,
    Subject = 1,
    Predicate = 2,
    Object = 4,
    Graph = 8,
}
