namespace GremlinQuad.Server.Protocol.Messages;

/// <summary>
/// One decoded request (gremlin-protocol.md §2.1). <see cref="Args"/> keeps the wire values as the
/// serializer produced them; the request processor validates them.
/// </summary>
internal sealed class RequestMessage(Guid requestId, string op, string processor, IReadOnlyDictionary<string, object?> args)
{
    public Guid RequestId { get; } = requestId;
    public string Op { get; } = op;
    public string Processor { get; } = processor;
    public IReadOnlyDictionary<string, object?> Args { get; } = args;

    public object? Arg(string name) => Args.TryGetValue(name, out var value) ? value : null;
}
