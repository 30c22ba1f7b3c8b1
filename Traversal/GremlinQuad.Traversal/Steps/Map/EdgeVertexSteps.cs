using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>outV/inV/bothV/otherV: from an edge to its vertices (otherV: the one the traverser did not come from).</summary>
[GremlinStep("outV", "inV", "bothV", "otherV")]
internal sealed class EdgeVertexStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        var name = spec.Name;
        return new LambdaFlatMapStep((traverser, context) => Expand(name, traverser));
    }

    private static IEnumerable<object?> Expand(string name, Traverser traverser)
    {
        if (traverser.Value is not EdgeRef edge)
            throw new GremlinExecutionException($"{name}() applies to edges, but the traverser holds {Args.Describe(traverser.Value)}.");
        switch (name)
        {
            case "outV": return [new VertexRef(edge.OutVertex)];
            case "inV": return [new VertexRef(edge.InVertex)];
            case "bothV": return [new VertexRef(edge.OutVertex), new VertexRef(edge.InVertex)];
            default:
                var previous = traverser.Path?.Previous?.Value;
                var from = previous is VertexRef vertex ? vertex.Id : edge.OutVertex;
                return [new VertexRef(from == edge.OutVertex ? edge.InVertex : edge.OutVertex)];
        }
    }
}
