using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Graph;

namespace GremlinQuad.Traversal.Strategies;

/// <summary>What strategies may look at: the graph (for term lookups and counts), options and withStrategies() values.</summary>
internal sealed class StrategyContext(GraphModel graph, GraphOptions options)
{
    public GraphModel Graph { get; } = graph;
    public GraphOptions Options { get; } = options;

    /// <summary>Strategies added with withStrategies(), by name.</summary>
    public Dictionary<string, TraversalStrategyValue> Added { get; } = new(StringComparer.Ordinal);

    /// <summary>Names removed with withoutStrategies().</summary>
    public HashSet<string> Removed { get; } = new(StringComparer.Ordinal);
}
