namespace GremlinQuad.Traversal.Steps;

/// <summary>One object in, any number out, each a child traverser with the parent's bulk.</summary>
internal abstract class FlatMapStep : Step
{
    protected abstract IEnumerable<object?> Expand(Traverser traverser, ExecutionContext context);

    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        foreach (var traverser in input)
        {
            foreach (var value in Expand(traverser, context))
            {
                context.Tick();
                yield return traverser.Split(value);
            }
        }
    }
}
