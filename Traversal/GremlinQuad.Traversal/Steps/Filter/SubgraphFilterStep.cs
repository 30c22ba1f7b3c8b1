using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>
/// The filter SubgraphStrategy inserts after element-producing steps (never written by users; its name
/// starts with '~' so gremlin-lang cannot spell it). Arguments: the kind ("vertex", "edge",
/// "vertexProperty"), the vertex criterion, the edge criterion, the vertex-property criterion (each a
/// plan or null) and whether an edge's end vertices must pass the vertex criterion too.
/// The criteria are compiled with strategies off: they describe the subgraph, so they see the whole graph
/// (and SubgraphStrategy must not rewrite its own criteria, which would recurse forever).
/// </summary>
[GremlinStep(Name)]
internal sealed class SubgraphFilterStepFactory : IStepFactory
{
    public const string Name = "~subgraphFilter";

    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var kind = Args.String(spec, 0);
        var wasEnabled = compiler.Strategies.Enabled;
        compiler.Strategies.Enabled = false;
        try
        {
            var vertices = Criterion(spec, 1, compiler);
            var edges = Criterion(spec, 2, compiler);
            var properties = Criterion(spec, 3, compiler);
            var checkEnds = spec.Arguments.Count > 4 && spec.Arguments[4] is true;
            return kind switch
            {
                "vertex" => new LambdaFilterStep((t, c) => t.Value is not VertexRef || vertices is null || vertices.Any(t, c)),
                "edge" => new LambdaFilterStep((t, c) => t.Value is not EdgeRef edge || KeepEdge(t, c, edge, vertices, edges, checkEnds)),
                "vertexProperty" => new LambdaFilterStep((t, c) => t.Value is not VertexPropertyRef || properties is null || properties.Any(t, c)),
                _ => throw Args.Reject(spec.Name, 0, "vertex, edge or vertexProperty", kind),
            };
        }
        finally
        {
            compiler.Strategies.Enabled = wasEnabled;
        }
    }

    private static CompiledTraversal? Criterion(StepSpec spec, int position, StepCompiler compiler) =>
        Args.At(spec, position) is TraversalPlan plan ? compiler.Child(plan) : null;

    private static bool KeepEdge(Traverser traverser, ExecutionContext context, EdgeRef edge, CompiledTraversal? vertices, CompiledTraversal? edges, bool checkEnds)
    {
        if (edges is not null && !edges.Any(traverser, context)) return false;
        if (!checkEnds || vertices is null) return true;
        return vertices.Any(traverser.Replace(new VertexRef(edge.OutVertex)), context)
            && vertices.Any(traverser.Replace(new VertexRef(edge.InVertex)), context);
    }
}
