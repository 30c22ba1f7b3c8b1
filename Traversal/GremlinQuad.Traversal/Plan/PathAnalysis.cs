namespace GremlinQuad.Traversal.Plan;

/// <summary>
/// Whether a traversal needs path history: some step reads the path (path, simplePath, cyclicPath,
/// tree, otherV, match) or a step label exists (select/where/dedup/math read labelled path entries).
/// Otherwise traversers carry none and equal ones can merge their bulk.
/// </summary>
internal static class PathAnalysis
{
    private static readonly HashSet<string> PathReaders = new(StringComparer.Ordinal)
    {
        "path", "simplePath", "cyclicPath", "tree", "otherV", "match", "subgraph", "shortestPath",
    };

    public static bool NeedsPaths(TraversalPlan plan)
    {
        foreach (var step in plan.Steps)
        {
            if (step.Labels.Count > 0 || PathReaders.Contains(step.Name)) return true;
            if (step.Arguments.Any(NeedsPaths)) return true;
            if (step.Modulators.Any(m => m.Arguments.Any(NeedsPaths))) return true;
        }
        return false;
    }

    private static bool NeedsPaths(object? argument) => argument switch
    {
        TraversalPlan child => NeedsPaths(child),
        System.Collections.IEnumerable items and not string => items.Cast<object?>().Any(NeedsPaths),
        _ => false,
    };
}
