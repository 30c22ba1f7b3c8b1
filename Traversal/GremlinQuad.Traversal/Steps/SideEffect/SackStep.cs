using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.SideEffect;

/// <summary>
/// sack() reads the traverser's sack; sack(operator).by(...) folds the traverser's object (or its by()
/// projection) into the sack with the operator: sack(sum).by('weight') adds the weight, sack(assign)
/// replaces the sack. The initial sack comes from withSack().
/// </summary>
[GremlinStep("sack")]
internal sealed class SackStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        if (spec.Arguments.Count == 0)
        {
            if (spec.ModulatorsNamed("by").Any())
                throw new GremlinRequestException("sack() without an operator reads the sack and takes no by() modulator; use sack(Operator.sum).by(...) to change it.");
            return new LambdaMapStep((traverser, _) => traverser.Sack);
        }
        if (spec.Arguments[0] is not Operator op)
            throw Args.Reject(spec.Name, 0, "an Operator (sum, minus, mult, div, min, max, assign, and, or, addAll, sumLong)", spec.Arguments[0]);
        var modulators = ByModulator.All(spec, compiler);
        if (modulators.Count > 1)
            throw new GremlinRequestException($"Sack step can only have one by modulator, but sack({op}) was given {modulators.Count}.");
        var by = ByModulator.Pick(modulators, 0);
        return new StreamStep((input, context) => Fold(input, context, op, by));
    }

    private static IEnumerable<Traverser> Fold(IEnumerable<Traverser> input, ExecutionContext context, Operator op, ByModulator by)
    {
        foreach (var traverser in input)
        {
            // An unproductive by() (sack(assign).by('age') on a vertex without an age) filters the traverser.
            if (!by.TryApply(traverser, context, traverser.Value, out var operand)) continue;
            if (traverser.Sack is null && op is not Operator.assign)
                throw new GremlinExecutionException($"sack({op}) needs a sack to fold into, but the traverser has none; start the traversal with withSack(initialValue).");
            yield return traverser.WithSack(Operators.Apply(op, traverser.Sack, operand));
        }
    }
}
