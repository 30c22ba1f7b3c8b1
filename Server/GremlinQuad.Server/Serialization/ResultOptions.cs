namespace GremlinQuad.Server.Serialization;

/// <summary>How results are shaped on the wire for one request.</summary>
/// <param name="TokensOnly">materializeProperties=tokens: elements go out as id + label only (gremlin-protocol.md §3.6).</param>
internal readonly record struct ResultOptions(bool TokensOnly)
{
    public static readonly ResultOptions Default = new(false);
}
