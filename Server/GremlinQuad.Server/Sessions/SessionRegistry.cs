using System.Collections.Concurrent;

namespace GremlinQuad.Server.Sessions;

/// <summary>Open sessions by id. A session is created on first use and ends on close, connection close or idle timeout.</summary>
internal sealed class SessionRegistry(TimeSpan idleTimeout)
{
    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    public int Count => _sessions.Count;

    public Session GetOrCreate(string id)
    {
        ExpireIdle();
        return _sessions.GetOrAdd(id, static key => new Session(key));
    }

    public bool Close(string id)
    {
        if (!_sessions.TryRemove(id, out var session))
            return false;
        session.Close();
        return true;
    }

    /// <summary>
    /// Ends sessions idle longer than the timeout; their open transactions are rolled back. Called on
    /// every request, so a forgotten session's transaction ends before later commits pile up behind it.
    /// </summary>
    public void ExpireIdle()
    {
        if (_sessions.IsEmpty)
            return;
        var cutoff = DateTimeOffset.UtcNow - idleTimeout;
        foreach (var (id, session) in _sessions)
        {
            if (session.LastUsed < cutoff && !session.Busy)
                Close(id);
        }
    }
}
