namespace GremlinQuad.Traversal.Strategies;

/// <summary>TinkerPop's strategy categories, in the order they run.</summary>
internal enum StrategyCategory
{
    Decoration = 0,
    Optimization = 1,
    Storage = 2,
    Verification = 3,
}
