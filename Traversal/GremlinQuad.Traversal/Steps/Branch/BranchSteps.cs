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
                var atStart = compiler.AtStart;
                var children = spec.Arguments.Select((a, i) => compiler.Child(spec, a, i)).ToList();
                if (atStart)
                {
                    // g.union(...) starts the traversal: the empty seed traverser only drives the children
                    // (their V() or inject()), so a child that passes it through (__.inject(1)) must not emit it.
                    return new StreamStep((input, context) => input.SelectMany(seed =>
                        children.SelectMany(child => child.Apply(seed, context)).Where(result => !ReferenceEquals(result, seed))));
                }
                if (children.Any(IsGlobal))
                {
                    // A barrier in a branch (count, fold, limit ...) sees every traverser, as TinkerPop's global children do.
                    return new StreamStep((input, context) => Union(input, children, context));
                }
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

    private static readonly HashSet<string> Barriers = new(StringComparer.Ordinal)
    {
        "count", "sum", "min", "max", "mean", "fold", "order", "tail", "limit", "range", "skip", "dedup", "group",
        "groupCount", "aggregate", "cap", "barrier", "sample", "tree",
    };

    /// <summary>Whether a child holds a step that works across traversers (so it must see them all at once).</summary>
    public static bool IsGlobal(CompiledTraversal child) =>
        child.Plan.Steps.Any(s => Barriers.Contains(s.Name) && !(s.Arguments.Count > 0 && s.Arguments[0] is Scope.local));

    private static IEnumerable<Traverser> Union(IEnumerable<Traverser> input, List<CompiledTraversal> children, ExecutionContext context)
    {
        var all = input.ToList();
        foreach (var child in children)
            foreach (var result in child.Apply(all, context)) yield return result;
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
/// Option keys match the choice by Gremlin equality (or as a predicate); Pick.none takes what matched nothing,
/// Pick.unproductive what the chooser produced nothing for; Pick.any always runs. When a branch holds a barrier,
/// all traversers routed to it go through it together.
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
            var branches = whenFalse is null ? new List<CompiledTraversal> { whenTrue } : [whenTrue, whenFalse];
            return new StreamStep((input, context) => Route(input, context, branches,
                (t, c) => test(t, c) ? [0] : whenFalse is null ? [-1] : [1]));
        }
        Args.Count(spec, 1, 1);
        var chooser = args[0] switch
        {
            TraversalPlan plan => compiler.Child(plan),
            T token => compiler.Child(new TraversalPlan([new StepSpec(token.ToString(), [])]) { IsAnonymous = true }),
            string key => compiler.Child(new TraversalPlan([new StepSpec("values", [key])]) { IsAnonymous = true }),
            _ => throw Args.Reject(spec.Name, 0, "a traversal", args[0]),
        };
        var keys = new List<object?>();
        var options = new List<CompiledTraversal>();
        foreach (var option in spec.ModulatorsNamed("option"))
        {
            if (option.Arguments.Count != 2)
                throw new GremlinRequestException($"{spec.Name}().option() takes a key and a traversal, but was given {option.Arguments.Count} arguments.");
            if (option.Arguments[0] is TraversalPlan)
                throw new GremlinRequestException("Traversal is not allowed as a Pick token for choose().option(); use a value, a predicate or Pick.none.");
            var branch = option.Arguments[1] is TraversalPlan branchPlan
                ? compiler.Child(branchPlan)
                : throw new GremlinRequestException($"{spec.Name}().option(): the second argument must be a traversal, but was {Args.Describe(option.Arguments[1])}.");
            keys.Add(option.Arguments[0]);
            options.Add(branch);
        }
        var isChoose = spec.Name == "choose";
        return new StreamStep((input, context) => Route(input, context, options, (t, c) => Pick(t, c, chooser, keys, isChoose)));
    }

    private static Func<Traverser, ExecutionContext, bool> CompileTest(CompiledTraversal traversal) =>
        (t, c) => traversal.TryFirst(t, c, out var value) && value is not false;

    /// <summary>Sends each traverser down the chosen branches (-1: passes through unchanged).</summary>
    private static IEnumerable<Traverser> Route(IEnumerable<Traverser> input, ExecutionContext context, List<CompiledTraversal> branches,
        Func<Traverser, ExecutionContext, List<int>> pick)
    {
        if (!branches.Any(BranchStepFactory.IsGlobal))
        {
            foreach (var traverser in input)
            {
                foreach (var index in pick(traverser, context))
                {
                    if (index < 0) yield return traverser;
                    else foreach (var result in branches[index].Apply(traverser, context)) yield return result;
                }
            }
            yield break;
        }
        var routed = branches.Select(_ => new List<Traverser>()).ToList();
        var passed = new List<Traverser>();
        foreach (var traverser in input)
        {
            foreach (var index in pick(traverser, context))
            {
                if (index < 0) passed.Add(traverser);
                else routed[index].Add(traverser);
            }
        }
        foreach (var traverser in passed) yield return traverser;
        for (var i = 0; i < branches.Count; i++)
        {
            if (routed[i].Count == 0) continue;
            foreach (var result in branches[i].Apply(routed[i], context)) yield return result;
        }
    }

    private static List<int> Pick(Traverser traverser, ExecutionContext context, CompiledTraversal chooser, List<object?> keys, bool isChoose)
    {
        var choices = isChoose
            ? (chooser.TryFirst(traverser, context, out var first) ? [first] : new List<object?>())
            : chooser.Apply(traverser, context).Select(r => r.Value).ToList();
        var picked = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            if (key is Gremlin.Pick.any)
            {
                if (choices.Count > 0) picked.Add(i);
                continue;
            }
            if (key is Gremlin.Pick.none or Gremlin.Pick.unproductive) continue;
            var hit = key is P predicate
                ? choices.Any(c => Predicates.Test(predicate, c))
                : choices.Any(c => GremlinValues.Equal(c, key));
            if (!hit) continue;
            picked.Add(i);
            if (isChoose) return picked;
        }
        if (picked.Count > 0) return picked;
        var fallback = choices.Count == 0 ? Gremlin.Pick.unproductive : Gremlin.Pick.none;
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] is Gremlin.Pick special && special == fallback) picked.Add(i);
        }
        // choose() without a matching option passes the traverser on (an unproductive chooser too); branch() drops it.
        if (picked.Count == 0 && isChoose) picked.Add(-1);
        return picked;
    }
}
