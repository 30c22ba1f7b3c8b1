namespace GremlinQuad.Traversal.Plan;

/// <summary>Whether a plan (or any child plan) writes: such traversals run in a write batch, the rest on a snapshot.</summary>
internal static class MutationDetector
{
    private static readonly HashSet<string> Mutating = new(StringComparer.Ordinal)
    {
        "addV", "addE", "property", "drop", "mergeV", "mergeE", "io",
    };

    public static bool Mutates(TraversalPlan plan)
    {
        foreach (var step in plan.Steps)
        {
            if (Mutating.Contains(step.Name)) return true;
            if (step.Arguments.Any(MutatesArgument)) return true;
            if (step.Modulators.Any(m => m.Arguments.Any(MutatesArgument))) return true;
        }
        return false;
    }

    private static bool MutatesArgument(object? argument) => argument switch
    {
        TraversalPlan child => Mutates(child),
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Any(MutatesArgument),
        _ => false,
    };
}
