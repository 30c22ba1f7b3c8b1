using GremlinQuad.Server.Protocol.Messages;

namespace GremlinQuad.Server.Protocol;

/// <summary>
/// A request that cannot be decoded or is not a valid protocol message. <see cref="RequestId"/> is
/// set when the id could be read before the failure so the client can match the error; a
/// <see cref="CloseConnection"/> error ends the connection after the reply (style.md §7).
/// </summary>
internal sealed class ProtocolException(ResponseStatusCode code, string message, Guid? requestId = null, bool closeConnection = false)
    : Exception(message)
{
    public ResponseStatusCode Code { get; } = code;
    public Guid? RequestId { get; } = requestId;
    public bool CloseConnection { get; } = closeConnection;
}
