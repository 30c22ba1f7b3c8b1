using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>identity() passes traversers on; constant(x) replaces each object by x.</summary>
[GremlinStep("identity", "constant")]
internal sealed class IdentityStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        if (spec.Name == "identity")
        {
            Args.Count(spec, 0, 0);
            return new StreamStep((input, _) => input);
        }
        Args.Count(spec, 1, 1);
        var value = spec.Arguments[0];
        return new LambdaMapStep((_, _) => TraversalRunner.CopyValue(value));
    }
}
