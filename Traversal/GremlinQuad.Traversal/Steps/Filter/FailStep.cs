using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>
/// fail([message]): the first traverser that reaches it ends the traversal with an error carrying the
/// message (TinkerPop's default text is "fail() step triggered"). Traversals that never reach it run on.
/// </summary>
[GremlinStep("fail")]
internal sealed class FailStepFactory : IStepFactory
{
    private const string DefaultMessage = "fail() step triggered";

    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        var message = spec.Arguments.Count == 0 ? DefaultMessage : Args.String(spec, 0);
        return new LambdaFilterStep((_, _) => throw new GremlinExecutionException(message));
    }
}
