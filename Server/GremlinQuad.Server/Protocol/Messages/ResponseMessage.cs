namespace GremlinQuad.Server.Protocol.Messages;

/// <summary>
/// One response frame (gremlin-protocol.md §3.1). <see cref="Data"/> is a list of results for
/// 200/206 and null otherwise; <see cref="RequestId"/> is null only when the request id could not be read.
/// </summary>
internal sealed class ResponseMessage(
    Guid? requestId,
    ResponseStatusCode code,
    string? message,
    IReadOnlyDictionary<string, object?> attributes,
    IReadOnlyList<object?>? data)
{
    public static readonly IReadOnlyDictionary<string, object?> NoAttributes = new Dictionary<string, object?>();

    public Guid? RequestId { get; } = requestId;
    public ResponseStatusCode Code { get; } = code;
    public string? Message { get; } = message;
    public IReadOnlyDictionary<string, object?> Attributes { get; } = attributes;
    public IReadOnlyList<object?>? Data { get; } = data;

    /// <summary>True when the result items are bulked traversers (bytecode op, §3.4).</summary>
    public bool DataAreTraversers { get; init; }

    public static ResponseMessage Results(Guid requestId, ResponseStatusCode code, IReadOnlyList<object?> data, bool traversers) =>
        new(requestId, code, "", NoAttributes, data) { DataAreTraversers = traversers };

    public static ResponseMessage NoContent(Guid requestId) => new(requestId, ResponseStatusCode.NoContent, "", NoAttributes, null);

    public static ResponseMessage Challenge(Guid requestId) => new(requestId, ResponseStatusCode.Authenticate, "", NoAttributes, null);
}
