namespace GremlinQuad.Server.Protocol;

/// <summary>The outcome of a parse over a byte span: a short read is an expected state, not an exception.</summary>
internal enum ParseStatus
{
    Done,
    NeedMoreData,
    InvalidData,
}
