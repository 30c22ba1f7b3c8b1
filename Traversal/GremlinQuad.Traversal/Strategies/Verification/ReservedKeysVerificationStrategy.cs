using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Verification;

/// <summary>
/// ReservedKeysVerificationStrategy(keys: [...], throwException: true): property() and the properties of
/// addV()/addE() may not use a reserved key (by default "id" and "label", which are easily confused
/// with T.id and T.label). Without throwException TinkerPop only logs; this engine has no log, so it passes.
/// </summary>
internal sealed class ReservedKeysVerificationStrategy : ITraversalStrategy
{
    private static readonly string[] DefaultKeys = ["id", "label"];

    public StrategyCategory Category => StrategyCategory.Verification;

    public string Name => "ReservedKeysVerificationStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (!StrategyConfiguration.TryGet(context, Name, out var strategy) || !StrategyConfiguration.Bool(strategy, "throwException", false))
            return plan;
        var configured = StrategyConfiguration.Strings(strategy, "keys");
        var reserved = configured.Count > 0 ? configured : [.. DefaultKeys];
        foreach (var step in plan.Steps)
        {
            var keys = step.ModulatorsNamed("property").Select(m => m.Arguments.Count > 0 ? m.Arguments[0] : null);
            if (step.Name == "property") keys = keys.Append(step.Arguments.FirstOrDefault(a => a is not Cardinality));
            foreach (var key in keys)
            {
                if (key is string text && reserved.Contains(text))
                    throw new GremlinRequestException($"The provided traversal contains a {(step.Name == "property" ? "AddPropertyStep" : step.Name + "()")} that is setting a property key to a reserved word: {text}. Choose another key, or remove ReservedKeysVerificationStrategy.");
            }
        }
        return plan;
    }
}
