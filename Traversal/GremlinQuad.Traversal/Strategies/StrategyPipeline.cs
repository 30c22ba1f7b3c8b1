using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies;

/// <summary>
/// Every <see cref="ITraversalStrategy"/> in this assembly (found by reflection, so adding one is
/// adding a file), run in category order, minus those removed by withoutStrategies().
/// </summary>
internal sealed class StrategyPipeline(StrategyContext context)
{
    private static readonly IReadOnlyList<ITraversalStrategy> All = [.. typeof(StrategyPipeline).Assembly.GetTypes()
        .Where(t => typeof(ITraversalStrategy).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
        .Select(t => (ITraversalStrategy)Activator.CreateInstance(t, nonPublic: true)!)
        .OrderBy(s => s.Category).ThenBy(s => s.Name, StringComparer.Ordinal)];

    public StrategyContext Context { get; } = context;

    public static IReadOnlyList<ITraversalStrategy> Strategies => All;

    /// <summary>When false (explain's "original" view) plans pass through untouched.</summary>
    public bool Enabled { get; set; } = true;

    public TraversalPlan Apply(TraversalPlan plan)
    {
        if (!Enabled) return plan;
        foreach (var strategy in All)
        {
            if (Context.Removed.Contains(strategy.Name)) continue;
            plan = strategy.Apply(plan, Context);
        }
        return plan;
    }

    /// <summary>The plan after each strategy, for explain().</summary>
    public IEnumerable<(string Strategy, TraversalPlan Plan)> Trace(TraversalPlan plan)
    {
        foreach (var strategy in All)
        {
            if (Context.Removed.Contains(strategy.Name)) continue;
            plan = strategy.Apply(plan, Context);
            yield return (strategy.Name, plan);
        }
    }

}
