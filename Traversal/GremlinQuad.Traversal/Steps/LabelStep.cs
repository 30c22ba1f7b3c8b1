namespace GremlinQuad.Traversal.Steps;

/// <summary>as('a'): attaches labels to the newest path entry, for select()/where()/path() to find.</summary>
internal sealed class LabelStep(IReadOnlyList<string> labels) : Step
{
    public IReadOnlyList<string> Labels { get; } = labels;

    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        foreach (var traverser in input) yield return traverser.WithLabels(Labels);
    }
}
