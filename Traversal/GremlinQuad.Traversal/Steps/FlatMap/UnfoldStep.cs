using System.Collections;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.FlatMap;

/// <summary>unfold(): the members of a collection (map entries for a map); any other object passes through.</summary>
[GremlinStep("unfold")]
internal sealed class UnfoldStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        return new LambdaFlatMapStep((t, _) => Unfold(t.Value));
    }

    public static IEnumerable<object?> Unfold(object? value) => value switch
    {
        GremlinMap map => map.Select(e => (object?)new KeyValuePair<object?, object?>(e.Key, e.Value)),
        string => [value],
        PathValue path => path.Objects,
        Tree tree => tree.Select(e => (object?)new KeyValuePair<object?, object?>(e.Key, e.Value)),
        IEnumerable items => items.Cast<object?>(),
        _ => [value],
    };
}
