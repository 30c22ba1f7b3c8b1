using GremlinQuad.Storage;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Storage;

/// <summary>
/// Changes no step; records for explain() how each vertex step reads the indexes: out(label) a SPOG
/// prefix (S, P), in(label) a POGS prefix (P, O), and a label-less in()/both() the ??O? object
/// lookup, which the store answers with OSGP or a union scan over the predicates.
/// </summary>
internal sealed class AdjacencyScanStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Storage;

    public string Name => "AdjacencyScanStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (!plan.Steps.Any(s => s.Name is "out" or "in" or "both" or "outE" or "inE" or "bothE" && s.Note is null)) return plan;
        var snapshot = context.Graph.Snapshot;
        var vertex = TermId.MinOf(TermKind.Node);
        var label = TermId.MinOf(TermKind.String);
        return plan.WithSteps([.. plan.Steps.Select(step =>
        {
            if (step.Name is not ("out" or "in" or "both" or "outE" or "inE" or "bothE") || step.Note is not null) return step;
            var labelled = step.Arguments.Count > 0;
            var outgoing = snapshot.Plan(labelled ? QuadPattern.Of(subject: vertex, predicate: label) : QuadPattern.Of(subject: vertex));
            var incoming = snapshot.Plan(labelled ? QuadPattern.Of(predicate: label, @object: vertex) : QuadPattern.Of(@object: vertex));
            var note = step.Name switch
            {
                "out" or "outE" => $"out: {outgoing}",
                "in" or "inE" => $"in: {incoming}",
                _ => $"out: {outgoing}; in: {incoming}",
            };
            return step with { Note = note };
        })]);
    }
}
