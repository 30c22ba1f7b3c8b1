namespace GremlinQuad.Traversal.Graph;

/// <summary>
/// Generated element ids are longs counting up from 0, like TinkerGraph's default id manager. The
/// counter lives with the graph instance; <see cref="GraphModel"/> skips values already taken, so a
/// store reopened with old data never gets a duplicate id. Shared by vertices, edges and vertex
/// properties (their term kinds differ, so the namespaces stay separate anyway).
/// </summary>
internal sealed class IdGenerator
{
    private long _next;

    public long Next() => Interlocked.Increment(ref _next) - 1;
}
