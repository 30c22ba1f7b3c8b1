using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GremlinQuad.Gremlin;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Protocol.WebSocket;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Server.Serialization.GraphBinary;

namespace GremlinQuad.Server.Tests;

/// <summary>
/// Our own small WebSocket client for byte-level and malformed-input tests. Interop is proven with the
/// official JavaScript client instead (Interop/).
/// </summary>
internal sealed class TestClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private readonly ClientWebSocket _socket;

    private TestClient(ClientWebSocket socket) => _socket = socket;

    public WebSocketState State => _socket.State;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public static async Task<TestClient> ConnectAsync(Uri uri, Action<ClientWebSocketOptions>? configure = null)
    {
        var socket = new ClientWebSocket();
        configure?.Invoke(socket.Options);
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await socket.ConnectAsync(uri, timeout.Token).ConfigureAwait(false);
        return new TestClient(socket);
    }

    public static RequestMessage Eval(string script, IReadOnlyDictionary<string, object?>? extra = null, Guid? id = null, string processor = "")
    {
        var args = new Dictionary<string, object?>(StringComparer.Ordinal) { ["gremlin"] = script, ["language"] = "gremlin-groovy" };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
            args[key] = value;
        return new RequestMessage(id ?? Guid.NewGuid(), "eval", processor, args);
    }

    public static RequestMessage Traversal(Bytecode bytecode, string source = "g", IReadOnlyDictionary<string, object?>? extra = null, string processor = "traversal")
    {
        var args = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["gremlin"] = bytecode,
            ["aliases"] = new Dictionary<string, object?> { ["g"] = source },
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
            args[key] = value;
        return new RequestMessage(Guid.NewGuid(), "bytecode", processor, args);
    }

    /// <summary>A GraphBinary request frame: mime header then message.</summary>
    public static byte[] Frame(RequestMessage request, string mime = SerializerRegistry.GraphBinaryMime)
    {
        var output = new ArrayBufferWriter<byte>();
        output.Write(FrameHeader.Build(mime));
        GraphBinaryMessageSerializer.SerializeRequest(request, output);
        return output.WrittenSpan.ToArray();
    }

    public async Task SendRawAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Binary, bool endOfMessage = true)
    {
        using var timeout = new CancellationTokenSource(DefaultTimeout);
        await _socket.SendAsync(bytes, type, endOfMessage, timeout.Token).ConfigureAwait(false);
    }

    public Task SendAsync(RequestMessage request) => SendRawAsync(Frame(request));

    /// <summary>The next whole message, or null when the server closed the connection.</summary>
    public async Task<(byte[] Bytes, WebSocketMessageType Type)?> ReceiveRawAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(64 * 1024), limit.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (result.EndOfMessage)
                return (buffer.WrittenSpan.ToArray(), result.MessageType);
        }
    }

    public async Task<ResponseMessage> ReceiveAsync(TimeSpan? timeout = null)
    {
        var frame = await ReceiveRawAsync(timeout).ConfigureAwait(false) ?? throw new InvalidOperationException("the server closed the connection instead of answering");
        var status = GraphBinaryMessageSerializer.TryDeserializeResponse(frame.Bytes, out var response, out var error);
        if (status != ParseStatus.Done)
            throw new InvalidOperationException($"undecodable response ({status}): {error}");
        return response!;
    }

    /// <summary>Every response of one request, up to and including its terminal message.</summary>
    public async Task<List<ResponseMessage>> SubmitAsync(RequestMessage request)
    {
        await SendAsync(request).ConfigureAwait(false);
        return await ReceiveUntilTerminalAsync().ConfigureAwait(false);
    }

    public async Task<List<ResponseMessage>> ReceiveUntilTerminalAsync()
    {
        var responses = new List<ResponseMessage>();
        while (true)
        {
            var response = await ReceiveAsync().ConfigureAwait(false);
            responses.Add(response);
            if (response.Code is not (ResponseStatusCode.PartialContent or ResponseStatusCode.Authenticate))
                return responses;
        }
    }

    /// <summary>All result items of a request, unrolling bulked traversers.</summary>
    public async Task<List<object?>> ResultsAsync(RequestMessage request)
    {
        var responses = await SubmitAsync(request).ConfigureAwait(false);
        var last = responses[^1];
        if (last.Code is not (ResponseStatusCode.Success or ResponseStatusCode.NoContent))
            throw new InvalidOperationException($"request failed with {(int)last.Code}: {last.Message}");
        var items = new List<object?>();
        foreach (var response in responses)
        {
            foreach (var item in response.Data ?? [])
            {
                if (item is Gremlin.Structure.Traverser traverser)
                {
                    for (var i = 0; i < traverser.Bulk; i++)
                        items.Add(traverser.Value);
                }
                else
                {
                    items.Add(item);
                }
            }
        }
        return items;
    }

    public static JsonDocument ParseJson(byte[] bytes) => JsonDocument.Parse(Encoding.UTF8.GetString(bytes));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The server may already be gone; nothing to clean up.
        }
        _socket.Dispose();
    }
}
