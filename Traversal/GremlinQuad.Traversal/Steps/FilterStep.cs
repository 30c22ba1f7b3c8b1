namespace GremlinQuad.Traversal.Steps;

/// <summary>Keeps or drops each traverser; the path does not grow.</summary>
internal abstract class FilterStep : Step
{
    protected abstract bool Test(Traverser traverser, ExecutionContext context);

    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        foreach (var traverser in input)
        {
            context.Tick();
            if (Test(traverser, context)) yield return traverser;
        }
    }
}
