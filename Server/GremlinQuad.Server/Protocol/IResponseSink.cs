using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;

namespace GremlinQuad.Server.Protocol;

/// <summary>Where a request's response messages go: a WebSocket connection or an HTTP response.</summary>
internal interface IResponseSink
{
    /// <summary>False over HTTP, where all results go out in one message (gremlin-protocol.md §7.1).</summary>
    bool SupportsPartialContent { get; }

    ValueTask SendAsync(ResponseMessage response, ResultOptions options, CancellationToken cancellationToken);
}
