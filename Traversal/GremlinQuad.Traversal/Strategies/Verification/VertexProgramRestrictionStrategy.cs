using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Verification;

/// <summary>
/// VertexProgramRestrictionStrategy: forbids OLAP execution. Adding it together with VertexProgramStrategy
/// (the strategy that would run the traversal on a GraphComputer) is refused; this engine runs every
/// traversal OLTP, so on its own it changes nothing.
/// </summary>
internal sealed class VertexProgramRestrictionStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Verification;

    public string Name => "VertexProgramRestrictionStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (!plan.IsAnonymous && StrategyConfiguration.TryGet(context, Name, out _) && StrategyConfiguration.TryGet(context, "VertexProgramStrategy", out _))
            throw new GremlinRequestException("The TraversalSource does not allow the use of a GraphComputer: VertexProgramRestrictionStrategy forbids VertexProgramStrategy; remove one of them.");
        return plan;
    }
}
