using GremlinQuad.Traversal.Graph;

namespace GremlinQuad.Traversal.Execution;

/// <summary>Everything a running traversal shares: the graph over this transaction's view, side effects, sack settings, options.</summary>
internal sealed class ExecutionContext(GraphModel graph, GraphOptions options, CancellationToken cancellationToken)
{
    private int _ticks;

    public GraphModel Graph { get; } = graph;
    public GraphOptions Options { get; } = options;
    public CancellationToken CancellationToken { get; } = cancellationToken;
    public SideEffects SideEffects { get; } = new();

    /// <summary>withSack(initial[, split][, merge]): the initial value (or a supplier) of every new traverser's sack.</summary>
    public Func<object?>? SackInitial { get; set; }
    public Func<object?, object?>? SackSplit { get; set; }
    public Gremlin.Operator? SackMerge { get; set; }

    /// <summary>False after withBulk(false): traversers merged by a barrier keep a bulk of 1.</summary>
    public bool Bulk { get; set; } = true;

    /// <summary>
    /// Whether traversers record their path. Off when no step reads paths or labels (no as(), path(),
    /// simplePath() ...): traversers then carry no history and repeat() can merge them by object.
    /// </summary>
    public bool TrackPaths { get; set; } = true;

    /// <summary>Random source for coin()/sample(); SeedStrategy fixes the seed.</summary>
    public Random Random { get; set; } = new();

    public object? NewSack() => SackInitial?.Invoke();

    /// <summary>Checked every few hundred traversers, so a long traversal notices cancellation and timeouts.</summary>
    public void Tick()
    {
        if (++_ticks % 256 == 0) CancellationToken.ThrowIfCancellationRequested();
    }
}
