using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies;

/// <summary>A stateless plan rewrite. Applied to the root plan and to every child plan, in category order.</summary>
internal interface ITraversalStrategy
{
    /// <summary>TinkerPop's category decides the order: decoration, optimization, storage, verification.</summary>
    StrategyCategory Category { get; }

    /// <summary>The name users give to withoutStrategies() (TinkerPop's name, or ours for storage strategies).</summary>
    string Name { get; }

    TraversalPlan Apply(TraversalPlan plan, StrategyContext context);
}
