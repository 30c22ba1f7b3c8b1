using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Strategies.Storage;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// mergeV([map | traversal]) with option(onCreate|onMatch, map | traversal [, cardinality]): every
/// vertex matching the map's id, label and properties is emitted (after onMatch sets its properties);
/// when none matches, one vertex is created from the map combined with onCreate. At the start of a
/// traversal it runs once; in the middle, once per traverser.
/// </summary>
[GremlinStep("mergeV")]
internal sealed class MergeVertexStepFactory : IStepFactory
{
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
            var merge = arguments.Merge.EvaluateMap(traverser, context, "mergeV", "the merge argument");
            MergeMaps.ValidateCreateMap("mergeV", merge);
            var matches = SearchVertices(context, merge).ToList();
            if (matches.Count == 0)
            {
                yield return traverser.Split(CreateVertex(traverser, context, arguments, merge));
                continue;
            }
            foreach (var vertex in matches)
            {
                if (arguments.OnMatch is not null) ApplyOnMatch(traverser, context, arguments, vertex);
                yield return traverser.Split(vertex);
            }
        }
    }

    /// <summary>The vertices with the map's T.id, T.label and every String-keyed property value (an empty map matches all).</summary>
    public static IEnumerable<VertexRef> SearchVertices(ExecutionContext context, GremlinMap search)
    {
        var graph = context.Graph;
        search.TryGetValue(T.id, out var id);
        var label = search.TryGetValue(T.label, out var labelValue) ? labelValue as string : null;
        var properties = search.Where(e => e.Key is string).Select(e => (Key: (string)e.Key!, Value: Unwrap(e.Value))).ToList();

        // The most selective index first: the id, then a property value (an upsert by key is the common
        // case, and a label alone may cover most of the graph), then the label, then every vertex.
        IEnumerable<VertexRef> candidates;
        var lookup = properties.Select(p => IndexLookup.ForProperty(p.Key, P.Eq(p.Value))).FirstOrDefault(l => l is not null);
        if (id is not null)
        {
            candidates = graph.TryFindVertex(id, out var byId) ? [byId] : [];
        }
        else if (lookup is not null)
        {
            candidates = lookup.Vertices(graph);
        }
        else if (label is not null)
        {
            candidates = graph.TryGetString(label, out var labelTerm) ? graph.VerticesWithLabel(labelTerm) : [];
            label = null; // the index already applied it
        }
        else
        {
            candidates = graph.Vertices();
        }

        foreach (var vertex in candidates)
        {
            context.Tick();
            if (label is not null && graph.VertexLabel(vertex.Id) != label) continue;
            if (properties.All(p => Execution.Elements.Values(context, vertex, p.Key).Any(v => GremlinValues.Equal(v, p.Value))))
                yield return vertex;
        }
    }

    private static object? Unwrap(object? value) => value is CardinalityValue tagged ? tagged.Value : value;

    private static VertexRef CreateVertex(Traverser traverser, ExecutionContext context, MergeArguments arguments, GremlinMap merge)
    {
        var create = merge;
        if (arguments.OnCreate is not null)
        {
            var onCreate = arguments.OnCreate.EvaluateMap(traverser, context, "mergeV", "option(onCreate)");
            if (onCreate.Count > 0)
            {
                MergeMaps.ValidateCreateMap("mergeV", onCreate);
                if (merge.Count > 0) MergeMaps.ValidateNoOverrides(merge, onCreate);
                create = MergeMaps.Combine(merge, MergeArguments.WithCardinality(onCreate, arguments.OnCreateCardinality));
            }
        }
        create.TryGetValue(T.id, out var id);
        var label = create.TryGetValue(T.label, out var labelValue) && labelValue is string text ? text : Vertex.DefaultLabel;
        var graph = context.Graph;
        var vertex = graph.AddVertex(id, label);
        // As TinkerPop: plain values go in as addVertex(key, value...) would (list cardinality), then the
        // values tagged with an explicit cardinality are set with it.
        foreach (var (key, value) in create)
            if (key is string name && value is not CardinalityValue && value is not null)
                graph.SetVertexProperty(vertex.Id, Cardinality.list, name, value);
        foreach (var (key, value) in create)
            if (key is string name && value is CardinalityValue { Value: not null } tagged)
                graph.SetVertexProperty(vertex.Id, tagged.Cardinality, name, tagged.Value);
        return vertex;
    }

    private static void ApplyOnMatch(Traverser traverser, ExecutionContext context, MergeArguments arguments, VertexRef vertex)
    {
        // The option traversal sees the matched vertex (its path keeps the incoming labels for select()).
        var onMatch = arguments.OnMatch!.EvaluateMap(traverser.Replace(vertex), context, "mergeV", "option(onMatch)");
        MergeMaps.ValidateMatchMap("mergeV", onMatch);
        onMatch = MergeArguments.WithCardinality(onMatch, arguments.OnMatchCardinality);
        foreach (var (key, value) in onMatch)
        {
            var (cardinality, item) = value is CardinalityValue tagged ? (tagged.Cardinality, tagged.Value) : (context.Options.DefaultCardinality, value);
            if (item is null) continue;
            context.Graph.SetVertexProperty(vertex.Id, cardinality, (string)key!, item);
        }
    }
}
