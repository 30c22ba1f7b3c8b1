using System.Collections;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Steps.Map;

namespace GremlinQuad.Traversal.Steps.SideEffect;

/// <summary>
/// property([cardinality,] key, value, [metaKey, metaValue]...) and property(map): sets a vertex
/// property (default cardinality from GraphOptions), an edge property, or a meta-property when the
/// traverser holds a vertex property. A null value removes the key.
/// </summary>
[GremlinStep("property")]
internal sealed class PropertyStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1);
        var args = spec.Arguments.ToList();
        Cardinality? cardinality = null;
        if (args[0] is Cardinality given)
        {
            cardinality = given;
            args.RemoveAt(0);
        }
        if (args is [null])
        {
            // property(null) and property(set, null): a null map of properties sets nothing.
            return new StreamStep((input, _) => input);
        }
        if (args is [GremlinMap map])
        {
            var pairs = map.Select(e => (e.Key, Parameter.Create(spec, e.Value, compiler))).ToList();
            return new StreamStep((input, context) => Run(input, context, cardinality, pairs, []));
        }
        if (args.Count < 2 || args.Count % 2 != 0)
            throw new GremlinRequestException($"property() takes a key and a value, then meta-property key/value pairs, but was given {spec}.");
        // A key given as a traversal (property(values('name'), ...)) is evaluated per traverser.
        var mainKey = args[0] is TraversalPlan keyPlan ? Parameter.Create(spec, keyPlan, compiler) : args[0];
        var main = new List<(object? Key, Parameter Value)> { (mainKey, Parameter.Create(spec, args[1], compiler)) };
        var meta = new List<(object? Key, Parameter Value)>();
        for (var i = 2; i < args.Count; i += 2) meta.Add((args[i], Parameter.Create(spec, args[i + 1], compiler)));
        return new StreamStep((input, context) => Run(input, context, cardinality, main, meta));
    }

    private static IEnumerable<Traverser> Run(IEnumerable<Traverser> input, ExecutionContext context, Cardinality? cardinality,
        List<(object? Key, Parameter Value)> pairs, List<(object? Key, Parameter Value)> meta)
    {
        foreach (var traverser in input.ToList())
        {
            foreach (var (pairKey, parameter) in pairs)
            {
                var key = pairKey is Parameter keyParameter ? keyParameter.Evaluate(traverser, context) : pairKey;
                // A value traversal that produces nothing leaves the element as it is (it does not remove the key).
                if (!parameter.TryEvaluate(traverser, context, out var value)) continue;
                var (entryCardinality, entryValue) = value is CardinalityValue tagged ? (tagged.Cardinality, tagged.Value) : (cardinality ?? context.Options.DefaultCardinality, value);
                Set(traverser.Value, context, cardinality is null && value is not CardinalityValue ? null : entryCardinality, key, entryValue,
                    [.. meta.Select(m => new KeyValuePair<string, object?>(m.Key as string ?? throw new GremlinRequestException("property(): meta-property keys must be Strings."), m.Value.Evaluate(traverser, context)))]);
            }
            yield return traverser;
        }
    }

    private static void Set(object? element, ExecutionContext context, Cardinality? cardinality, object? key, object? value, List<KeyValuePair<string, object?>> meta)
    {
        var graph = context.Graph;
        if (key is T token)
            throw new GremlinExecutionException($"property(T.{token}, ...) can only be used right after addV()/addE(); an existing element's {token} cannot change.");
        var name = key as string ?? throw new GremlinRequestException($"property(): the key must be a String, but was {Args.Describe(key)}.");
        // Hidden keys (~label ...) are the graph's own bookkeeping in the quads: users may not write them.
        MergeMaps.ValidatePropertyKey(name);
        switch (element)
        {
            case VertexRef vertex:
                if (value is null)
                {
                    foreach (var existing in graph.VertexProperties(vertex.Id, KeyTerm(graph, name)).ToList()) graph.RemoveVertexProperty(existing);
                    return;
                }
                var effective = cardinality ?? context.Options.DefaultCardinality;
                if (value is IEnumerable items and not string and not GremlinMap && effective != Cardinality.single)
                {
                    // property(list, 'k', [a, b]) adds each member, as TinkerPop does for list and set cardinality.
                    foreach (var item in items) if (item is not null) graph.SetVertexProperty(vertex.Id, effective, name, item, meta);
                    return;
                }
                graph.SetVertexProperty(vertex.Id, effective, name, value, meta);
                return;
            case EdgeRef edge:
                if (cardinality is not null) throw CardinalityNeedsVertex("Edge", name);
                if (meta.Count > 0) throw new GremlinExecutionException("Edge properties cannot have meta-properties.");
                if (value is null)
                {
                    foreach (var existing in graph.Properties(edge.Id, KeyTerm(graph, name)).ToList()) graph.RemoveProperty(existing);
                    return;
                }
                graph.SetProperty(edge.Id, name, value);
                return;
            case VertexPropertyRef property:
                if (cardinality is not null) throw CardinalityNeedsVertex("VertexProperty", name);
                if (value is null)
                {
                    if (property.HasStatement)
                        foreach (var existing in graph.Properties(property.Statement, KeyTerm(graph, name)).ToList()) graph.RemoveProperty(existing);
                    return;
                }
                graph.SetMetaProperty(property, name, value);
                return;
            default:
                throw new GremlinExecutionException($"property() applies to vertices, edges and vertex properties, but the traverser holds {Args.Describe(element)}.");
        }
    }

    /// <summary>TinkerPop's wording: only vertex properties have a cardinality.</summary>
    private static GremlinExecutionException CardinalityNeedsVertex(string found, string key) =>
        new($"Property cardinality can only be set for a Vertex but the traversal encountered {found} for key: {key}");

    private static Storage.TermId? KeyTerm(GraphModel graph, string name) =>
        graph.TryGetString(name, out var term) ? term : new Storage.TermId(ulong.MaxValue);
}
