using GremlinQuad.Gremlin;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.FlatMap;

/// <summary>
/// out/in/both (adjacent vertices) and outE/inE/bothE (incident edges), optionally by edge label.
/// out(label) is a SPOG prefix scan, in(label) a POGS prefix scan, label-less in()/both() the ??O?
/// object lookup (OSGP or the union scan; explain() shows which).
/// </summary>
[GremlinStep("out", "in", "both", "outE", "inE", "bothE")]
internal sealed class VertexStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var labels = Args.Strings(spec);
        var direction = spec.Name switch
        {
            "out" or "outE" => Direction.OUT,
            "in" or "inE" => Direction.IN,
            _ => Direction.BOTH,
        };
        return new VertexStep(spec.Name, direction, spec.Name.EndsWith('E'), labels);
    }
}

internal sealed class VertexStep(string name, Direction direction, bool edges, IReadOnlyList<string> labels) : FlatMapStep
{
    protected override IEnumerable<object?> Expand(Traverser traverser, ExecutionContext context)
    {
        if (traverser.Value is not VertexRef vertex)
            throw new GremlinExecutionException($"{name}() applies to vertices, but the traverser holds {Args.Describe(traverser.Value)}.");
        var graph = context.Graph;
        if (labels.Count == 0)
        {
            foreach (var result in Adjacent(graph, vertex.Id, null)) yield return result;
            yield break;
        }
        foreach (var label in labels)
        {
            if (!graph.TryGetString(label, out var term)) continue;
            foreach (var result in Adjacent(graph, vertex.Id, term)) yield return result;
        }
    }

    private IEnumerable<object> Adjacent(GraphModel graph, TermId vertex, TermId? label)
    {
        if (direction is Direction.OUT or Direction.BOTH)
        {
            foreach (var edge in graph.OutEdges(vertex, label))
                yield return edges ? edge : new VertexRef(edge.InVertex);
        }
        if (direction is Direction.IN or Direction.BOTH)
        {
            foreach (var edge in graph.InEdges(vertex, label))
                yield return edges ? edge : new VertexRef(edge.OutVertex);   // a self-loop comes twice from both(), as in TinkerGraph
        }
    }
}
