using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Verification;

/// <summary>ReadOnlyStrategy (when added with withStrategies()): a traversal with a mutating step anywhere is refused before it runs.</summary>
internal sealed class ReadOnlyStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Verification;

    public string Name => "ReadOnlyStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (plan.IsAnonymous || !StrategyConfiguration.TryGet(context, Name, out _)) return plan;
        if (MutationDetector.Mutates(plan))
            throw new GremlinRequestException($"The provided traversal has a mutating step and thus is not read only: {plan}. Remove ReadOnlyStrategy or send the traversal without addV/addE/property/drop/mergeV/mergeE.");
        return plan;
    }
}
