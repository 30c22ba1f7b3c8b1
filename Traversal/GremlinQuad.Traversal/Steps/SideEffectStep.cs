namespace GremlinQuad.Traversal.Steps;

/// <summary>Does something for each traverser and passes it on unchanged.</summary>
internal abstract class SideEffectStep : Step
{
    protected abstract void Effect(Traverser traverser, ExecutionContext context);

    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        foreach (var traverser in input)
        {
            context.Tick();
            Effect(traverser, context);
            yield return traverser;
        }
    }
}
