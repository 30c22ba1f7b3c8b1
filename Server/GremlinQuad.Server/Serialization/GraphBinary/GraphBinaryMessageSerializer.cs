using System.Buffers;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Messages;

namespace GremlinQuad.Server.Serialization.GraphBinary;

/// <summary>
/// GraphBinary v1 request and response messages (gremlin-protocol.md §2.6, §3.7). With
/// <c>resultsAsStrings</c> it is the Console's <c>-stringd</c> variant: result data become a List of
/// their TinkerPop string forms (§3.9).
/// </summary>
internal sealed class GraphBinaryMessageSerializer(string mimeType, bool resultsAsStrings) : IMessageSerializer
{
    /// <summary>High bit = GraphBinary, low bits = version 1.</summary>
    public const byte VersionByte = 0x81;

    public string MimeType => mimeType;

    public ParseStatus TryDeserializeRequest(ReadOnlySpan<byte> payload, out RequestMessage? request, out Guid? requestId, out string? error)
    {
        request = null;
        requestId = null;
        error = null;
        var reader = new GraphBinaryReader(payload);
        if (!reader.TryReadByte(out var version))
            return Finish(ref reader, out error);
        if (version != VersionByte)
        {
            error = $"the first byte is 0x{version:x2}, but a GraphBinary v1 request starts with 0x81";
            return ParseStatus.InvalidData;
        }
        if (!reader.TryReadUuid(out var id))
            return Finish(ref reader, out error);
        requestId = id;
        if (!reader.TryReadString(out var op) || !reader.TryReadString(out var processor) || !reader.TryReadStringMap(out var args))
            return Finish(ref reader, out error);
        if (reader.Remaining != 0)
        {
            error = $"{reader.Remaining} bytes follow the end of the request message";
            return ParseStatus.InvalidData;
        }
        request = new RequestMessage(id, op, processor, args);
        return ParseStatus.Done;
    }

    public void SerializeResponse(ResponseMessage response, IBufferWriter<byte> output, ResultOptions options)
    {
        var writer = new GraphBinaryWriter(output, options);
        writer.WriteByte(VersionByte);
        if (response.RequestId is { } id)
        {
            writer.WriteByte(0);
            writer.WriteUuid(id);
        }
        else
        {
            writer.WriteByte(1);
        }
        writer.WriteInt32((int)response.Code);
        if (response.Message is null)
        {
            writer.WriteByte(1);
        }
        else
        {
            writer.WriteByte(0);
            writer.WriteString(response.Message);
        }
        if (response.Attributes.Count == 0)
            writer.WriteInt32(0); // the common case, without an enumerator
        else
            writer.WriteMapBody(response.Attributes);
        writer.WriteInt32(0); // result meta: always present, always empty
        if (response.Data is null)
        {
            writer.WriteNull(GraphBinaryTypeCode.UnspecifiedNull);
            return;
        }
        writer.WriteHeader(GraphBinaryTypeCode.List);
        var data = response.Data;
        writer.WriteInt32(data.Count);
        for (var i = 0; i < data.Count; i++)
        {
            var item = data[i];
            if (resultsAsStrings)
                writer.WriteValue(Gremlin.Structure.GremlinStringFactory.Format(item is Gremlin.Structure.Traverser t ? t.Value : item));
            else
                writer.WriteValue(item);
        }
    }

    /// <summary>Client side of the format, for our TestClient and tools.</summary>
    public static void SerializeRequest(RequestMessage request, IBufferWriter<byte> output)
    {
        var writer = new GraphBinaryWriter(output);
        writer.WriteByte(VersionByte);
        writer.WriteUuid(request.RequestId);
        writer.WriteString(request.Op);
        writer.WriteString(request.Processor);
        writer.WriteInt32(request.Args.Count);
        foreach (var (key, value) in request.Args)
        {
            writer.WriteValue(key);
            writer.WriteValue(value);
        }
    }

    /// <summary>Client side of the format, for our TestClient and tools.</summary>
    public static ParseStatus TryDeserializeResponse(ReadOnlySpan<byte> payload, out ResponseMessage? response, out string? error)
    {
        response = null;
        var reader = new GraphBinaryReader(payload);
        Guid? id = null;
        if (!reader.TryReadByte(out var version))
            return Finish(ref reader, out error);
        if (version != VersionByte)
        {
            error = $"the first byte is 0x{version:x2}, not 0x81";
            return ParseStatus.InvalidData;
        }
        if (!reader.TryReadByte(out var idFlag))
            return Finish(ref reader, out error);
        if (idFlag == 0)
        {
            if (!reader.TryReadUuid(out var readId))
                return Finish(ref reader, out error);
            id = readId;
        }
        if (!reader.TryReadInt32(out var code) || !reader.TryReadNullableString(out var message)
            || !reader.TryReadStringMap(out var attributes) || !reader.TryReadStringMap(out _) || !reader.TryReadValue(out var data))
            return Finish(ref reader, out error);
        response = new ResponseMessage(id, (ResponseStatusCode)code, message, attributes, data as IReadOnlyList<object?>);
        error = null;
        return ParseStatus.Done;
    }

    private static ParseStatus Finish(ref GraphBinaryReader reader, out string? error)
    {
        error = reader.Error;
        return reader.Status == ParseStatus.Done ? ParseStatus.InvalidData : reader.Status;
    }
}
