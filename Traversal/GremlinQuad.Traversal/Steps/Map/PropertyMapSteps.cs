using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// valueMap([true], keys...) (key → list of values for vertices, value for edge/meta properties; with(WithOptions.tokens)
/// or true adds T.id and T.label; by() projects each value list), propertyMap(keys...) (key → property objects) and
/// elementMap(keys...) (T.id, T.label, single values; edges add Direction.OUT/IN maps of id and label).
/// </summary>
[GremlinStep("valueMap", "propertyMap", "elementMap")]
internal sealed class PropertyMapStepFactory : IStepFactory
{
    private const string TokensOption = "~tinkerpop.valueMap.tokens";

    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var args = spec.Arguments.ToList();
        var tokens = 0;
        if (args.Count > 0 && args[0] is bool includeTokens)
        {
            tokens = includeTokens ? 15 : 0;
            args.RemoveAt(0);
        }
        foreach (var with in spec.ModulatorsNamed("with"))
        {
            if (with.Arguments.Count > 0 && with.Arguments[0] is TokensOption)
                tokens = with.Arguments.Count > 1 ? (int)Numbers(with.Arguments[1]) : 15;
        }
        var keys = Args.PropertyKeys(spec with { Arguments = args });
        var by = ByModulator.Pick(ByModulator.All(spec, compiler), 0);
        return spec.Name switch
        {
            "valueMap" => new LambdaMapStep((t, c) => ValueMap(t, c, keys, tokens, by)),
            "propertyMap" => new LambdaMapStep((t, c) => PropertyMap(t.Value, c, keys)),
            _ => new LambdaMapStep((t, c) => ElementMap(t.Value, c, keys)),
        };
    }

    private static long Numbers(object? value) => Values.Numbers.ToInt64(value ?? 0);

    private static GremlinMap ValueMap(Traverser traverser, ExecutionContext context, IReadOnlyList<string> keys, int tokens, ByModulator by)
    {
        var element = traverser.Value;
        if (element is not (VertexRef or EdgeRef or VertexPropertyRef))
            throw Elements.NotAnElement("valueMap", element);
        var map = new GremlinMap();
        if ((tokens & 1) != 0) map[T.id] = Elements.Id(context, element);
        if ((tokens & 2) != 0) map[T.label] = Elements.Label(context, element);
        if (element is VertexPropertyRef vertexProperty && (tokens & 4) != 0) map[T.key] = Elements.Label(context, element);
        if (element is VertexPropertyRef valued && (tokens & 8) != 0) map[T.value] = context.Graph.GetValue(valued.Value);
        foreach (var property in Elements.Properties(context, element, keys))
        {
            var key = Elements.PropertyKey(context, property);
            var value = Elements.PropertyValue(context, property);
            if (element is VertexRef)
            {
                if (!map.TryGetValue(key, out var list)) map[key] = list = new List<object?>();
                ((List<object?>)list!).Add(value);
            }
            else
            {
                map[key] = value;
            }
        }
        if (by.IsIdentity) return map;
        var projected = new GremlinMap();
        foreach (var (key, value) in map)
        {
            if (key is T) projected[key] = value;
            else if (by.TryApply(traverser, context, value, out var result)) projected[key] = result;
        }
        return projected;
    }

    private static GremlinMap PropertyMap(object? element, ExecutionContext context, IReadOnlyList<string> keys)
    {
        var map = new GremlinMap();
        foreach (var property in Elements.Properties(context, element, keys))
        {
            var key = Elements.PropertyKey(context, property);
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<object?>();
            ((List<object?>)list!).Add(property);
        }
        return map;
    }

    private static GremlinMap ElementMap(object? element, ExecutionContext context, IReadOnlyList<string> keys)
    {
        if (element is not (VertexRef or EdgeRef or VertexPropertyRef))
            throw Elements.NotAnElement("elementMap", element);
        var map = new GremlinMap
        {
            [T.id] = Elements.Id(context, element),
            [T.label] = Elements.Label(context, element),
        };
        if (element is EdgeRef edge)
        {
            map[Direction.IN] = new GremlinMap { [T.id] = context.Graph.ElementIdValue(edge.InVertex), [T.label] = context.Graph.VertexLabel(edge.InVertex) };
            map[Direction.OUT] = new GremlinMap { [T.id] = context.Graph.ElementIdValue(edge.OutVertex), [T.label] = context.Graph.VertexLabel(edge.OutVertex) };
        }
        if (element is VertexPropertyRef vertexProperty)
        {
            map[T.key] = context.Graph.GetString(vertexProperty.Key);
            map[T.value] = context.Graph.GetValue(vertexProperty.Value);
        }
        foreach (var property in Elements.Properties(context, element, keys))
        {
            var key = Elements.PropertyKey(context, property);
            if (!map.ContainsKey(key)) map[key] = Elements.PropertyValue(context, property);
        }
        return map;
    }
}
