using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Branch;

/// <summary>union, coalesce, optional, local, map, flatMap, choose, branch: child traversals run per traverser.</summary>
[GremlinStep("union", "coalesce", "optional", "local", "map", "flatMap", "choose", "branch")]
internal sealed class BranchStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        switch (spec.Name)
        {
            case "union":
            {
                var children = spec.Arguments.Select((a, i) => compiler.Child(spec, a, i)).ToList();
                if (compiler.AtStart)
                    return new StreamStep((input, context) => input.SelectMany(t => children.SelectMany(child => child.Apply(t, context))));
                return new StreamStep((input, context) => input.SelectMany(t => children.SelectMany(child => child.Apply(t, context))));
            }
            case "coalesce":
            {
                var children = spec.Arguments.Select((a, i) => compiler.Child(spec, a, i)).ToList();
                return new StreamStep((input, context) => input.SelectMany(t => Coalesce(t, children, context)));
            }
            case "optional":
            {
                Args.Count(spec, 1, 1);
                var child = compiler.Child(spec, spec.Arguments[0], 0);
                return new StreamStep((input, context) => input.SelectMany(t => Optional(t, child, context)));
            }
            case "local":
            {
                Args.Count(spec, 1, 1);
                var child = compiler.Child(spec, spec.Arguments[0], 0);
                return new StreamStep((input, context) => input.SelectMany(t => child.Apply(t, context)));
            }
            case "map":
            {
                Args.Count(spec, 1, 1);
                var child = compiler.Child(spec, spec.Arguments[0], 0);
                return new StreamStep((input, context) => MapEach(input, child, context));
            }
            case "flatMap":
            {
                Args.Count(spec, 1, 1);
                var child = compiler.Child(spec, spec.Arguments[0], 0);
                return new StreamStep((input, context) => input.SelectMany(t => child.Apply(t, context).Select(r => t.Split(r.Value).WithBulk(r.Bulk))));
            }
            default:
                return ChooseStep.Create(spec, compiler);
        }
    }

    private static IEnumerable<Traverser> MapEach(IEnumerable<Traverser> input, CompiledTraversal child, ExecutionContext context)
    {
        foreach (var traverser in input)
        {
            if (child.TryFirst(traverser, context, out var value)) yield return traverser.Split(value);
        }
    }

    private static IEnumerable<Traverser> Coalesce(Traverser traverser, List<CompiledTraversal> children, ExecutionContext context)
    {
        foreach (var child in children)
        {
            var any = false;
            foreach (var result in child.Apply(traverser, context))
            {
                any = true;
                yield return result;
            }
            if (any) yield break;
        }
    }

    private static IEnumerable<Traverser> Optional(Traverser traverser, CompiledTraversal child, ExecutionContext context)
    {
        var any = false;
        foreach (var result in child.Apply(traverser, context))
        {
            any = true;
            yield return result;
        }
        if (!any) yield return traverser;
    }
}

/// <summary>
/// choose(predicate|traversal, true, false), choose(traversal).option(key, traversal)..., branch(traversal).option(...).
/// Option keys match the choice by Gremlin equality; Pick.none takes what matched nothing; Pick.any always runs.
/// </summary>
internal static class ChooseStep
{
    public static Step Create(StepSpec spec, StepCompiler compiler)
    {
        var args = spec.Arguments;
        if (spec.Name == "choose" && args.Count is 2 or 3)
        {
            var whenTrue = compiler.Child(spec, args[1], 1);
            var whenFalse = args.Count == 3 ? compiler.Child(spec, args[2], 2) : null;
            Func<Traverser, ExecutionContext, bool> test = args[0] switch
            {
                P predicate => (t, _) => Predicates.Test(predicate, t.Value),
                TraversalPlan plan => CompileTest(compiler.Child(plan)),
                _ => throw Args.Reject("choose", 0, "a predicate or traversal", args[0]),
            };
            return new StreamStep((input, context) => input.SelectMany(t =>
                test(t, context) ? whenTrue.Apply(t, context) : whenFalse?.Apply(t, context) ?? [t]));
        }
        Args.Count(spec, 1, 1);
        var chooser = args[0] switch
        {
            TraversalPlan plan => compiler.Child(plan),
            _ => throw Args.Reject(spec.Name, 0, "a traversal", args[0]),
        };
        var options = new List<(object? Key, CompiledTraversal Branch)>();
        foreach (var option in spec.ModulatorsNamed("option"))
        {
            if (option.Arguments.Count != 2)
                throw new GremlinRequestException($"{spec.Name}().option() takes a key and a traversal, but was given {option.Arguments.Count} arguments.");
            var branch = option.Arguments[1] is TraversalPlan branchPlan
                ? compiler.Child(branchPlan)
                : throw new GremlinRequestException($"{spec.Name}().option(): the second argument must be a traversal, but was {Args.Describe(option.Arguments[1])}.");
            options.Add((option.Arguments[0], branch));
        }
        var isChoose = spec.Name == "choose";
        return new StreamStep((input, context) => input.SelectMany(t => Branch(t, context, chooser, options, isChoose)));
    }

    private static Func<Traverser, ExecutionContext, bool> CompileTest(CompiledTraversal traversal) =>
        (t, c) => traversal.TryFirst(t, c, out var value) && value is not false;

    private static IEnumerable<Traverser> Branch(Traverser traverser, ExecutionContext context, CompiledTraversal chooser, List<(object? Key, CompiledTraversal Branch)> options, bool isChoose)
    {
        var choices = isChoose
            ? (chooser.TryFirst(traverser, context, out var first) ? [first] : new List<object?>())
            : chooser.Apply(traverser, context).Select(r => r.Value).ToList();
        var matched = false;
        foreach (var (key, branch) in options)
        {
            if (key is Pick.any)
            {
                foreach (var result in branch.Apply(traverser, context)) yield return result;
                matched = true;
                continue;
            }
            if (key is Pick.none or Pick.unproductive) continue;
            var hit = key switch
            {
                TraversalPlan keyPlan => false,
                P predicate => choices.Any(c => Predicates.Test(predicate, c)),
                _ => choices.Any(c => GremlinValues.Equal(c, key)),
            };
            if (!hit) continue;
            matched = true;
            foreach (var result in branch.Apply(traverser, context)) yield return result;
            if (isChoose) yield break;
        }
        if (matched) yield break;
        var hasNone = false;
        foreach (var (key, branch) in options)
        {
            if (key is Pick.none || (key is Pick.unproductive && choices.Count == 0))
            {
                hasNone = true;
                foreach (var result in branch.Apply(traverser, context)) yield return result;
            }
        }
        // choose() with no matching option passes the traverser through; branch() drops it.
        if (!hasNone && isChoose) yield return traverser;
    }
}
