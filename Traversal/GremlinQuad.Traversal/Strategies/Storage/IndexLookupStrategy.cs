using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Storage;

/// <summary>
/// Folds the first has()/hasLabel() after a root V() into the V step as a POGS lookup
/// (<see cref="IndexLookup"/>). Prefers a property lookup (usually more selective) over a label one;
/// the folded filter is removed, every other filter stays.
/// </summary>
internal sealed class IndexLookupStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Storage;

    public string Name => "IndexLookupStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (plan.IsAnonymous || plan.Steps.Count < 2) return plan;
        var start = plan.Steps[0];
        if (start.Name != "V" || start.Arguments.Count != 0 || start.Labels.Count > 0) return plan;
        int? labelIndex = null;
        IndexLookup? labelLookup = null;
        for (var i = 1; i < plan.Steps.Count; i++)
        {
            var step = plan.Steps[i];
            if (step.Name is not ("has" or "hasLabel") || step.Modulators.Count > 0) break;
            var lookup = TryLookup(step);
            if (lookup is null) continue;
            if (lookup.Key is not null) return Fold(plan, i, lookup, context);
            if (labelIndex is null)
            {
                labelIndex = i;
                labelLookup = lookup;
            }
        }
        return labelIndex is { } index ? Fold(plan, index, labelLookup!, context) : plan;
    }

    private static TraversalPlan Fold(TraversalPlan plan, int index, IndexLookup lookup, StrategyContext context)
    {
        var folded = plan.Steps[index];
        if (folded.Labels.Count > 0 && index != 1) return plan;   // labels on a later filter would move; keep the plan as is
        var steps = plan.Steps.ToList();
        steps.RemoveAt(index);
        steps[0] = steps[0] with { Arguments = [lookup], Note = lookup.Describe(context.Graph), Labels = folded.Labels };
        return plan.WithSteps(steps);
    }

    private static IndexLookup? TryLookup(StepSpec step)
    {
        var args = step.Arguments;
        if (step.Name == "hasLabel")
            return args is [string label] ? IndexLookup.ForLabel(label) : null;
        if (args is [string key, var value] && value is not Plan.TraversalPlan)
            return IndexLookup.ForProperty(key, value as P ?? P.Eq(value));
        if (args is [T.label, string byToken])
            return IndexLookup.ForLabel(byToken);
        return null;
    }
}
