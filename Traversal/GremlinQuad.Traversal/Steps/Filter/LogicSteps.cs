using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>is(value|P), filter(traversal), not(traversal), and(traversals...), or(traversals...).</summary>
[GremlinStep("is", "filter", "not", "and", "or")]
internal sealed class LogicStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        switch (spec.Name)
        {
            case "is":
            {
                Args.Count(spec, 1, 1);
                var predicate = spec.Arguments[0] as P ?? P.Eq(spec.Arguments[0]);
                return new LambdaFilterStep((t, _) => Predicates.Test(predicate, t.Value));
            }
            case "filter":
            {
                Args.Count(spec, 1, 1);
                var child = compiler.Child(spec, spec.Arguments[0], 0);
                return new LambdaFilterStep((t, c) => child.Any(t, c));
            }
            case "not":
            {
                Args.Count(spec, 1, 1);
                var child = compiler.Child(spec, spec.Arguments[0], 0);
                return new LambdaFilterStep((t, c) => !child.Any(t, c));
            }
            case "and":
            {
                var children = spec.Arguments.Select((a, i) => compiler.Child(spec, a, i)).ToList();
                return new LambdaFilterStep((t, c) => children.All(child => child.Any(t, c)));
            }
            default:
            {
                var children = spec.Arguments.Select((a, i) => compiler.Child(spec, a, i)).ToList();
                return new LambdaFilterStep((t, c) => children.Any(child => child.Any(t, c)));
            }
        }
    }
}
