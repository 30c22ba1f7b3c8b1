using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Storage;

/// <summary>
/// g.V().count(), g.E().count() and g.V().hasLabel(x).count() (after IndexLookupStrategy) are answered
/// from the index's exact range count instead of scanning: each vertex has exactly one ~label quad
/// and each edge exactly one quad with a Link in G, so the count is provably the same. Anything with
/// labels, ids or more steps keeps the plan.
/// </summary>
internal sealed class CountFromIndexStrategy : ITraversalStrategy
{
    // Runs after IndexLookupStrategy (same category, names compared ordinally: "Count..." < "Index..."),
    // so it also sees the plan before the label fold; both shapes are handled.
    public StrategyCategory Category => StrategyCategory.Storage;

    public string Name => "CountFromIndexStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (plan.IsAnonymous) return plan;
        var steps = plan.Steps;
        if (steps.Count is < 2 or > 3 || steps[^1] is not { Name: "count", Arguments.Count: 0, Labels.Count: 0 }) return plan;
        var start = steps[0];
        if (start.Name is not ("V" or "E") || start.Labels.Count > 0 || start.Arguments.Count > 0) return plan;
        if (steps.Count == 2)
        {
            var element = start.Name == "V" ? "vertex" : "edge";
            return plan.WithSteps([new StepSpec("countFromIndex", [element]) { Note = Describe(context, element, null) }]);
        }
        if (start.Name == "V" && steps[1] is { Name: "hasLabel", Arguments: [string label], Labels.Count: 0, Modulators.Count: 0 })
            return plan.WithSteps([new StepSpec("countFromIndex", ["vertex", label]) { Note = Describe(context, "vertex", label) }]);
        return plan;
    }

    private static string Describe(StrategyContext context, string element, string? label)
    {
        var graph = context.Graph;
        var pattern = element == "edge" ? Graph.GraphModel.AllEdgesPattern
            : graph.TryGetLabelPredicate(out var predicate)
                ? label is not null && graph.TryGetString(label, out var labelTerm)
                    ? GremlinQuad.Storage.QuadPattern.Of(predicate: predicate, @object: labelTerm, graph: GremlinQuad.Storage.TermId.Default)
                    : GremlinQuad.Storage.QuadPattern.Of(predicate: predicate, graph: GremlinQuad.Storage.TermId.Default)
                : (GremlinQuad.Storage.QuadPattern?)null;
        return pattern is null ? "empty graph" : "count of " + graph.Snapshot.Plan(pattern.Value);
    }
}
