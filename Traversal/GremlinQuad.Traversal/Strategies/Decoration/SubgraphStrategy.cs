using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Steps.Filter;

namespace GremlinQuad.Traversal.Strategies.Decoration;

/// <summary>
/// SubgraphStrategy(vertices:, edges:, vertexProperties:, checkAdjacentVertices:): the traversal sees only
/// the part of the graph its criteria accept. Every step that yields vertices, edges or vertex properties
/// gets a filter after it; out()/in() become outE().inV()/inE().outV() (both() a union of the two) when edges are restricted,
/// so a vertex is reached only over an accepted edge; values() becomes properties().value() when vertex
/// properties are restricted. Child traversals are rewritten the same way when they compile.
/// </summary>
internal sealed class SubgraphStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Decoration;

    public string Name => "SubgraphStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (!StrategyConfiguration.TryGet(context, Name, out var strategy)) return plan;
        var vertices = StrategyConfiguration.Traversal(strategy, "vertices");
        var edges = StrategyConfiguration.Traversal(strategy, "edges");
        var properties = StrategyConfiguration.Traversal(strategy, "vertexProperties");
        var checkEnds = StrategyConfiguration.Bool(strategy, "checkAdjacentVertices", true);
        if (vertices is null && edges is null && properties is null) return plan;

        StepSpec Filter(string kind) => new(SubgraphFilterStepFactory.Name, [kind, vertices, edges, properties, checkEnds]);
        var restrictEdges = edges is not null || (checkEnds && vertices is not null);
        var steps = new List<StepSpec>(plan.Steps.Count * 2);
        foreach (var step in plan.Steps)
        {
            switch (step.Name)
            {
                case "V" or "outV" or "inV" or "otherV" or "bothV" when vertices is not null:
                    Append(steps, step, Filter("vertex"));
                    break;
                case "E" or "outE" or "inE" or "bothE" when restrictEdges:
                    Append(steps, step, Filter("edge"));
                    break;
                case "out" or "in" when edges is not null:
                {
                    var rewritten = Walk(step.Name, step.Arguments, Filter("edge"), vertices is null ? null : Filter("vertex"));
                    rewritten[^1] = rewritten[^1] with { Labels = step.Labels, Modulators = step.Modulators };
                    steps.AddRange(rewritten);
                    break;
                }
                case "both" when edges is not null:
                {
                    // Both directions walked separately: each knows which end is the far one.
                    var vertexFilter = vertices is null ? null : Filter("vertex");
                    var outgoing = new TraversalPlan(Walk("out", step.Arguments, Filter("edge"), vertexFilter)) { IsAnonymous = true };
                    var incoming = new TraversalPlan(Walk("in", step.Arguments, Filter("edge"), vertexFilter)) { IsAnonymous = true };
                    steps.Add(new StepSpec("union", [outgoing, incoming]) { Labels = step.Labels });
                    break;
                }
                case "out" or "in" or "both" when vertices is not null:
                    Append(steps, step, Filter("vertex"));
                    break;
                case "properties" when properties is not null:
                    Append(steps, step, Filter("vertexProperty"));
                    break;
                case "values" when properties is not null:
                    steps.Add(new StepSpec("properties", step.Arguments));
                    steps.Add(Filter("vertexProperty"));
                    steps.Add(new StepSpec("value", []) { Labels = step.Labels, Modulators = step.Modulators });
                    break;
                default:
                    steps.Add(step);
                    break;
            }
        }
        return plan.WithSteps(steps);
    }

    /// <summary>out(labels) as outE(labels), the edge filter, inV() and the vertex filter (in() likewise).</summary>
    private static List<StepSpec> Walk(string direction, IReadOnlyList<object?> labels, StepSpec edgeFilter, StepSpec? vertexFilter)
    {
        var steps = direction == "out"
            ? new List<StepSpec> { new("outE", labels), edgeFilter, new("inV", []) }
            : [new("inE", labels), edgeFilter, new("outV", [])];
        if (vertexFilter is not null) steps.Add(vertexFilter);
        return steps;
    }

    /// <summary>The step, then its filter; the step's as() labels move to the filter so a label names an accepted element.</summary>
    private static void Append(List<StepSpec> steps, StepSpec step, StepSpec filter)
    {
        steps.Add(step with { Labels = [] });
        steps.Add(filter with { Labels = step.Labels });
    }
}
