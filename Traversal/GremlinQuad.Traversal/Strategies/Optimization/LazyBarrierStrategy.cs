using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Optimization;

/// <summary>
/// TinkerPop's LazyBarrierStrategy, in the cases where it provably changes nothing but speed: after a
/// vertex step (out/in/both/outE/inE/bothE) that another flat-map step follows, a
/// <c>lazyBarrier(2500)</c> merges equal traversers in windows of 2 500 into one with the summed bulk,
/// so <c>g.V().out().out().count()</c> expands each distinct middle vertex once per window instead of
/// once per path to it. Only in a root traversal without paths, labels, sacks or withBulk(false), and
/// only when everything after the barrier is per-traverser (vertex steps, value filters, values/id/label)
/// ending in count/sum/min/max/mean, which add bulks and ignore order: the answer is then identical,
/// while a list result would only come out in a different order.
/// </summary>
internal sealed class LazyBarrierStrategy : ITraversalStrategy
{
    public const int WindowSize = 2500;

    private static readonly HashSet<string> Expanding = new(StringComparer.Ordinal) { "out", "in", "both", "outE", "inE", "bothE" };

    private static readonly HashSet<string> PerTraverser = new(StringComparer.Ordinal)
    {
        "out", "in", "both", "outE", "inE", "bothE", "inV", "outV", "bothV",
        "hasId", "hasLabel", "has", "hasNot", "values", "id", "label",
    };

    private static readonly HashSet<string> Reducers = new(StringComparer.Ordinal) { "count", "sum", "min", "max", "mean" };

    public StrategyCategory Category => StrategyCategory.Optimization;

    public string Name => "LazyBarrierStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (plan.IsAnonymous || plan.Source.Any(s => s.Name is "withSack" or "withBulk") || PathAnalysis.NeedsPaths(plan)) return plan;
        var steps = plan.Steps;
        if (steps.Count < 3 || steps[^1] is not { Arguments.Count: 0, Modulators.Count: 0 } last || !Reducers.Contains(last.Name)) return plan;
        // Scanning backwards: the tail that is per-traverser up to the reducer decides where barriers are safe.
        var safeFrom = steps.Count - 1;
        while (safeFrom > 1 && IsPerTraverser(steps[safeFrom - 1])) safeFrom--;
        List<StepSpec>? rewritten = null;
        for (var index = 0; index < steps.Count; index++)
        {
            var step = steps[index];
            rewritten?.Add(step);
            if (index < safeFrom - 1 || index >= steps.Count - 1 || !Expanding.Contains(step.Name) || !Expanding.Contains(steps[index + 1].Name)) continue;
            rewritten ??= [.. steps.Take(index + 1)];
            rewritten.Add(new StepSpec("lazyBarrier", [WindowSize]));
        }
        return rewritten is null ? plan : plan.WithSteps(rewritten);
    }

    private static bool IsPerTraverser(StepSpec step) =>
        PerTraverser.Contains(step.Name) && step.Labels.Count == 0 && step.Modulators.Count == 0
        && !step.Arguments.Any(a => a is TraversalPlan);
}
