using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Steps.Map;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>
/// where(P) compares the current object with labelled ones (P's values name labels); where(key, P) starts
/// from a label; where(traversal) keeps traversers for which the child yields something, where a leading
/// as('a') starts the child at a's object and a trailing as('b') requires the result to equal b's object.
/// by() modulators project both sides.
/// </summary>
[GremlinStep("where")]
internal sealed class WhereStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1, 2);
        var modulators = ByModulator.All(spec, compiler);
        if (spec.Arguments is [TraversalPlan child]) return ForTraversal(child, compiler);
        string? startKey = null;
        P predicate;
        if (spec.Arguments.Count == 2)
        {
            startKey = Args.String(spec, 0);
            predicate = spec.Arguments[1] as P ?? throw Args.Reject("where", 1, "a predicate", spec.Arguments[1]);
        }
        else
        {
            predicate = spec.Arguments[0] as P ?? throw Args.Reject("where", 0, "a predicate or traversal", spec.Arguments[0]);
        }
        var leftBy = ByModulator.Pick(modulators, 0);
        var rightBy = ByModulator.Pick(modulators, 1);
        return new LambdaFilterStep((traverser, context) =>
        {
            object? left = traverser.Value;
            if (startKey is not null && !SelectStepFactory.TrySelect(traverser, context, Pop.last, startKey, out left)) return false;
            if (!leftBy.TryApply(traverser, context, left, out var projected)) return false;
            var resolved = Resolve(predicate, traverser, context, rightBy);
            return resolved is not null && Predicates.Test(resolved, projected);
        });
    }

    /// <summary>P with label names replaced by the labelled objects (projected by the by() for the right side); null when a label is missing.</summary>
    private static P? Resolve(P predicate, Traverser traverser, ExecutionContext context, ByModulator by)
    {
        switch (predicate.Operator)
        {
            case "and" or "or":
            {
                var left = Resolve((P)predicate.Value!, traverser, context, by);
                var right = Resolve(predicate.Other!, traverser, context, by);
                return left is null || right is null ? null : new P(predicate.Operator, left, right);
            }
            case "not":
            {
                var inner = Resolve((P)predicate.Value!, traverser, context, by);
                return inner is null ? null : P.Not(inner);
            }
        }
        if (predicate.Value is string label)
        {
            if (!SelectStepFactory.TrySelect(traverser, context, Pop.last, label, out var value)) return null;
            if (!by.TryApply(traverser, context, value, out var projected)) return null;
            return predicate is TextP ? new TextP(predicate.Operator, projected) : new P(predicate.Operator, projected);
        }
        if (predicate.Value is System.Collections.IList labels)
        {
            var values = new List<object?>();
            foreach (var item in labels)
            {
                if (item is not string name || !SelectStepFactory.TrySelect(traverser, context, Pop.last, name, out var value)) return null;
                if (!by.TryApply(traverser, context, value, out var projected)) return null;
                // within('x')/without('x') naming an aggregate() side effect test membership in its members.
                if (predicate.Operator is "within" or "without" && projected is ICollection<object?> or GremlinSet)
                    values.AddRange((IEnumerable<object?>)projected);
                else values.Add(projected);
            }
            return new P(predicate.Operator, values);
        }
        return predicate;
    }

    private static LambdaFilterStep ForTraversal(TraversalPlan plan, StepCompiler compiler)
    {
        string? startLabel = null;
        string? endLabel = null;
        var steps = plan.Steps.ToList();
        if (steps.Count > 0 && steps[0].Name == "identity" && steps[0].Labels.Count == 1 && steps[0].Arguments.Count == 0)
        {
            startLabel = steps[0].Labels[0];
            steps.RemoveAt(0);
        }
        if (steps.Count > 0 && steps[^1].Labels.Count == 1)
        {
            endLabel = steps[^1].Labels[0];
            steps[^1] = steps[^1] with { Labels = [] };
        }
        var child = compiler.Child(plan.WithSteps(steps));
        return new LambdaFilterStep((traverser, context) =>
        {
            var start = traverser;
            if (startLabel is not null)
            {
                if (!SelectStepFactory.TrySelect(traverser, context, Pop.last, startLabel, out var startValue)) return false;
                start = traverser.Replace(startValue);
            }
            if (endLabel is null) return child.Any(start, context);
            if (!SelectStepFactory.TrySelect(traverser, context, Pop.last, endLabel, out var endValue)) return false;
            foreach (var result in child.Apply(start, context))
                if (GremlinValues.Equal(result.Value, endValue)) return true;
            return false;
        });
    }
}
