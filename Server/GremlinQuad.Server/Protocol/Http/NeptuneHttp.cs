using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using GremlinQuad.Server.Auth;
using Microsoft.AspNetCore.Http;

namespace GremlinQuad.Server.Protocol.Http;

/// <summary>
/// What Neptune's management endpoints (<c>/loader</c>, <c>/gremlin/status</c>, <c>/gremlin/explain</c>,
/// <c>/gremlin/profile</c>) share: parameters from the query string, a JSON body or a form body
/// (Neptune accepts all three), HTTP Basic authentication when enabled, and Neptune's error shape
/// <c>{"code", "requestId", "detailedMessage"}</c>.
/// </summary>
internal static class NeptuneHttp
{
    /// <summary>Thrown by endpoint code for a request the client must fix; becomes a 400 (or the given status) with Neptune's shape.</summary>
    public sealed class RequestException(HttpStatusCode status, string code, string message) : Exception(message)
    {
        public HttpStatusCode Status { get; } = status;
        public string Code { get; } = code;
    }

    public static RequestException BadRequest(string message) => new(HttpStatusCode.BadRequest, "BadRequestException", message);

    /// <summary>Every parameter as text: JSON strings as they are, other JSON values as their JSON text (true, 250, {...}).</summary>
    public static async Task<Dictionary<string, string>> ReadParametersAsync(HttpRequest request, long maxBytes)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
            parameters[key] = value.ToString();
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsDelete(request.Method))
            return parameters;
        if (request.ContentLength > maxBytes)
            throw new RequestException(HttpStatusCode.RequestEntityTooLarge, "BadRequestException", $"The request body is larger than the server's limit of {maxBytes} bytes.");
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var text = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length).Trim();
        if (text.Length == 0)
            return parameters;
        // curl -d sends a JSON body labelled as a form: the body itself decides, as Neptune's examples rely on it.
        if (!text.StartsWith('{') && (request.HasFormContentType || text.Contains('=', StringComparison.Ordinal)))
        {
            foreach (var (key, value) in Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(text))
                parameters[key] = value.ToString();
            return parameters;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw BadRequest("The body must be a JSON object of parameters, e.g. {\"source\": \"/data/air\", \"format\": \"csv\"}.");
            foreach (var property in document.RootElement.EnumerateObject())
                parameters[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }
        catch (JsonException exception)
        {
            throw BadRequest($"The body could not be parsed as JSON ({exception.Message}); send a JSON object or form parameters.");
        }
        return parameters;
    }

    /// <summary>Neptune documents booleans as "TRUE"/"FALSE"; its SDKs send JSON booleans. Both, any case.</summary>
    public static bool Flag(Dictionary<string, string> parameters, string name, bool defaultValue)
    {
        if (!parameters.TryGetValue(name, out var text) || text.Length == 0)
            return defaultValue;
        if (bool.TryParse(text, out var value))
            return value;
        throw BadRequest($"The parameter '{name}' must be TRUE or FALSE, but was '{text}'.");
    }

    public static int Number(Dictionary<string, string> parameters, string name, int defaultValue, int minimum)
    {
        if (!parameters.TryGetValue(name, out var text) || text.Length == 0)
            return defaultValue;
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= minimum)
            return value;
        throw BadRequest($"The parameter '{name}' must be a whole number of at least {minimum}, but was '{text}'.");
    }

    /// <summary>True when authentication is off or the request carries valid HTTP Basic credentials.</summary>
    public static bool Authorized(HttpRequest request, CredentialStore? credentials)
    {
        if (credentials is null)
            return true;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return false;
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 && credentials.Verify(decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Runs <paramref name="handle"/> with the authentication check and Neptune-shaped errors around it.</summary>
    public static async Task HandleAsync(HttpContext context, CredentialStore? credentials, Func<HttpContext, Task> handle)
    {
        try
        {
            if (!Authorized(context.Request, credentials))
            {
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"GremlinQuad\"";
                throw new RequestException(HttpStatusCode.Unauthorized, "AccessDeniedException", "Authentication is required: send an 'Authorization: Basic base64(user:password)' header.");
            }
            await handle(context).ConfigureAwait(false);
        }
        catch (RequestException exception) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, exception.Status, exception.Code, exception.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            await WriteErrorAsync(context, (HttpStatusCode)exception.StatusCode, "BadRequestException", exception.Message).ConfigureAwait(false);
        }
    }

    public static async Task WriteErrorAsync(HttpContext context, HttpStatusCode status, string code, string message)
    {
        await WriteJsonAsync(context, status, writer =>
        {
            writer.WriteString("code", code);
            writer.WriteString("requestId", Guid.NewGuid().ToString("D"));
            writer.WriteString("detailedMessage", message);
        }).ConfigureAwait(false);
    }

    /// <summary>Writes one JSON object whose members <paramref name="members"/> writes.</summary>
    public static async Task WriteJsonAsync(HttpContext context, HttpStatusCode status, Action<Utf8JsonWriter> members)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }
        await context.Response.Body.WriteAsync(output.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The path below the endpoint's own, without slashes: "/abc" → "abc", "" → null.</summary>
    public static string? PathId(HttpRequest request)
    {
        var rest = request.Path.Value?.Trim('/');
        return string.IsNullOrEmpty(rest) ? null : Uri.UnescapeDataString(rest);
    }
}
