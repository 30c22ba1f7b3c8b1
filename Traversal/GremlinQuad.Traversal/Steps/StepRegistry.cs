using System.Collections.Frozen;
using System.Reflection;

namespace GremlinQuad.Traversal.Steps;

/// <summary>Operator name → factory, collected once from every <see cref="GremlinStepAttribute"/> in this assembly.</summary>
internal static class StepRegistry
{
    private static readonly FrozenDictionary<string, IStepFactory> Factories = Build();

    private static FrozenDictionary<string, IStepFactory> Build()
    {
        var map = new Dictionary<string, IStepFactory>(StringComparer.Ordinal);
        foreach (var type in typeof(StepRegistry).Assembly.GetTypes())
        {
            var attribute = type.GetCustomAttribute<GremlinStepAttribute>();
            if (attribute is null) continue;
            if (!typeof(IStepFactory).IsAssignableFrom(type))
                throw new InvalidOperationException($"{type.Name} has [GremlinStep] but does not implement IStepFactory.");
            var factory = (IStepFactory)Activator.CreateInstance(type, nonPublic: true)!;
            foreach (var name in attribute.Operators)
            {
                if (!map.TryAdd(name, factory))
                    throw new InvalidOperationException($"Step '{name}' is registered twice: by {map[name].GetType().Name} and {type.Name}.");
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static bool TryGet(string name, out IStepFactory factory) => Factories.TryGetValue(name, out factory!);

    public static IEnumerable<string> Names => Factories.Keys;
}
