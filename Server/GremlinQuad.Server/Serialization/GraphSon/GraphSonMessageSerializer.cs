using System.Buffers;
using System.Text.Json;
using GremlinQuad.Gremlin.Io;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Messages;

namespace GremlinQuad.Server.Serialization.GraphSon;

/// <summary>
/// GraphSON request and response messages (gremlin-protocol.md §2.7, §3.8) in one dialect. Requests are
/// read leniently (Java's typed envelope and the JS client's loose one alike); responses follow the
/// dialect exactly.
/// </summary>
internal sealed class GraphSonMessageSerializer(string mimeType, GraphSonVersion version) : IMessageSerializer
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public string MimeType => mimeType;

    public GraphSonVersion Version => version;

    public ParseStatus TryDeserializeRequest(ReadOnlySpan<byte> payload, out RequestMessage? request, out Guid? requestId, out string? error)
    {
        request = null;
        requestId = null;
        error = null;
        try
        {
            var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = 128 });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "a GraphSON request must be a JSON object with requestId, op, processor and args";
                return ParseStatus.InvalidData;
            }
            if (root.TryGetProperty("requestId", out var idElement))
            {
                var idValue = GraphSonReader.ReadValue(idElement);
                if (idValue is Guid guid)
                    requestId = guid;
                else if (idValue is string text && Guid.TryParse(text, out var parsed))
                    requestId = parsed;
            }
            if (requestId is null)
            {
                error = "the request has no requestId (a UUID string or g:UUID)";
                return ParseStatus.InvalidData;
            }
            var op = root.TryGetProperty("op", out var opElement) && opElement.ValueKind == JsonValueKind.String ? opElement.GetString()! : null;
            if (op is null)
            {
                error = "the request has no 'op' string (bytecode, eval, authentication or close)";
                return ParseStatus.InvalidData;
            }
            var processor = root.TryGetProperty("processor", out var processorElement) && processorElement.ValueKind == JsonValueKind.String
                ? processorElement.GetString()!
                : "";
            var args = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (root.TryGetProperty("args", out var argsElement) && argsElement.ValueKind != JsonValueKind.Null)
            {
                if (GraphSonReader.ReadValue(argsElement) is not GremlinMap map)
                {
                    error = "'args' must be a JSON object or a g:Map";
                    return ParseStatus.InvalidData;
                }
                foreach (var (key, value) in map)
                {
                    if (key is not string name)
                    {
                        error = $"'args' keys must be strings, but one was {key}";
                        return ParseStatus.InvalidData;
                    }
                    args[name] = value;
                }
            }
            request = new RequestMessage(requestId.Value, op, processor, args);
            return ParseStatus.Done;
        }
        catch (JsonException exception)
        {
            error = $"the JSON is malformed ({exception.Message})";
            return exception.Message.Contains("end of data", StringComparison.OrdinalIgnoreCase) ? ParseStatus.NeedMoreData : ParseStatus.InvalidData;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            error = exception.Message;
            return ParseStatus.InvalidData;
        }
    }

    public void SerializeResponse(ResponseMessage response, IBufferWriter<byte> output, ResultOptions options)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        try
        {
            writer.WriteStartObject();
            if (response.RequestId is { } id)
                writer.WriteString("requestId", id.ToString("D"));
            else
                writer.WriteNull("requestId");
            writer.WritePropertyName("status");
            writer.WriteStartObject();
            writer.WriteString("message", response.Message ?? "");
            writer.WriteNumber("code", (int)response.Code);
            writer.WritePropertyName("attributes");
            GraphSonWriter.WriteValue(writer, new GremlinMap(response.Attributes.Select(a => new KeyValuePair<object?, object?>(a.Key, a.Value))), version);
            writer.WriteEndObject();
            writer.WritePropertyName("result");
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            if (response.Data is null)
                writer.WriteNullValue();
            else
                GraphSonWriter.WriteValue(writer, response.Data as List<object?> ?? [.. response.Data], version, options.TokensOnly);
            writer.WritePropertyName("meta");
            GraphSonWriter.WriteValue(writer, new GremlinMap(), version);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        catch (NotSupportedException exception)
        {
            throw new ResultSerializationException(exception.Message);
        }
    }
}
