using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// Loads Neptune's Gremlin CSV format (vertex and edge files) into a graph in one transaction: every
/// quad goes into one write batch, committed once at the end, so a load with
/// <see cref="NeptuneCsvLoadOptions.FailOnError"/> that meets a bad record leaves the graph as it was.
/// Vertex files load before edge files; within each group sources load in name order.
/// </summary>
public sealed class NeptuneCsvLoader
{
    private readonly GremlinGraph _graph;

    public NeptuneCsvLoader(GremlinGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
    }

    /// <summary>Loads <paramref name="sources"/>; bad records are reported in the result, never thrown.</summary>
    /// <exception cref="GremlinRequestException">The graph is read-only, or <see cref="LoadMode.Resume"/> has no earlier load to resume.</exception>
    public LoadReport Load(IEnumerable<NeptuneCsvSource> sources, NeptuneCsvLoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        options ??= new NeptuneCsvLoadOptions();
        if (_graph.IsReadOnly) throw new GremlinRequestException("The graph is read-only; it cannot load data. Load through a writable graph.");
        if (options.Mode == LoadMode.Resume && options.PreviousLoad is null)
            throw new GremlinRequestException("mode RESUME needs the earlier load to resume (NeptuneCsvLoadOptions.PreviousLoad); use NEW or AUTO to start a fresh load.");
        if (options.ProgressInterval <= 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.ProgressInterval, "ProgressInterval must be at least 1.");
        using var run = new NeptuneCsvLoadRun(_graph.Store, options, cancellationToken);
        return run.Run(sources.ToList());
    }
}
