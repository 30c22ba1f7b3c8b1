using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// mergeE([map | traversal]) with option(onCreate|onMatch|outV|inV, ...): the map names the edge by
/// T.id, T.label, Direction.OUT/IN (a vertex, a vertex id, or Merge.outV/inV resolved through the
/// option of that name) and properties. Matching edges are emitted after onMatch; otherwise one edge
/// is created from the map combined with onCreate, whose ends must then exist.
/// </summary>
[GremlinStep("mergeE")]
internal sealed class MergeEdgeStepFactory : IStepFactory
{
    private const string Step = "mergeE";

    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var arguments = MergeArguments.Parse(spec, compiler);
        return new StreamStep((input, context) => Run(input, context, arguments));
    }

    private static IEnumerable<Traverser> Run(IEnumerable<Traverser> input, ExecutionContext context, MergeArguments arguments)
    {
        // Writes wait until the upstream scans are finished, so no scan sees a half-changed index.
        foreach (var traverser in input.ToList())
        {
            var unresolved = arguments.Merge.EvaluateMap(traverser, context, Step, "the merge argument");
            MergeMaps.ValidateCreateMap(Step, unresolved);
            var merge = ResolveEnds(new GremlinMap(unresolved), traverser, context, arguments);
            var matches = SearchEdges(context, merge).ToList();
            if (matches.Count == 0)
            {
                yield return traverser.Split(CreateEdge(traverser, context, arguments, unresolved, merge));
                continue;
            }
            foreach (var edge in matches)
            {
                if (arguments.OnMatch is not null) ApplyOnMatch(traverser, context, arguments, edge);
                yield return traverser.Split(edge);
            }
        }
    }

    /// <summary>Replaces Merge.outV/inV by what the option of that name gives, and vertices by their ids' references.</summary>
    private static GremlinMap ResolveEnds(GremlinMap map, Traverser traverser, ExecutionContext context, MergeArguments arguments)
    {
        ResolveEnd(map, Direction.OUT, Merge.outV, arguments.OutV, traverser, context);
        ResolveEnd(map, Direction.IN, Merge.inV, arguments.InV, traverser, context);
        return map;
    }

    private static void ResolveEnd(GremlinMap map, Direction direction, Merge token, MergeSource? option, Traverser traverser, ExecutionContext context)
    {
        if (!map.TryGetValue(direction, out var value)) return;
        if (value is Merge placeholder && placeholder == token)
        {
            if (option is null)
                throw new GremlinRequestException($"option({token}) must be specified if it is used for {direction}");
            var resolved = option.Evaluate(traverser, context, Step);
            map[direction] = resolved switch
            {
                VertexRef vertex => vertex,
                Vertex vertex => FindVertex(context, vertex.Id),
                GremlinMap search => MergeVertexStepFactory.SearchVertices(context, search).FirstOrDefault()
                    ?? throw new GremlinExecutionException($"Vertex id could not be resolved from mergeE: option({token}) found no vertex for {PlanText.Argument(search)}"),
                _ => throw new GremlinRequestException($"Vertex id could not be resolved from mergeE: option({token}) must give a Vertex or a Map, but gave {Args.Describe(resolved)}"),
            };
        }
        else if (value is Vertex vertex)
        {
            map[direction] = context.Graph.TryFindVertex(vertex.Id, out var found) ? found : vertex.Id;
        }
    }

    private static VertexRef FindVertex(ExecutionContext context, object? id) =>
        id is VertexRef vertex ? vertex
        : context.Graph.TryFindVertex(id, out var found) ? found
        : throw new GremlinExecutionException($"Vertex id could not be resolved from mergeE: {PlanText.Argument(id)}");

    /// <summary>Edges with the map's id, label, ends and property values; an empty map matches every edge.</summary>
    private static IEnumerable<EdgeRef> SearchEdges(ExecutionContext context, GremlinMap search)
    {
        var graph = context.Graph;
        search.TryGetValue(T.id, out var id);
        var label = search.TryGetValue(T.label, out var labelValue) ? labelValue as string : null;
        var outEnd = search.TryGetValue(Direction.OUT, out var outValue) ? outValue : null;
        var inEnd = search.TryGetValue(Direction.IN, out var inValue) ? inValue : null;
        TermId? labelTerm = null;
        if (label is not null)
        {
            if (!graph.TryGetString(label, out var term)) yield break;
            labelTerm = term;
        }
        // An end that names no existing vertex matches nothing (creation then reports it).
        VertexRef? outVertex = null, inVertex = null;
        if (outEnd is not null && !TryEnd(context, outEnd, out outVertex)) yield break;
        if (inEnd is not null && !TryEnd(context, inEnd, out inVertex)) yield break;

        IEnumerable<EdgeRef> candidates;
        if (id is not null) candidates = graph.TryFindEdge(id, out var byId) ? [byId] : [];
        else if (outVertex is not null) candidates = graph.OutEdges(outVertex.Id, labelTerm);
        else if (inVertex is not null) candidates = graph.InEdges(inVertex.Id, labelTerm);
        else candidates = graph.Edges();

        var properties = search.Where(e => e.Key is string).Select(e => (Key: (string)e.Key!, e.Value)).ToList();
        foreach (var edge in candidates)
        {
            context.Tick();
            if (labelTerm is not null && edge.Label != labelTerm.Value) continue;
            if (outVertex is not null && edge.OutVertex != outVertex.Id) continue;
            if (inVertex is not null && edge.InVertex != inVertex.Id) continue;
            if (properties.All(p => Execution.Elements.Values(context, edge, p.Key).Any(v => GremlinValues.Equal(v, p.Value))))
                yield return edge;
        }
    }

    private static bool TryEnd(ExecutionContext context, object end, out VertexRef? vertex)
    {
        if (end is VertexRef reference)
        {
            vertex = reference;
            return true;
        }
        var found = context.Graph.TryFindVertex(end is Vertex structure ? structure.Id : end, out var byId);
        vertex = found ? byId : null;
        return found;
    }

    private static EdgeRef CreateEdge(Traverser traverser, ExecutionContext context, MergeArguments arguments, GremlinMap unresolved, GremlinMap merge)
    {
        var create = merge;
        if (arguments.OnCreate is not null)
        {
            var onCreate = arguments.OnCreate.EvaluateMap(traverser, context, Step, "option(onCreate)");
            if (onCreate.Count > 0)
            {
                MergeMaps.ValidateCreateMap(Step, onCreate);
                // Compared with the merge map as given, so tokens and vertices compare like with like.
                MergeMaps.ValidateNoOverrides(unresolved, onCreate);
                create = ResolveEnds(MergeMaps.Combine(merge, onCreate), traverser, context, arguments);
            }
        }
        if (!create.TryGetValue(Direction.OUT, out var outEnd))
            throw new GremlinRequestException("Out Vertex not specified in onCreate - edge cannot be created");
        if (!create.TryGetValue(Direction.IN, out var inEnd))
            throw new GremlinRequestException("In Vertex not specified in onCreate - edge cannot be created");
        var outVertex = FindVertex(context, outEnd is Vertex outStructure ? outStructure.Id : outEnd);
        var inVertex = FindVertex(context, inEnd is Vertex inStructure ? inStructure.Id : inEnd);
        create.TryGetValue(T.id, out var id);
        var label = create.TryGetValue(T.label, out var labelValue) && labelValue is string text ? text : "edge";
        var graph = context.Graph;
        var edge = graph.AddEdge(outVertex, label, inVertex, id);
        foreach (var (key, value) in create)
        {
            var item = value is CardinalityValue tagged ? tagged.Value : value;
            if (key is string name && item is not null) graph.SetProperty(edge.Id, name, item);
        }
        return edge;
    }

    private static void ApplyOnMatch(Traverser traverser, ExecutionContext context, MergeArguments arguments, EdgeRef edge)
    {
        // The option traversal sees the matched edge (its path keeps the incoming labels for select()).
        var onMatch = arguments.OnMatch!.EvaluateMap(traverser.Replace(edge), context, Step, "option(onMatch)");
        MergeMaps.ValidateMatchMap(Step, onMatch);
        foreach (var (key, value) in onMatch)
        {
            var item = value is CardinalityValue tagged ? tagged.Value : value;
            if (item is not null) context.Graph.SetProperty(edge.Id, (string)key!, item);
        }
    }
}
