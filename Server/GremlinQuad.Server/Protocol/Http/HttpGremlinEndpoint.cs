using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using GremlinQuad.Gremlin.Io;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Protocol.Http;

/// <summary>
/// <c>GET /gremlin?gremlin=…</c> and <c>POST /gremlin {"gremlin": …}</c> as Gremlin Server and Neptune
/// answer them (gremlin-protocol.md §7.1, §7.2.1): one response message with every result, the format
/// chosen by <c>Accept</c> (GraphSON 3 by default), errors as a small JSON body with an HTTP status.
/// </summary>
internal sealed class HttpGremlinEndpoint(RequestProcessor processor, SerializerRegistry serializers, CredentialStore? credentials,
    ServerOptions options, ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var http = context.Request;
        var requestId = Guid.NewGuid();
        if (http.Headers.Origin is { Count: > 0 } origin)
            context.Response.Headers.AccessControlAllowOrigin = origin;
        try
        {
            if (!HttpMethods.IsGet(http.Method) && !HttpMethods.IsPost(http.Method))
            {
                await WriteErrorAsync(context, HttpStatusCode.MethodNotAllowed, $"HTTP method {http.Method} is not allowed on {http.Path}; use GET ?gremlin=... or POST with a JSON body.", requestId).ConfigureAwait(false);
                return;
            }
            if (credentials is not null && !Authorized(http))
            {
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"GremlinQuad\"";
                await WriteErrorAsync(context, HttpStatusCode.Unauthorized, "Authentication is required: send an 'Authorization: Basic base64(user:password)' header.", requestId).ConfigureAwait(false);
                return;
            }
            var (script, bindings, aliases, idText) = HttpMethods.IsGet(http.Method) ? FromQuery(http) : await FromBodyAsync(http).ConfigureAwait(false);
            if (idText is not null && Guid.TryParse(idText, out var suppliedId))
                requestId = suppliedId;
            if (string.IsNullOrWhiteSpace(script))
            {
                await WriteErrorAsync(context, HttpStatusCode.BadRequest, "no gremlin script supplied: pass ?gremlin=<script> or POST {\"gremlin\": \"<script>\"}.", requestId).ConfigureAwait(false);
                return;
            }
            if (!TryChooseSerializer(http.Headers.Accept.ToString(), out var serializer, out var textPlain))
            {
                await WriteErrorAsync(context, HttpStatusCode.BadRequest,
                    $"no serializer for requested Accept header: {http.Headers.Accept}; supported: {string.Join(", ", serializers.MimeTypes)}, text/plain.", requestId).ConfigureAwait(false);
                return;
            }
            var args = new Dictionary<string, object?>(StringComparer.Ordinal) { ["gremlin"] = script, ["language"] = "gremlin-lang" };
            if (bindings is not null)
                args["bindings"] = bindings;
            if (aliases is not null)
                args["aliases"] = aliases;
            var sink = new CollectingSink();
            await processor.ProcessAsync(new RequestMessage(requestId, "eval", "", args), sink, context.RequestAborted).ConfigureAwait(false);
            var response = sink.Response ?? throw new InvalidOperationException("the request produced no response");
            if ((int)response.Code >= 300)
            {
                await WriteErrorAsync(context, sink.HttpStatus, response.Message ?? "", requestId, response.Attributes).ConfigureAwait(false);
                return;
            }
            // Over HTTP an empty result is a 200 with an empty list, so clients can always read result.data.
            var data = response.Data ?? [];
            context.Response.StatusCode = 200;
            if (textPlain)
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                var text = new StringBuilder();
                foreach (var item in data)
                    text.Append("==>").Append(Gremlin.Structure.GremlinStringFactory.Format(item)).Append('\n');
                await context.Response.WriteAsync(text.ToString(), context.RequestAborted).ConfigureAwait(false);
                return;
            }
            var output = new ArrayBufferWriter<byte>();
            serializer.SerializeResponse(new ResponseMessage(requestId, ResponseStatusCode.Success, "", ResponseMessage.NoAttributes, data), output, sink.Options);
            context.Response.ContentType = serializer.MimeType;
            await context.Response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await WriteErrorAsync(context, HttpStatusCode.RequestEntityTooLarge,
                $"The request body is larger than the server's limit of {options.MaxMessageBytes} bytes - increase the maxContentLength (MaxMessageBytes) or send a smaller request.", requestId).ConfigureAwait(false);
        }
        catch (HttpRequestFormatException exception)
        {
            await WriteErrorAsync(context, HttpStatusCode.BadRequest, exception.Message, requestId).ConfigureAwait(false);
        }
        catch (ResultSerializationException exception)
        {
            var mapped = ErrorMapping.Map(exception, ErrorMapping.Origin.Script, logger);
            await WriteErrorAsync(context, mapped.HttpStatus, mapped.Message, requestId, mapped.Attributes).ConfigureAwait(false);
        }
    }

    private bool Authorized(HttpRequest http)
    {
        var header = http.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return false;
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && credentials!.Verify(decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static (string? Script, GremlinMap? Bindings, GremlinMap? Aliases, string? RequestId) FromQuery(HttpRequest http)
    {
        GremlinMap? bindings = null;
        GremlinMap? aliases = null;
        foreach (var (key, value) in http.Query)
        {
            // Gremlin Server passes query-string bindings as strings (gremlin-protocol.md §7.1).
            if (key.StartsWith("bindings.", StringComparison.Ordinal))
                (bindings ??= [])[key["bindings.".Length..]] = value.ToString();
            else if (key.StartsWith("aliases.", StringComparison.Ordinal))
                (aliases ??= [])[key["aliases.".Length..]] = value.ToString();
        }
        return (http.Query["gremlin"].ToString(), bindings, aliases, http.Query["requestId"].FirstOrDefault());
    }

    private async Task<(string? Script, GremlinMap? Bindings, GremlinMap? Aliases, string? RequestId)> FromBodyAsync(HttpRequest http)
    {
        if (http.ContentLength > options.MaxMessageBytes)
            throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge);
        using var body = new MemoryStream();
        await http.Body.CopyToAsync(body, http.HttpContext.RequestAborted).ConfigureAwait(false);
        if (body.Length > options.MaxMessageBytes)
            throw new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge);
        if (body.Length == 0)
            return (null, null, null, null);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException exception)
        {
            throw new HttpRequestFormatException($"body could not be parsed as JSON ({exception.Message}); send {{\"gremlin\": \"<script>\", \"bindings\": {{...}}}}.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new HttpRequestFormatException("body must be a JSON object such as {\"gremlin\": \"g.V().count()\"}.");
            string? script = root.TryGetProperty("gremlin", out var gremlin) && gremlin.ValueKind == JsonValueKind.String ? gremlin.GetString() : null;
            GremlinMap? bindings = null;
            GremlinMap? aliases = null;
            if (root.TryGetProperty("bindings", out var bindingsElement) && bindingsElement.ValueKind != JsonValueKind.Null)
            {
                if (bindingsElement.ValueKind != JsonValueKind.Object)
                    throw new HttpRequestFormatException("bindings must be a Map (a JSON object of name to value).");
                // Plain JSON integers become Long, as Gremlin Server converts HTTP bindings.
                bindings = GraphSonReader.ReadValue(bindingsElement, integralAsLong: true) as GremlinMap;
            }
            if (root.TryGetProperty("aliases", out var aliasesElement) && aliasesElement.ValueKind != JsonValueKind.Null)
            {
                if (aliasesElement.ValueKind != JsonValueKind.Object)
                    throw new HttpRequestFormatException("aliases must be a Map (a JSON object such as {\"g\": \"gmodern\"}).");
                aliases = GraphSonReader.ReadValue(aliasesElement) as GremlinMap;
            }
            var id = root.TryGetProperty("requestId", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString()
                : root.TryGetProperty("queryId", out var queryId) && queryId.ValueKind == JsonValueKind.String ? queryId.GetString() : null;
            return (script, bindings, aliases, id);
        }
    }

    private bool TryChooseSerializer(string accept, out IMessageSerializer serializer, out bool textPlain)
    {
        textPlain = false;
        serializer = serializers.GraphSon3;
        if (string.IsNullOrWhiteSpace(accept))
            return true;
        var candidates = accept.Split(',')
            .Select((part, index) =>
            {
                var pieces = part.Split(';').Select(p => p.Trim()).ToList();
                var quality = 1.0;
                var parameters = new List<string>();
                foreach (var parameter in pieces.Skip(1))
                {
                    if (parameter.StartsWith("q=", StringComparison.Ordinal))
                        _ = double.TryParse(parameter[2..], System.Globalization.CultureInfo.InvariantCulture, out quality);
                    else
                        parameters.Add(parameter);
                }
                var mime = parameters.Count == 0 ? pieces[0] : pieces[0] + ";" + string.Join(";", parameters);
                return (Mime: mime, Quality: quality, Index: index);
            })
            .Where(c => c.Quality > 0)
            .OrderByDescending(c => c.Quality).ThenBy(c => c.Index);
        foreach (var (mime, _, _) in candidates)
        {
            if (mime is "*/*" or "application/*")
                return true;
            if (mime.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                textPlain = true;
                return true;
            }
            // GraphBinary is a WebSocket format here; HTTP answers in JSON or text.
            if (serializers.TryGet(mime, out var found) && found is not Serialization.GraphBinary.GraphBinaryMessageSerializer)
            {
                serializer = found;
                return true;
            }
        }
        return false;
    }

    private static async Task WriteErrorAsync(HttpContext context, HttpStatusCode status, string message, Guid requestId,
        IReadOnlyDictionary<string, object?>? attributes = null)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            var exceptions = attributes?.GetValueOrDefault("exceptions") as IEnumerable<object?>;
            var first = exceptions?.FirstOrDefault()?.ToString();
            writer.WriteString("Exception-Class", first ?? "GremlinQuad.RequestException");
            writer.WritePropertyName("exceptions");
            writer.WriteStartArray();
            foreach (var name in exceptions ?? [first ?? "GremlinQuad.RequestException"])
                writer.WriteStringValue(name?.ToString());
            writer.WriteEndArray();
            writer.WriteString("stackTrace", attributes?.GetValueOrDefault("stackTrace") as string ?? message);
            // Neptune's error shape, for apps written against it (gremlin-protocol.md §7.2.1).
            writer.WriteString("code", NeptuneCode(status, exceptions));
            writer.WriteString("detailedMessage", message);
            writer.WriteString("requestId", requestId.ToString("D"));
            writer.WriteEndObject();
        }
        await context.Response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    private static string NeptuneCode(HttpStatusCode status, IEnumerable<object?>? exceptions)
    {
        var names = string.Join(" ", exceptions ?? []);
        if (names.Contains("Timeout", StringComparison.Ordinal))
            return "TimeLimitExceededException";
        if (names.Contains("Conflict", StringComparison.Ordinal))
            return "ConcurrentModificationException";
        return status switch
        {
            HttpStatusCode.BadRequest => "MalformedQueryException",
            HttpStatusCode.Unauthorized => "AccessDeniedException",
            HttpStatusCode.RequestEntityTooLarge => "BadRequestException",
            HttpStatusCode.MethodNotAllowed => "MethodNotAllowedException",
            _ => "InternalFailureException",
        };
    }

    /// <summary>Collects the single response an HTTP request produces (no 206 streaming over HTTP).</summary>
    private sealed class CollectingSink : IResponseSink
    {
        public ResponseMessage? Response { get; private set; }

        public ResultOptions Options { get; private set; }

        public HttpStatusCode HttpStatus => Response is null ? HttpStatusCode.InternalServerError : Response.Code switch
        {
            ResponseStatusCode.RequestErrorInvalidRequestArguments or ResponseStatusCode.RequestErrorMalformedRequest
                or ResponseStatusCode.RequestErrorSerialization => HttpStatusCode.BadRequest,
            ResponseStatusCode.Unauthorized => HttpStatusCode.Unauthorized,
            ResponseStatusCode.Forbidden => HttpStatusCode.Forbidden,
            ResponseStatusCode.TooManyRequests => HttpStatusCode.TooManyRequests,
            // Script errors that are the client's fault (unknown step, bad argument) are 400s over HTTP.
            ResponseStatusCode.ServerErrorEvaluation when Response.Attributes.GetValueOrDefault("exceptions") is IEnumerable<object?> names
                && names.Any(n => n is string s && s.EndsWith("GremlinRequestException", StringComparison.Ordinal)) => HttpStatusCode.BadRequest,
            _ => HttpStatusCode.InternalServerError,
        };

        public bool SupportsPartialContent => false;

        public ValueTask SendAsync(ResponseMessage response, ResultOptions options, CancellationToken cancellationToken)
        {
            Response = response;
            Options = options;
            return ValueTask.CompletedTask;
        }
    }
}
