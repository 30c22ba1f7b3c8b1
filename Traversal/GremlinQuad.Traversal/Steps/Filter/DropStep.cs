using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>drop(): removes every quad of each element (a vertex takes its edges and all their properties along) and emits nothing.</summary>
[GremlinStep("drop")]
internal sealed class DropStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        return new StreamStep(Drop);
    }

    private static IEnumerable<Traverser> Drop(IEnumerable<Traverser> input, ExecutionContext context)
    {
        // Collect first: removing quads while the scan that found them is still open would skip or repeat some.
        var targets = input.Select(t => t.Value).ToList();
        foreach (var target in targets)
        {
            switch (target)
            {
                case VertexRef vertex: context.Graph.RemoveVertex(vertex); break;
                case EdgeRef edge: context.Graph.RemoveEdge(edge); break;
                case VertexPropertyRef property: context.Graph.RemoveVertexProperty(property); break;
                case PropertyRef property: context.Graph.RemoveProperty(property); break;
                case null: break;
                default: throw new Gremlin.GremlinExecutionException($"drop() applies to elements and properties, but the traverser holds {Args.Describe(target)}.");
            }
        }
        yield break;
    }
}
