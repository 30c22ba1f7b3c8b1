using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Start;

/// <summary>inject(values...): the values enter the stream ahead of the traversers already in it.</summary>
[GremlinStep("inject")]
internal sealed class InjectStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var values = spec.Arguments.ToList();
        var atStart = compiler.AtStart;
        // First step of a child traversal (concat(__.inject('x'))): the parent's traverser was added as a
        // start before inject() ran, so it comes out ahead of the injected values, as in TinkerPop.
        if (compiler.CurrentPlan is { IsAnonymous: true } plan && plan.Steps.Count > 0 && ReferenceEquals(plan.Steps[0], spec))
            return new StreamStep((input, context) => InjectAfter(input, context, values));
        return new StreamStep((input, context) => Inject(input, context, values, atStart));
    }

    private static IEnumerable<Traverser> InjectAfter(IEnumerable<Traverser> input, ExecutionContext context, List<object?> values)
    {
        foreach (var traverser in input) yield return traverser;
        foreach (var value in values)
            yield return Traverser.Start(Execution.TraversalRunner.CopyValue(value), 1, context.NewSack());
    }

    private static IEnumerable<Traverser> Inject(IEnumerable<Traverser> input, ExecutionContext context, List<object?> values, bool atStart)
    {
        foreach (var value in values)
            yield return Traverser.Start(Execution.TraversalRunner.CopyValue(value), 1, context.NewSack());
        // At the start the only input is the empty seed traverser, which must not come out.
        if (atStart) yield break;
        foreach (var traverser in input) yield return traverser;
    }
}
