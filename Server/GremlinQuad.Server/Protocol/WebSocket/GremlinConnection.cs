using System.Buffers;
using System.Net.WebSockets;
using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Server.Sessions;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Protocol.WebSocket;

/// <summary>
/// One client WebSocket on /gremlin: reassembles messages, picks the serializer per frame, enforces the
/// size and concurrency limits, runs SASL before anything else, and multiplexes requests (responses of
/// different requests may interleave; one request's responses go out in order).
/// </summary>
internal sealed class GremlinConnection : IDisposable
{
    private readonly System.Net.WebSockets.WebSocket _socket;
    private readonly RequestProcessor _processor;
    private readonly SerializerRegistry _serializers;
    private readonly IAuthenticator? _authenticator;
    private readonly SessionRegistry _sessions;
    private readonly ServerOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly HashSet<string> _sessionIds = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private readonly List<Pending> _awaitingAuthentication = [];
    private int _inFlight;
    private bool _authenticated;

    public GremlinConnection(System.Net.WebSockets.WebSocket socket, RequestProcessor processor, SerializerRegistry serializers,
        IAuthenticator? authenticator, SessionRegistry sessions, ServerOptions options, ILogger logger)
    {
        _socket = socket;
        _processor = processor;
        _serializers = serializers;
        _authenticator = authenticator;
        _sessions = sessions;
        _options = options;
        _logger = logger;
        _authenticated = authenticator is null;
    }

