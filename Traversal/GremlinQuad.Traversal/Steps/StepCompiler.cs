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
                throw new GremlinRequestException($"The step {spec.Name}() is not supported by GremlinQuad; see the README for the supported steps, or rewrite the traversal without it.");
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
}
