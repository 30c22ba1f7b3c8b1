using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Branch;

/// <summary>
/// repeat([name,] body) with times(n), until(traversal), emit([traversal]); until/emit given before
/// repeat() are tested before each iteration, after it they are tested after. Depth-first and lazy,
/// so repeat(...).limit(n) stops early. loops() reads the innermost frame.
/// </summary>
[GremlinStep("repeat")]
internal sealed class RepeatStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1, 2);
        string? name = null;
        var bodyArgument = spec.Arguments[0];
        if (spec.Arguments.Count == 2)
        {
            name = spec.Arguments[0] as string ?? throw Args.Reject("repeat", 0, "a loop name (String)", spec.Arguments[0]);
            bodyArgument = spec.Arguments[1];
        }
        var body = compiler.Child(spec, bodyArgument, spec.Arguments.Count - 1);
        var step = new RepeatStep(name, body);
        foreach (var modulator in spec.Modulators)
        {
            switch (modulator.Name)
            {
                case "times" or "timesFirst":
                    step.Times = modulator.Arguments.Count == 1 ? (int)Args.Long(spec with { Name = "times", Arguments = modulator.Arguments }, 0)
                        : throw new GremlinRequestException("times() takes one number.");
                    step.TimesFirst = modulator.Name == "timesFirst";
                    break;
                case "until" or "untilFirst":
                    step.Until = Condition(modulator, compiler);
                    step.UntilFirst = modulator.Name == "untilFirst";
                    break;
                case "emit" or "emitFirst":
                    step.Emit = modulator.Arguments.Count == 0 ? (_, _) => true : Condition(modulator, compiler);
                    step.EmitFirst = modulator.Name == "emitFirst";
                    break;
                default:
                    throw new GremlinRequestException($"repeat() does not take {modulator.Name}(); use times(), until() or emit().");
            }
        }
        return step;
    }

    private static Func<Traverser, ExecutionContext, bool> Test(CompiledTraversal child) => (t, c) => child.Any(t, c);

    private static Func<Traverser, ExecutionContext, bool> Condition(Modulator modulator, StepCompiler compiler)
    {
        if (modulator.Arguments.Count != 1)
            throw new GremlinRequestException($"{modulator.Name.Replace("First", "", StringComparison.Ordinal)}() takes one traversal or predicate.");
        return modulator.Arguments[0] switch
        {
            TraversalPlan plan => Test(compiler.Child(plan)),
            P predicate => (t, _) => Predicates.Test(predicate, t.Value),
            var other => throw new GremlinRequestException($"{modulator.Name}() takes a traversal or predicate, but was given {Args.Describe(other)}."),
        };
    }
}

internal sealed class RepeatStep(string? name, CompiledTraversal body) : Step
{
    public int? Times { get; set; }
    public bool TimesFirst { get; set; }
    public Func<Traverser, ExecutionContext, bool>? Until { get; set; }
    public bool UntilFirst { get; set; }
    public Func<Traverser, ExecutionContext, bool>? Emit { get; set; }
    public bool EmitFirst { get; set; }

    /// <summary>
    /// Breadth-first: each iteration runs the body over the whole frontier, so barriers inside the body
    /// (order, tail, dedup, count) see every traverser of that iteration, as in TinkerPop. When paths
    /// are not tracked, traversers at the same object merge their bulk between iterations, so
    /// repeat(out()).times(8).count() stays one traverser per vertex.
    /// </summary>
    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        var frontier = new List<Traverser>();
        foreach (var traverser in input) frontier.Add(traverser.WithLoops(new LoopFrame(name, 0, traverser.Loops, this)));
        while (frontier.Count > 0)
        {
            var continuing = new List<Traverser>(frontier.Count);
            foreach (var traverser in frontier)
            {
                context.Tick();
                // times(n) before repeat() is a while loop, so times(0) runs nothing; after repeat() it is a
                // do-while, checked after the body, so times(0) runs the body once.
                if (TimesFirst && traverser.Loops!.Count >= Times)
                {
                    yield return Exit(traverser);
                    continue;
                }
                if (UntilFirst && Until!(traverser, context))
                {
                    yield return Exit(traverser);
                    continue;
                }
                if (EmitFirst && Emit!(traverser, context)) yield return Exit(traverser);
                continuing.Add(traverser);
            }
            if (continuing.Count == 0) yield break;
            var next = new List<Traverser>();
            foreach (var result in body.Apply(continuing, context))
            {
                context.Tick();
                var frame = result.Loops!;
                var advanced = result.WithLoops(frame with { Count = frame.Count + 1 });
                if (Times is { } times && frame.Count + 1 >= times)
                {
                    yield return Exit(advanced);
                    continue;
                }
                if (!UntilFirst && Until is not null && Until(advanced, context))
                {
                    yield return Exit(advanced);
                    continue;
                }
                if (!EmitFirst && Emit is not null && Emit(advanced, context)) yield return Exit(advanced);
                next.Add(advanced);
            }
            frontier = context.TrackPaths ? next : Merge(next);
        }
    }

    /// <summary>Traversers at the same object, loop state and sack become one with the summed bulk (paths are not tracked).</summary>
    private static List<Traverser> Merge(List<Traverser> traversers)
    {
        if (traversers.Count < 2) return traversers;
        var merged = new List<Traverser>();
        var index = new Dictionary<(object?, LoopFrame?, object?), int>();
        foreach (var traverser in traversers)
        {
            var key = (traverser.Value is null ? null : Unwrap(traverser.Value), traverser.Loops, traverser.Sack);
            if (traverser.Value is null || !IsMergeable(traverser.Value) || traverser.Sack is not null)
            {
                merged.Add(traverser);
                continue;
            }
            if (index.TryGetValue(key, out var slot))
            {
                merged[slot] = merged[slot].WithBulk(merged[slot].Bulk + traverser.Bulk);
                continue;
            }
            index[key] = merged.Count;
            merged.Add(traverser);
        }
        return merged;
    }

    // Elements and scalars have value equality that matches Gremlin's for this purpose; collections do not merge.
    private static bool IsMergeable(object value) => value is Graph.VertexRef or Graph.EdgeRef or string or int or long or bool or Guid;

    private static object Unwrap(object value) => value;

    private static Traverser Exit(Traverser traverser) => traverser.WithLoops(traverser.Loops?.Outer);
}
