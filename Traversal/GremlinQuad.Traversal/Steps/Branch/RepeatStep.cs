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
                case "times":
                    step.Times = modulator.Arguments.Count == 1 ? (int)Args.Long(spec with { Name = "times", Arguments = modulator.Arguments }, 0)
                        : throw new GremlinRequestException("times() takes one number.");
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
    public Func<Traverser, ExecutionContext, bool>? Until { get; set; }
    public bool UntilFirst { get; set; }
    public Func<Traverser, ExecutionContext, bool>? Emit { get; set; }
    public bool EmitFirst { get; set; }

    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        foreach (var traverser in input)
        {
            var entered = traverser.WithLoops(new LoopFrame(name, 0, traverser.Loops, this));
            foreach (var result in Loop(entered, context)) yield return result;
        }
    }

    private IEnumerable<Traverser> Loop(Traverser traverser, ExecutionContext context)
    {
        // The after-body check exits at n iterations, so this only fires for times(0): nothing runs.
        if (Times is { } limit && traverser.Loops!.Count >= limit)
        {
            yield return Exit(traverser);
            yield break;
        }
        if (UntilFirst && Until!(traverser, context))
        {
            yield return Exit(traverser);
            yield break;
        }
        if (EmitFirst && Emit!(traverser, context)) yield return Exit(traverser);
        foreach (var result in body.Apply(traverser, context))
        {
            context.Tick();
            var frame = result.Loops!;
            var next = result.WithLoops(frame with { Count = frame.Count + 1 });
            if (Times is { } times && frame.Count + 1 >= times)
            {
                yield return Exit(next);
                continue;
            }
            if (!UntilFirst && Until is not null && Until(next, context))
            {
                yield return Exit(next);
                continue;
            }
            if (!EmitFirst && Emit is not null && Emit(next, context)) yield return Exit(next);
            foreach (var deeper in Loop(next, context)) yield return deeper;
        }
    }

    private static Traverser Exit(Traverser traverser) => traverser.WithLoops(traverser.Loops?.Outer);
}
