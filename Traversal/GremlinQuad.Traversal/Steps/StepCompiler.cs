using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Strategies;

namespace GremlinQuad.Traversal.Steps;

/// <summary>Turns a plan (after strategies) into executable steps, looking each operator up in the <see cref="StepRegistry"/>.</summary>
internal sealed class StepCompiler(StrategyPipeline strategies)
{
    public StrategyPipeline Strategies { get; } = strategies;

    /// <summary>True while the factory for the first step of the root traversal runs (V(), inject() ... start there).</summary>
    public bool AtStart { get; private set; }

    /// <summary>The plan whose step is being compiled.</summary>
    public TraversalPlan? CurrentPlan { get; private set; }

    public CompiledTraversal Compile(TraversalPlan plan)
    {
        plan = Strategies.Apply(plan);
        var steps = new List<Step>(plan.Steps.Count);
        var previousPlan = CurrentPlan;
        for (var index = 0; index < plan.Steps.Count; index++)
        {
            var spec = plan.Steps[index];
            if (!StepRegistry.TryGet(spec.Name, out var factory))
                throw UnsupportedStep(spec.Name);
            AtStart = index == 0 && !plan.IsAnonymous;
            CurrentPlan = plan;
            steps.Add(factory.Create(spec, this));
            AtStart = false;
            if (spec.Labels.Count > 0) steps.Add(new LabelStep(spec.Labels));
        }
        CurrentPlan = previousPlan;
        return new CompiledTraversal(plan, steps);
    }

    /// <summary>Compiles a child traversal argument; a constant or token argument is not a traversal and is rejected.</summary>
    public CompiledTraversal Child(StepSpec spec, object? argument, int position) => argument switch
    {
        TraversalPlan child => Compile(child),
        _ => throw Args.Reject(spec.Name, position, "a traversal", argument),
    };

    public CompiledTraversal Child(TraversalPlan plan) => Compile(plan);

    /// <summary>Names the step and, when the spelling is close to one we have, the step that was probably meant.</summary>
    private static GremlinRequestException UnsupportedStep(string name)
    {
        string? closest = null;
        var best = 3;   // suggest only within two edits: further away it is a different step, not a typo
        foreach (var candidate in StepRegistry.Names)
        {
            var distance = EditDistance(name, candidate);
            var closerLength = closest is not null && distance == best
                && Math.Abs(candidate.Length - name.Length) < Math.Abs(closest.Length - name.Length);
            if (distance < best || closerLength) (best, closest) = (distance, candidate);
        }
        var hint = closest is null
            ? "rewrite the traversal without it"
            : $"did you mean {closest}()?";
        return new GremlinRequestException($"The step {name}() is not supported by GremlinQuad: {hint}");
    }

    /// <summary>Edits between two names, a swap of neighbouring letters counting as one (the commonest typo).</summary>
    private static int EditDistance(string left, string right)
    {
        var rows = new int[left.Length + 1, right.Length + 1];
        for (var i = 0; i <= left.Length; i++) rows[i, 0] = i;
        for (var j = 0; j <= right.Length; j++) rows[0, j] = j;
        for (var i = 1; i <= left.Length; i++)
        {
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = char.ToLowerInvariant(left[i - 1]) == char.ToLowerInvariant(right[j - 1]) ? 0 : 1;
                var distance = Math.Min(rows[i - 1, j - 1] + cost, Math.Min(rows[i - 1, j], rows[i, j - 1]) + 1);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                    distance = Math.Min(distance, rows[i - 2, j - 2] + 1);
                rows[i, j] = distance;
            }
        }
        return rows[left.Length, right.Length];
    }
}
