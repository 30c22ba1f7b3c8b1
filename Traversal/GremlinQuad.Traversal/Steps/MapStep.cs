namespace GremlinQuad.Traversal.Steps;

/// <summary>One object in, one object out (or none, for <see cref="Unproductive.Value"/>); the path grows by the new object.</summary>
internal abstract class MapStep : Step
{
    protected abstract object? Map(Traverser traverser, ExecutionContext context);

    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        foreach (var traverser in input)
        {
            context.Tick();
            var value = Map(traverser, context);
            if (!ReferenceEquals(value, Unproductive.Value)) yield return traverser.Split(value);
        }
    }
}
