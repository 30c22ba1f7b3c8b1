using System.Buffers.Binary;
using System.Net.WebSockets;
using System.Text;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// A deliberately small load-generator client: one WebSocket, one request in flight, requests built as
/// GraphBinary v1 frames by hand (so the server's own serializer is not used to test itself), responses
/// read only as far as the status code and a single Long/Int result.
/// </summary>
internal sealed class GremlinWireClient : IAsyncDisposable
{
    private const string Mime = "application/vnd.graphbinary-v1.0";
    private const int RequestIdOffset = 1 + 32 + 1;   // mime length byte, mime, version byte
    private readonly ClientWebSocket _socket;
    private byte[] _receive = new byte[64 * 1024];

    private GremlinWireClient(ClientWebSocket socket) => _socket = socket;

    public static async Task<GremlinWireClient> ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
        return new GremlinWireClient(socket);
    }

    /// <summary>A bytecode request: steps as (name, arguments) with String, Long or Int arguments.</summary>
    public static byte[] Bytecode(params (string Step, object[] Arguments)[] steps)
    {
        var body = Start("bytecode", "traversal", 2);
        FullyQualifiedString(body, "gremlin");
        body.Add(0x15); body.Add(0x00);
        Int(body, steps.Length);
        foreach (var (step, arguments) in steps)
        {
            PlainString(body, step);
            Int(body, arguments.Length);
            foreach (var argument in arguments) Value(body, argument);
        }
        Int(body, 0);                                   // no source instructions
        Aliases(body);
        return [.. body];
    }

    /// <summary>An eval request: a gremlin-lang script, as a Neptune app that sends strings would.</summary>
    public static byte[] Eval(string script, string source = "g")
    {
        var body = Start("eval", "", 2);
        FullyQualifiedString(body, "gremlin");
        FullyQualifiedString(body, script);
        Aliases(body, source);
        return [.. body];
    }

    /// <summary>Sends one request and reads frames until its final status; returns the first Long/Int result, if any.</summary>
    public async Task<long?> SubmitAsync(byte[] request, CancellationToken cancellationToken)
    {
        Guid.NewGuid().TryWriteBytes(request.AsSpan(RequestIdOffset, 16), bigEndian: true, out _);
        await _socket.SendAsync(request, WebSocketMessageType.Binary, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        long? first = null;
        while (true)
        {
            var length = 0;
            while (true)
            {
                if (length == _receive.Length) Array.Resize(ref _receive, _receive.Length * 2);
                var received = await _socket.ReceiveAsync(_receive.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                    throw new InvalidOperationException($"The server closed the connection: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
                length += received.Count;
                if (received.EndOfMessage) break;
            }
            var (status, message, data) = ParseResponse(_receive.AsSpan(0, length));
            if (status >= 300)
                throw new InvalidOperationException($"The server answered {status}: {message}");
            first ??= data;
            if (status != 206) return first;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
        }
        _socket.Dispose();
    }

    private static (int Status, string Message, long? Data) ParseResponse(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 6 || frame[0] != 0x81)
            throw new InvalidOperationException($"Not a GraphBinary v1 response (first byte 0x{(frame.Length > 0 ? frame[0] : 0):x2}).");
        var at = frame[1] == 0x00 ? 18 : 2;
        var status = BinaryPrimitives.ReadInt32BigEndian(frame[at..]);
        at += 4;
        var message = "";
        if (frame[at++] == 0x00)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(frame[at..]);
            message = Encoding.UTF8.GetString(frame.Slice(at + 4, length));
            at += 4 + length;
        }
        // Status attributes and result meta are empty maps on success; anything else is not read further.
        if (BinaryPrimitives.ReadInt32BigEndian(frame[at..]) != 0) return (status, message, null);
        at += 4;
        if (BinaryPrimitives.ReadInt32BigEndian(frame[at..]) != 0) return (status, message, null);
        at += 4;
        return (status, message, FirstNumber(frame[at..]));
    }

    /// <summary>The first Long or Int of a List result, looking through a Traverser; null for anything else.</summary>
    private static long? FirstNumber(ReadOnlySpan<byte> value)
    {
        while (value.Length >= 2 && value[1] == 0x00)
        {
            switch (value[0])
            {
                case 0x09 when BinaryPrimitives.ReadInt32BigEndian(value[2..]) > 0: value = value[6..]; break;   // List: first item
                case 0x21: value = value[10..]; break;                                                           // Traverser: skip bulk
                case 0x02: return BinaryPrimitives.ReadInt64BigEndian(value[2..]);
                case 0x01: return BinaryPrimitives.ReadInt32BigEndian(value[2..]);
                default: return null;
            }
        }
        return null;
    }

    private static List<byte> Start(string op, string processor, int arguments)
    {
        var body = new List<byte>(256) { (byte)Mime.Length };
        body.AddRange(Encoding.ASCII.GetBytes(Mime));
        body.Add(0x81);
        body.AddRange(new byte[16]);                     // request id, filled in per send
        PlainString(body, op);
        PlainString(body, processor);
        Int(body, arguments);
        return body;
    }

    private static void Aliases(List<byte> body, string source = "g")
    {
        FullyQualifiedString(body, "aliases");
        body.Add(0x0A); body.Add(0x00);
        Int(body, 1);
        FullyQualifiedString(body, "g");
        FullyQualifiedString(body, source);
    }

    private static void Value(List<byte> body, object value)
    {
        switch (value)
        {
            case string text: FullyQualifiedString(body, text); break;
            case long number:
                body.Add(0x02); body.Add(0x00);
                Span<byte> bytes = stackalloc byte[8];
                BinaryPrimitives.WriteInt64BigEndian(bytes, number);
                body.AddRange(bytes);
                break;
            case int number: body.Add(0x01); body.Add(0x00); Int(body, number); break;
            default: throw new ArgumentException($"The load generator writes String, Long and Int arguments only, not {value.GetType().Name}.", nameof(value));
        }
    }

    private static void FullyQualifiedString(List<byte> body, string text)
    {
        body.Add(0x03); body.Add(0x00);
        PlainString(body, text);
    }

    private static void PlainString(List<byte> body, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Int(body, bytes.Length);
        body.AddRange(bytes);
    }

    private static void Int(List<byte> body, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        body.AddRange(bytes);
    }
}
