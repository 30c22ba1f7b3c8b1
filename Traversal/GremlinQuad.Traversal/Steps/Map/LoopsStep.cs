using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>loops([name]): how many times the innermost (or the named) repeat() has run for this traverser, as an Integer.</summary>
[GremlinStep("loops")]
internal sealed class LoopsStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        var name = spec.Arguments.Count == 1 ? Args.String(spec, 0) : null;
        return new LambdaMapStep((traverser, _) => traverser.LoopCount(name));
    }
}
