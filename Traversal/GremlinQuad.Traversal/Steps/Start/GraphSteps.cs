using System.Collections;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Strategies.Storage;

namespace GremlinQuad.Traversal.Steps.Start;

/// <summary>V(ids...) and E(ids...): all vertices/edges, or those with the given ids (direct lookups).</summary>
[GremlinStep("V", "E")]
internal sealed class GraphStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        // IndexLookupStrategy replaces V().has(...) by V(lookup): a POGS scan instead of a filter.
        if (spec.Arguments is [IndexLookup lookup]) return new GraphStep(true, [], lookup);
        return new GraphStep(spec.Name == "V", FlattenIds(spec.Arguments), null);
    }

    /// <summary>Ids may be given one by one, as a list, or as elements (their ids are used).</summary>
    public static List<object?> FlattenIds(IEnumerable<object?> arguments)
    {
        var ids = new List<object?>();
        foreach (var argument in arguments)
        {
            switch (argument)
            {
                case Element element: ids.Add(element.Id); break;
                case string or null: ids.Add(argument); break;
                case IEnumerable many when argument is not GremlinMap: ids.AddRange(FlattenIds(many.Cast<object?>())); break;
                default: ids.Add(argument); break;
            }
        }
        return ids;
    }
}

internal sealed class GraphStep(bool vertices, List<object?> ids, IndexLookup? lookup) : Step
{
    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        foreach (var traverser in input)
        {
            foreach (var element in Elements(context))
            {
                context.Tick();
                yield return traverser.Split(element);
            }
        }
    }

    private IEnumerable<object> Elements(ExecutionContext context)
    {
        var graph = context.Graph;
        if (lookup is not null)
        {
            foreach (var vertex in lookup.Vertices(graph)) yield return vertex;
            yield break;
        }
        if (ids.Count == 0)
        {
            if (vertices) foreach (var v in graph.Vertices()) yield return v;
            else foreach (var e in graph.Edges()) yield return e;
            yield break;
        }
        foreach (var id in ids)
        {
            if (vertices)
            {
                if (graph.TryFindVertex(id is VertexRef r ? r : id, out var vertex)) yield return vertex;
            }
            else if (id is EdgeRef edgeRef)
            {
                yield return edgeRef;
            }
            else if (graph.TryFindEdge(id, out var edge))
            {
                yield return edge;
            }
        }
    }
}
