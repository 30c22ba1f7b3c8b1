namespace GremlinQuad.Server.Sessions;

/// <summary>
/// A client session (<c>session</c> argument or <c>g.tx()</c>): its requests run one at a time in arrival
/// order (gremlin-protocol.md §2.5). Each request currently commits on its own; transactions that span
/// requests arrive with the durability work (TODO #5).
/// </summary>
internal sealed class Session(string id) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Id { get; } = id;

    public DateTimeOffset LastUsed { get; private set; } = DateTimeOffset.UtcNow;

    public bool Closed { get; private set; }

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        LastUsed = DateTimeOffset.UtcNow;
        return new Exit(this);
    }

    public void Close() => Closed = true;

    public void Dispose() => _gate.Dispose();

    private sealed class Exit(Session session) : IDisposable
    {
        public void Dispose()
        {
            session.LastUsed = DateTimeOffset.UtcNow;
            session._gate.Release();
        }
    }
}
