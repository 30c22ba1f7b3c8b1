using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Optimization;

/// <summary>
/// ProductiveByStrategy (when added with withStrategies()): a by() whose projection yields nothing gives
/// null instead of filtering the traverser out, so group().by('age') keeps vertices without an age
/// under a null key. by('key') and by(traversal) become by(coalesce(projection, constant(null))).
/// </summary>
internal sealed class ProductiveByStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Optimization;

    public string Name => "ProductiveByStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (!StrategyConfiguration.TryGet(context, Name, out _)) return plan;
        if (!plan.Steps.Any(s => s.Modulators.Any(IsRewritable))) return plan;
        return plan.WithSteps([.. plan.Steps.Select(Rewrite)]);
    }

    /// <summary>
    /// group()'s value by() is left alone: it reduces the whole group (an empty group folds to an empty
    /// list), so only its key by() can be unproductive.
    /// </summary>
    private static StepSpec Rewrite(StepSpec step)
    {
        var seen = 0;
        var modulators = new List<Modulator>(step.Modulators.Count);
        foreach (var modulator in step.Modulators)
        {
            var isValueBy = step.Name == "group" && modulator.Name == "by" && seen++ > 0;
            modulators.Add(isValueBy ? modulator : Rewrite(modulator));
        }
        return step with { Modulators = modulators };
    }

    private static bool IsRewritable(Modulator modulator) =>
        modulator.Name == "by" && modulator.Arguments.Count > 0 && modulator.Arguments[0] is string or TraversalPlan;

    private static Modulator Rewrite(Modulator modulator)
    {
        if (!IsRewritable(modulator)) return modulator;
        var projection = modulator.Arguments[0] switch
        {
            string key => new TraversalPlan([new StepSpec("values", [key])]) { IsAnonymous = true },
            var child => (TraversalPlan)child!,
        };
        var nullConstant = new TraversalPlan([new StepSpec("constant", [null])]) { IsAnonymous = true };
        var productive = new TraversalPlan([new StepSpec("coalesce", [projection, nullConstant])]) { IsAnonymous = true };
        return modulator with { Arguments = [productive, .. modulator.Arguments.Skip(1)] };
    }
}
