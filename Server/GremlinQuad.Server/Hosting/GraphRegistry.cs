using GremlinQuad.Traversal;

namespace GremlinQuad.Server.Hosting;

/// <summary>
/// The graphs this server serves, by traversal source name ("g", "gmodern", ...). Requests pick one
/// through their aliases map; the registry owns and disposes them.
/// </summary>
public sealed class GraphRegistry : IDisposable
{
    public const string DefaultSourceName = "g";

    private readonly Dictionary<string, GremlinGraph> _graphs = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _owned = [];

    public IReadOnlyCollection<string> Names => _graphs.Keys;

    /// <param name="sourceName">The traversal source name requests alias g to.</param>
    /// <param name="graph">The graph served under that name.</param>
    /// <param name="owned">Disposed with the registry: the graph's store, which the graph itself does not own.</param>
    public void Add(string sourceName, GremlinGraph graph, IDisposable? owned = null)
    {
        if (!_graphs.TryAdd(sourceName, graph))
            throw new ArgumentException($"A graph named '{sourceName}' is already configured; each traversal source name must be unique.");
        if (owned is not null)
            _owned.Add(owned);
    }

    /// <summary>Disposes <paramref name="resource"/> with the registry, after everything added later (as nested usings would).</summary>
    public void Own(IDisposable resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        _owned.Add(resource);
    }

    public bool TryGet(string sourceName, out GremlinGraph graph) => _graphs.TryGetValue(sourceName, out graph!);

    public void Dispose()
    {
        foreach (var graph in _graphs.Values)
            graph.Dispose();
        // Reverse order: a durable store's final checkpoint must finish before the data directory's lock is released.
        for (var i = _owned.Count - 1; i >= 0; i--)
            _owned[i].Dispose();
        _graphs.Clear();
        _owned.Clear();
    }
}
