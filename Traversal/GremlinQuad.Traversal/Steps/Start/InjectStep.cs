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
        return new StreamStep((input, context) => Inject(input, context, values, atStart));
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
