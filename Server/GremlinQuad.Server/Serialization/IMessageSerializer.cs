using System.Buffers;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Messages;

namespace GremlinQuad.Server.Serialization;

/// <summary>One wire format for request and response messages, selected by mime type.</summary>
internal interface IMessageSerializer
{
    /// <summary>The mime type as it appears in the frame header.</summary>
    string MimeType { get; }

    /// <summary>
    /// Decodes a whole request payload. On <see cref="ParseStatus.InvalidData"/> or
    /// <see cref="ParseStatus.NeedMoreData"/> (a truncated message) <paramref name="error"/> says what
    /// is wrong and <paramref name="requestId"/> holds the id if it could be read first.
    /// </summary>
    ParseStatus TryDeserializeRequest(ReadOnlySpan<byte> payload, out RequestMessage? request, out Guid? requestId, out string? error);

    /// <summary>Writes one response message. Throws <see cref="ResultSerializationException"/> for a value the format cannot carry.</summary>
    void SerializeResponse(ResponseMessage response, IBufferWriter<byte> output, ResultOptions options);
}
