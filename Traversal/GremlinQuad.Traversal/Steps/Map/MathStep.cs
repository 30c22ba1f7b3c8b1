using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>math(expression): _ is the current object, other names are labels or side effects; by() modulators project variables in order of appearance.</summary>
[GremlinStep("math")]
internal sealed class MathStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1, 1);
        var expression = MathExpression.Parse(Args.String(spec, 0));
        var modulators = ByModulator.All(spec, compiler);
        return new LambdaFlatMapStep((traverser, context) =>
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var i = 0; i < expression.Variables.Count; i++)
            {
                var name = expression.Variables[i];
                object? raw;
                if (name == "_") raw = traverser.Value;
                else if (!SelectStepFactory.TrySelect(traverser, context, Pop.last, name, out raw))
                    throw new GremlinExecutionException($"math(): the variable '{name}' is neither a step label nor a side effect.");
                if (!ByModulator.Pick(modulators, i).TryApply(traverser, context, raw, out var projected)) return [];
                if (!Numbers.IsNumber(projected))
                    throw new GremlinExecutionException($"math(): the variable '{name}' must be a number, but was {Args.Describe(projected)}.");
                values[name] = Numbers.ToDouble(projected!);
            }
            object? result = expression.Evaluate(name => values[name]);
            return [result];
        });
    }
}
