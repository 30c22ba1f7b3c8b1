namespace GremlinQuad.Traversal.Steps;

/// <summary>Small steps defined inline by a delegate, for families where a class per step would be noise.</summary>
internal sealed class LambdaFilterStep(Func<Traverser, ExecutionContext, bool> test) : FilterStep
{
    protected override bool Test(Traverser traverser, ExecutionContext context) => test(traverser, context);
}

internal sealed class LambdaMapStep(Func<Traverser, ExecutionContext, object?> map) : MapStep
{
    protected override object? Map(Traverser traverser, ExecutionContext context) => map(traverser, context);
}

internal sealed class LambdaFlatMapStep(Func<Traverser, ExecutionContext, IEnumerable<object?>> expand) : FlatMapStep
{
    protected override IEnumerable<object?> Expand(Traverser traverser, ExecutionContext context) => expand(traverser, context);
}

internal sealed class LambdaSideEffectStep(Action<Traverser, ExecutionContext> effect) : SideEffectStep
{
    protected override void Effect(Traverser traverser, ExecutionContext context) => effect(traverser, context);
}

/// <summary>A step given as a whole-stream function (barriers, branching).</summary>
internal sealed class StreamStep(Func<IEnumerable<Traverser>, ExecutionContext, IEnumerable<Traverser>> apply) : Step
{
    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context) => apply(input, context);
}
