using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Start;

/// <summary>countFromIndex(vertex|edge[, label]): the count CountFromIndexStrategy planned, read from the index without scanning.</summary>
[GremlinStep("countFromIndex")]
internal sealed class CountFromIndexStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1, 2);
        var element = Args.String(spec, 0);
        var label = spec.Arguments.Count == 2 ? Args.String(spec, 1) : null;
        return new StreamStep((input, context) => Count(input, context, element, label));
    }

    private static IEnumerable<Traverser> Count(IEnumerable<Traverser> input, ExecutionContext context, string element, string? label)
    {
        foreach (var traverser in input)
        {
            var graph = context.Graph;
            long count;
            if (element == "edge") count = graph.EdgeCount();
            else if (label is null) count = graph.VertexCount();
            else count = graph.TryGetString(label, out var term) ? graph.VertexCountWithLabel(term) : 0;
            yield return traverser.Split(count * traverser.Bulk);
        }
    }
}
