namespace GremlinQuad.Traversal.Plan;

/// <summary>
/// An immutable traversal: source instructions (withSideEffect, withSack, withStrategies ...) and steps.
/// Both front ends (bytecode, gremlin-lang) produce one; strategies map a plan to a plan.
/// </summary>
public sealed record TraversalPlan(IReadOnlyList<StepSpec> Steps)
{
    public IReadOnlyList<Modulator> Source { get; init; } = [];

    /// <summary>True for a child traversal (__.out() ...): start steps in it run once per incoming traverser.</summary>
    public bool IsAnonymous { get; init; }

    public TraversalPlan WithSteps(IReadOnlyList<StepSpec> steps) => this with { Steps = steps };

    public override string ToString() => (IsAnonymous ? "__" : "g") + string.Concat(Steps.Select(s => "." + s));
}
