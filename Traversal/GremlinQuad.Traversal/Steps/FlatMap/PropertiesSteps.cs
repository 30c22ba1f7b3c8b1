using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.FlatMap;

/// <summary>values(keys...) and properties(keys...): property values or property objects of an element (of a map, for values()).</summary>
[GremlinStep("values", "properties")]
internal sealed class PropertiesStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var keys = Args.PropertyKeys(spec);
        if (spec.Name == "properties")
            return new LambdaFlatMapStep((t, c) => Elements.Properties(c, t.Value, keys));
        return new LambdaFlatMapStep((t, c) => Values(t.Value, c, keys));
    }

    private static IEnumerable<object?> Values(object? element, ExecutionContext context, IReadOnlyList<string> keys)
    {
        if (element is Gremlin.Structure.GremlinMap map)
        {
            if (keys.Count == 0)
            {
                foreach (var (_, value) in map) yield return value;
            }
            else
            {
                foreach (var key in keys)
                    if (map.TryGetValue(key, out var value)) yield return value;
            }
            yield break;
        }
        foreach (var property in Elements.Properties(context, element, keys))
            yield return Elements.PropertyValue(context, property);
    }
}
