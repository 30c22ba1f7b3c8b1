namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// The machine's ceiling for a k-hop count: out-edges as compressed sparse rows (two int arrays) and a
/// level-by-level BFS with a visited stamp, nothing else. No engine can do less work per edge.
/// </summary>
internal sealed class CsrGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _visited;
    private int[] _frontier;
    private int[] _next;
    private int _stamp;

    public CsrGraph(int vertexCount, IReadOnlyList<(int Source, int Target)> edges)
    {
        _offsets = new int[vertexCount + 1];
        foreach (var (source, _) in edges) _offsets[source + 1]++;
        for (var v = 0; v < vertexCount; v++) _offsets[v + 1] += _offsets[v];
        _targets = new int[edges.Count];
        var fill = _offsets[..^1];
        foreach (var (source, target) in edges) _targets[fill[source]++] = target;
        _visited = new int[vertexCount];
        _frontier = new int[vertexCount];
        _next = new int[vertexCount];
    }

    public int VertexCount => _visited.Length;

    public int OutDegree(int vertex) => _offsets[vertex + 1] - _offsets[vertex];

    /// <summary>Distinct vertices other than <paramref name="start"/> reachable in 1..<paramref name="hops"/> out-hops.</summary>
    public int CountWithin(int start, int hops)
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_visited);
            _stamp = 1;
        }
        var stamp = _stamp;
        _visited[start] = stamp;
        _frontier[0] = start;
        int frontierCount = 1, reached = 0;
        for (var level = 0; level < hops && frontierCount > 0; level++)
        {
            var nextCount = 0;
            for (var i = 0; i < frontierCount; i++)
            {
                var vertex = _frontier[i];
                for (var e = _offsets[vertex]; e < _offsets[vertex + 1]; e++)
                {
                    var target = _targets[e];
                    if (_visited[target] == stamp) continue;
                    _visited[target] = stamp;
                    _next[nextCount++] = target;
                }
            }
            reached += nextCount;
            (_frontier, _next) = (_next, _frontier);
            frontierCount = nextCount;
        }
        return reached;
    }
}
