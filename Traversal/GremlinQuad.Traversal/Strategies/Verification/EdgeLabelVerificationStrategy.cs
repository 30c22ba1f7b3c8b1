using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Verification;

/// <summary>
/// EdgeLabelVerificationStrategy(throwException: true): vertex steps (out, in, both, outE, inE, bothE)
/// must name at least one edge label, which keeps traversals off the full adjacency of hub vertices.
/// With throwException false the strategy only logs in TinkerPop; this engine has no log, so it passes.
/// </summary>
internal sealed class EdgeLabelVerificationStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Verification;

    public string Name => "EdgeLabelVerificationStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (!StrategyConfiguration.TryGet(context, Name, out var strategy) || !StrategyConfiguration.Bool(strategy, "throwException", false))
            return plan;
        foreach (var step in plan.Steps)
        {
            if (step.Name is "out" or "in" or "both" or "outE" or "inE" or "bothE" && step.Arguments.Count == 0)
                throw new GremlinRequestException($"The provided traversal contains a vertex step without any specified edge label: {step}. Name the edge labels, e.g. out('knows').");
        }
        return plan;
    }
}
