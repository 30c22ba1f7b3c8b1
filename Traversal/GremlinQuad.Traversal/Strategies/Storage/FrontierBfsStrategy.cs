using GremlinQuad.Storage;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Storage;

/// <summary>
/// Runs a k-hop neighbourhood written the way users write it as one frontier BFS over term ids:
/// <c>repeat(out()|in()|both() [labels] [.dedup()]).times(k) [.emit()]</c>, then any value filters
/// (hasId, hasLabel, has, hasNot), then <c>dedup()</c> becomes <c>frontierBfs(...)</c> and the filters.
/// The final dedup() makes the answer a set, so how many walks reach a vertex (bulk) and the body's own
/// dedup() stop mattering, and filters that look only at the vertex commute with dedup(); the BFS then
/// yields the same vertices in the same order. Only in a root traversal with no path, label or sack that
/// could observe the intermediate traversers; any other shape keeps the generic repeat().
/// </summary>
internal sealed class FrontierBfsStrategy : ITraversalStrategy
{
    private static readonly HashSet<string> ValueFilters = new(StringComparer.Ordinal) { "hasId", "hasLabel", "has", "hasNot" };

    public StrategyCategory Category => StrategyCategory.Storage;

    public string Name => "FrontierBfsStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (plan.IsAnonymous || plan.Source.Any(s => s.Name == "withSack") || PathAnalysis.NeedsPaths(plan)) return plan;
        var steps = plan.Steps;
        for (var index = 1; index < steps.Count; index++)
        {
            if (!TryMatchRepeat(steps[index], out var bfs)) continue;
            var dedup = index + 1;
            while (dedup < steps.Count && IsValueFilter(steps[dedup])) dedup++;
            if (dedup >= steps.Count || steps[dedup] is not { Name: "dedup", Arguments.Count: 0, Modulators.Count: 0, Labels.Count: 0 }) continue;
            var rewritten = new List<StepSpec>(steps.Count - 1);
            rewritten.AddRange(steps.Take(index));
            rewritten.Add(bfs with { Note = Describe(context, bfs) });
            rewritten.AddRange(steps.Skip(index + 1).Take(dedup - index - 1));
            rewritten.AddRange(steps.Skip(dedup + 1));
            return Apply(plan.WithSteps(rewritten), context);
        }
        return plan;
    }

    private static bool TryMatchRepeat(StepSpec step, out StepSpec bfs)
    {
        bfs = null!;
        if (step is not { Name: "repeat", Arguments: [TraversalPlan body], Labels.Count: 0 } || body.Source.Count > 0) return false;
        if (body.Steps.Count is < 1 or > 2) return false;
        var expand = body.Steps[0];
        if (expand.Name is not ("out" or "in" or "both") || expand.Labels.Count > 0 || expand.Modulators.Count > 0
            || expand.Arguments.Any(a => a is not string)) return false;
        if (body.Steps.Count == 2 && body.Steps[1] is not { Name: "dedup", Arguments.Count: 0, Modulators.Count: 0, Labels.Count: 0 }) return false;
        long? times = null;
        string mode = "last";
        foreach (var modulator in step.Modulators)
        {
            switch (modulator.Name)
            {
                case "times" when times is null && modulator.Arguments is [int or long or short or byte]:
                    times = Convert.ToInt64(modulator.Arguments[0], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "emit" or "emitFirst" when mode == "last" && modulator.Arguments.Count == 0:
                    mode = modulator.Name;
                    break;
                default:
                    return false;
            }
        }
        if (times is not (>= 1 and <= int.MaxValue)) return false;
        bfs = new StepSpec("frontierBfs", [expand.Name, (int)times.Value, mode, .. expand.Arguments]);
        return true;
    }

    private static bool IsValueFilter(StepSpec step) =>
        ValueFilters.Contains(step.Name) && step.Labels.Count == 0 && step.Modulators.Count == 0
        && !step.Arguments.Any(a => a is TraversalPlan);

    private static string Describe(StrategyContext context, StepSpec bfs)
    {
        var snapshot = context.Graph.Snapshot;
        var vertex = TermId.MinOf(TermKind.Node);
        var label = TermId.MinOf(TermKind.String);
        var labelled = bfs.Arguments.Count > 3;
        var outgoing = snapshot.Plan(labelled ? QuadPattern.Of(subject: vertex, predicate: label) : QuadPattern.Of(subject: vertex));
        var incoming = snapshot.Plan(labelled ? QuadPattern.Of(predicate: label, @object: vertex) : QuadPattern.Of(@object: vertex));
        var scans = bfs.Arguments[0] switch
        {
            "out" => $"out: {outgoing}",
            "in" => $"in: {incoming}",
            _ => $"out: {outgoing}; in: {incoming}",
        };
        return $"frontier BFS, visited set of term ids; {scans}";
    }
}
