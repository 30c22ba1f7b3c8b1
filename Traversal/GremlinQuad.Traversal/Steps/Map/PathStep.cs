using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>path(): the objects the traverser has visited, with their labels; by() modulators project the entries round-robin.</summary>
[GremlinStep("path")]
internal sealed class PathStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        var modulators = ByModulator.All(spec, compiler);
        return new StreamStep((input, context) => Apply(input, context, modulators));
    }

    private static IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context, List<ByModulator> modulators)
    {
        foreach (var traverser in input)
        {
            if (TryPath(traverser, context, modulators, out var path)) yield return traverser.Split(path);
        }
    }

    public static PathValue Of(Traverser traverser)
    {
        var nodes = traverser.Path?.ToList() ?? [];
        return new PathValue([.. nodes.Select(n => n.Value)], [.. nodes.Select(n => n.Labels)]);
    }

    private static bool TryPath(Traverser traverser, ExecutionContext context, List<ByModulator> modulators, out PathValue path)
    {
        path = Of(traverser);
        if (modulators.Count == 0) return true;
        var objects = new List<object?>(path.Objects.Count);
        for (var i = 0; i < path.Objects.Count; i++)
        {
            if (!ByModulator.Pick(modulators, i).TryApply(traverser, context, path.Objects[i], out var projected)) return false;
            objects.Add(projected);
        }
        path = new PathValue(objects, path.Labels);
        return true;
    }
}
