using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Decoration;

/// <summary>
/// TinkerPop's ConnectiveStrategy: infix and()/or() without arguments become prefix steps over the
/// steps on either side, and binds tighter than or. <c>__.has(a).or().loops().is(3)</c> becomes
/// <c>__.or(__.has(a), __.loops().is(3))</c>. In a root traversal the start step stays outside.
/// </summary>
internal sealed class ConnectiveStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Decoration;

    public string Name => "ConnectiveStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (!plan.Steps.Any(IsInfix)) return plan;
        var prefix = plan.IsAnonymous ? 0 : 1;
        var head = plan.Steps.Take(prefix).ToList();
        var body = plan.Steps.Skip(prefix).ToList();
        var orGroups = Split(body, "or");
        var operands = orGroups.Select(group =>
        {
            var andGroups = Split(group, "and");
            return andGroups.Count == 1 ? andGroups[0] : [new StepSpec("and", [.. andGroups.Select(Child)])];
        }).ToList();
        var result = operands.Count == 1 ? operands[0] : [new StepSpec("or", [.. operands.Select(Child)])];
        return plan.WithSteps([.. head, .. result]);
    }

    private static bool IsInfix(StepSpec step) => step.Name is "and" or "or" && step.Arguments.Count == 0;

    private static object Child(List<StepSpec> steps) => new TraversalPlan(steps) { IsAnonymous = true };

    private static List<List<StepSpec>> Split(List<StepSpec> steps, string connective)
    {
        var groups = new List<List<StepSpec>> { new() };
        foreach (var step in steps)
        {
            // A label on the connective itself (a.and().as('c').is(...)) starts the right operand.
            if (step.Name == connective && step.Arguments.Count == 0) groups.Add(step.Labels.Count == 0 ? [] : [new StepSpec("identity", []) { Labels = step.Labels }]);
            else groups[^1].Add(step);
        }
        return groups;
    }
}