    public async Task RunAsync(CancellationToken aborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, _closing.Token);
        var token = linked.Token;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (!token.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                var (type, oversized) = await ReceiveMessageAsync(buffer, token).ConfigureAwait(false);
                if (type == WebSocketMessageType.Close)
                    break;
                if (!await HandleMessageAsync(buffer.WrittenMemory, type, oversized, token).ConfigureAwait(false))
                    break;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (WebSocketException exception)
        {
            // A client that vanishes mid-stream is normal; it must not disturb anyone else.
            _logger.LogDebug(exception, "WebSocket ended abruptly");
        }
        finally
        {
            await _closing.CancelAsync().ConfigureAwait(false);
            Task[] running;
            lock (_running)
                running = [.. _running];
            try
            {
                await Task.WhenAll(running).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                _logger.LogDebug(exception, "request ended with the connection");
            }
            lock (_sessionIds)
            {
                // Sessions live no longer than their connection (Gremlin Server 3.5+): their work is dropped.
                foreach (var id in _sessionIds)
                    _sessions.Close(id);
            }
            await CloseQuietlyAsync(WebSocketCloseStatus.NormalClosure, "closing").ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _sendLock.Dispose();
        _closing.Dispose();
    }

    private async Task<(WebSocketMessageType Type, bool Oversized)> ReceiveMessageAsync(ArrayBufferWriter<byte> buffer, CancellationToken token)
    {
        var oversized = false;
        while (true)
        {
            // Past the limit we keep reading into a scratch area so the frame boundary is found, but keep only the head.
            var target = oversized ? Scratch.AsMemory() : buffer.GetMemory(8 * 1024);
            var result = await _socket.ReceiveAsync(target, token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
                return (WebSocketMessageType.Close, false);
            if (!oversized)
            {
                buffer.Advance(result.Count);
                if (buffer.WrittenCount > _options.MaxMessageBytes)
                    oversized = true;
            }
            if (result.EndOfMessage)
                return (result.MessageType, oversized);
        }
    }

    private byte[]? _scratch;

    private byte[] Scratch => _scratch ??= new byte[64 * 1024];

    /// <summary>Returns false when the connection must close after this message.</summary>
    private async Task<bool> HandleMessageAsync(ReadOnlyMemory<byte> message, WebSocketMessageType type, bool oversized, CancellationToken token)
    {
        IMessageSerializer serializer;
        ReadOnlyMemory<byte> payload;
        if (type == WebSocketMessageType.Text)
        {
            serializer = _serializers.GraphSon3;
            payload = message;
        }
        else
        {
            var status = FrameHeader.TryParse(message.Span, out var mime, out var offset, out var headerError);
            if (status != ParseStatus.Done)
            {
                await SendErrorAsync(null, ResponseStatusCode.RequestErrorMalformedRequest,
                    headerError ?? "The frame ended inside its mime header; a binary frame is one length byte, the mime type, then the request.",
                    _serializers.GraphBinary, type, token).ConfigureAwait(false);
                return false;
            }
            if (!_serializers.TryGet(mime, out serializer))
            {
                // Gremlin Server falls back to GraphBinary for an unknown mime; if that fails too the error names the mime.
                _logger.LogWarning("unknown mime type {Mime}; trying GraphBinary v1", mime);
                serializer = _serializers.GraphBinary;
                if (message.Length <= offset || message.Span[offset] != 0x81)
                {
                    await SendErrorAsync(null, ResponseStatusCode.RequestErrorMalformedRequest,
                        $"Unknown mime type '{mime}' in the frame header. Supported: {string.Join(", ", _serializers.MimeTypes)}.",
                        serializer, type, token).ConfigureAwait(false);
                    return false;
                }
            }
            payload = message[offset..];
        }

        if (oversized)
        {
            serializer.TryDeserializeRequest(payload.Span, out _, out var partialId, out _);
            await SendErrorAsync(partialId, ResponseStatusCode.RequestErrorMalformedRequest,
                $"The request is larger than the server's limit of {_options.MaxMessageBytes} bytes (maxContentLength); send smaller requests (e.g. fewer values per request) or raise MaxMessageBytes.",
                serializer, type, token).ConfigureAwait(false);
            return false;
        }

        var parse = serializer.TryDeserializeRequest(payload.Span, out var request, out var requestId, out var error);
        if (parse != ParseStatus.Done || request is null)
        {
            var reason = parse == ParseStatus.NeedMoreData ? "the message ended early (truncated)" : error;
            await SendErrorAsync(requestId, ResponseStatusCode.RequestErrorMalformedRequest,
                $"Message could not be parsed as {serializer.MimeType}: {reason}. Check the format of the request.",
                serializer, type, token).ConfigureAwait(false);
            return false;
        }

        var pending = new Pending(request, serializer, type);
        if (!_authenticated)
            return await HandleUnauthenticatedAsync(pending, token).ConfigureAwait(false);
        Start(pending, token);
        return true;
    }

    private async Task<bool> HandleUnauthenticatedAsync(Pending pending, CancellationToken token)
    {
        var request = pending.Request;
        if (request.Op != "authentication")
        {
            _awaitingAuthentication.Add(pending);
            if (_awaitingAuthentication.Count == 1)
                await SendAsync(ResponseMessage.Challenge(request.RequestId), ResultOptions.Default, pending, token).ConfigureAwait(false);
            return true;
        }
        // The challenge belongs to the connection, not to a request id: drivers differ (gremlin-protocol.md §4.1).
        var sasl = request.Arg("sasl");
        string? user = null;
        var failure = "Failed to authenticate: the authentication message has no [sasl] argument.";
        ResponseStatusCode code = ResponseStatusCode.Unauthorized;
        if (sasl is not null and not string)
        {
            failure = $"The [sasl] argument must be a base64 String, but was {RequestProcessor.Describe(sasl)}.";
            code = ResponseStatusCode.RequestErrorMalformedRequest;
        }
        else if (request.Arg("saslMechanism") is string mechanism && !string.Equals(mechanism, _authenticator!.Mechanism, StringComparison.OrdinalIgnoreCase))
        {
            failure = $"SASL mechanism '{mechanism}' is not supported; this server accepts {_authenticator.Mechanism}.";
        }
        else if (sasl is string text)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(text);
                user = _authenticator!.Authenticate(bytes, out failure);
            }
            catch (FormatException)
            {
                failure = "The [sasl] argument is not valid base64.";
                code = ResponseStatusCode.RequestErrorMalformedRequest;
            }
        }

        var waiting = _awaitingAuthentication.ToArray();
        _awaitingAuthentication.Clear();
        if (user is null)
        {
            var targets = waiting.Length > 0 ? waiting : [pending];
            foreach (var target in targets)
                await SendErrorAsync(target.Request.RequestId, code, failure, target.Serializer, target.FrameType, token).ConfigureAwait(false);
            return true;
        }
        _authenticated = true;
        if (_logger.IsEnabled(LogLevel.Information))
            _logger.LogInformation("connection authenticated as {User}", user);
        // Success is not answered itself: the original requests run and answer under their own ids.
        foreach (var target in waiting)
            Start(target, token);
        return true;
    }

