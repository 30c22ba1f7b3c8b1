using System.Net;
using GremlinQuad.Gremlin;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Storage;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Protocol;

/// <summary>
/// The one place where an exception becomes a status (style.md §7): a WebSocket status code, an HTTP
/// status, a message a person can act on, and the <c>exceptions</c>/<c>stackTrace</c> attributes every
/// driver reads (gremlin-protocol.md §3.5).
/// </summary>
internal static class ErrorMapping
{
    /// <summary>Where a failure happened: scripts report evaluation failures as 597, as Gremlin Server does.</summary>
    public enum Origin
    {
        Bytecode,
        Script,
        Protocol,
    }

    public readonly record struct Mapped(ResponseStatusCode Code, HttpStatusCode HttpStatus, string Message, bool CloseConnection, IReadOnlyDictionary<string, object?> Attributes);

    public static Mapped Map(Exception exception, Origin origin, ILogger logger)
    {
        switch (exception)
        {
            case ProtocolException protocol:
                return Build(protocol.Code, protocol.Code == ResponseStatusCode.Unauthorized ? HttpStatusCode.Unauthorized : HttpStatusCode.BadRequest,
                    protocol.Message, exception, protocol.CloseConnection);
            case GremlinSyntaxException syntax:
                return Build(ResponseStatusCode.RequestErrorInvalidRequestArguments, HttpStatusCode.BadRequest, syntax.Message, exception);
            case GremlinRequestException request:
                return Build(origin == Origin.Script ? ResponseStatusCode.ServerErrorEvaluation : ResponseStatusCode.RequestErrorInvalidRequestArguments,
                    HttpStatusCode.BadRequest, request.Message, exception);
            case TraversalTimeoutException timeout:
                return Build(ResponseStatusCode.ServerErrorTimeout, HttpStatusCode.InternalServerError, timeout.Message, exception);
            case GremlinExecutionException execution:
                return Build(ResponseStatusCode.ServerError, HttpStatusCode.InternalServerError, execution.Message, exception);
            case ResultSerializationException serialization:
                return Build(ResponseStatusCode.ServerErrorSerialization, HttpStatusCode.InternalServerError, "Error during serialization: " + serialization.Message, exception);
            case StorageConflictException conflict:
                return Build(ResponseStatusCode.ServerErrorTemporary, HttpStatusCode.InternalServerError,
                    conflict.Message.Contains("retry", StringComparison.OrdinalIgnoreCase) ? conflict.Message : conflict.Message + " Retry the request or transaction.", exception);
            case StorageFailureException failure:
                return Build(ResponseStatusCode.ServerError, HttpStatusCode.InternalServerError,
                    failure.Message.StartsWith("writes suspended", StringComparison.Ordinal) ? failure.Message : "writes suspended: " + failure.Message, exception);
            default:
                var id = Guid.NewGuid().ToString("N")[..12];
                logger.LogError(exception, "internal error {ErrorId}", id);
                return new Mapped(ResponseStatusCode.ServerError, HttpStatusCode.InternalServerError,
                    $"internal error {id}: the server failed unexpectedly; the full exception is in the server log under this id.",
                    false,
                    new Dictionary<string, object?>
                    {
                        ["exceptions"] = new List<object?> { exception.GetType().FullName },
                        ["stackTrace"] = $"see the server log for internal error {id}",
                    });
        }
    }

    public static ResponseMessage ToResponse(Guid? requestId, Mapped mapped) =>
        new(requestId, mapped.Code, mapped.Message, mapped.Attributes, null);

    private static Mapped Build(ResponseStatusCode code, HttpStatusCode http, string message, Exception exception, bool close = false) =>
        new(code, http, message.Length == 0 ? exception.GetType().Name : message, close, Attributes(exception));

    /// <summary>Outermost to root cause, as Gremlin Server lists them; the trace is a summary, not our stack.</summary>
    private static Dictionary<string, object?> Attributes(Exception exception)
    {
        var names = new List<object?>();
        var trace = new System.Text.StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            names.Add(current.GetType().FullName);
            if (trace.Length > 0)
                trace.Append("\nCaused by: ");
            trace.Append(current.GetType().FullName).Append(": ").Append(current.Message);
        }
        return new Dictionary<string, object?> { ["exceptions"] = names, ["stackTrace"] = trace.ToString() };
    }
}
