using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>element(): from a property to the element that holds it (a vertex property's vertex, an edge property's edge).</summary>
[GremlinStep("element")]
internal sealed class ElementStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        return new LambdaMapStep((traverser, context) => traverser.Value switch
        {
            VertexPropertyRef property => new VertexRef(property.Vertex),
            PropertyRef { Owner.Kind: Storage.TermKind.Link } property when context.Graph.TryGetEdge(property.Owner, out var edge) => edge,
            PropertyRef property => FindVertexProperty(context, property),
            _ => throw new GremlinExecutionException($"element() applies to properties, but the traverser holds {Args.Describe(traverser.Value)}."),
        });
    }

    /// <summary>A meta-property's owner: the vertex property whose Statement term is the meta-property's subject.</summary>
    private static VertexPropertyRef FindVertexProperty(ExecutionContext context, PropertyRef property)
    {
        foreach (var quad in context.Graph.Snapshot.Scan(Storage.QuadPattern.Of(graph: property.Owner)))
            return new VertexPropertyRef(quad.Subject, quad.Predicate, quad.Object, quad.Graph);
        throw new GremlinExecutionException("element(): the property's owner no longer exists.");
    }
}