    private void Start(Pending pending, CancellationToken token)
    {
        var request = pending.Request;
        if (Interlocked.Increment(ref _inFlight) > _options.MaxConcurrentRequestsPerConnection)
        {
            Interlocked.Decrement(ref _inFlight);
            Track(SendErrorAsync(request.RequestId, ResponseStatusCode.TooManyRequests,
                $"Too many requests: this connection already has {_options.MaxConcurrentRequestsPerConnection} requests running (the per-connection limit); wait for responses or open another connection.",
                pending.Serializer, pending.FrameType, token));
            return;
        }
        if (request.Processor == "session" && request.Arg("session") is string sessionId)
        {
            lock (_sessionIds)
                _sessionIds.Add(sessionId);
        }
        Track(RunAsync(pending, token));
    }

    private async Task RunAsync(Pending pending, CancellationToken token)
    {
        try
        {
            await _processor.ProcessAsync(pending.Request, new Sink(this, pending), token).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void Track(Task task)
    {
        lock (_running)
        {
            _running.RemoveAll(static t => t.IsCompleted);
            _running.Add(task);
        }
    }

    private Task SendErrorAsync(Guid? requestId, ResponseStatusCode code, string message, IMessageSerializer serializer, WebSocketMessageType frameType, CancellationToken token)
    {
        var response = new ResponseMessage(requestId, code, message, new Dictionary<string, object?>
        {
            ["exceptions"] = new List<object?> { code == ResponseStatusCode.Unauthorized ? "GremlinQuad.AuthenticationException" : typeof(ProtocolException).FullName },
            ["stackTrace"] = message,
        }, null);
        return SendAsync(response, ResultOptions.Default, new Pending(null!, serializer, frameType), token).AsTask();
    }

    private async ValueTask SendAsync(ResponseMessage response, ResultOptions options, Pending pending, CancellationToken token)
    {
        // A value the format cannot carry throws here, before anything is sent; the processor answers 599.
        var output = new ArrayBufferWriter<byte>(256);
        pending.Serializer.SerializeResponse(response, output, options);
        await WriteFrameAsync(output.WrittenMemory, pending.FrameType, token).ConfigureAwait(false);
    }

    private async Task WriteFrameAsync(ReadOnlyMemory<byte> bytes, WebSocketMessageType frameType, CancellationToken token)
    {
        // Binary in, binary out; text in, text out (gremlin-protocol.md §1.3).
        await _sendLock.WaitAsync(token).ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.SendAsync(bytes, frameType, endOfMessage: true, token).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseQuietlyAsync(WebSocketCloseStatus status, string reason)
    {
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _logger.LogDebug(exception, "close handshake did not complete");
        }
    }

    private sealed record Pending(RequestMessage Request, IMessageSerializer Serializer, WebSocketMessageType FrameType);

    private sealed class Sink(GremlinConnection connection, Pending pending) : IResponseSink
    {
        public bool SupportsPartialContent => true;

        public ValueTask SendAsync(ResponseMessage response, ResultOptions options, CancellationToken cancellationToken) =>
            connection.SendAsync(response, options, pending, cancellationToken);
    }
}
