using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>discard(): drops every traverser (the traversal runs for its side effects only).</summary>
[GremlinStep("discard")]
internal sealed class DiscardStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        return new LambdaFilterStep((_, _) => false);
    }
}
