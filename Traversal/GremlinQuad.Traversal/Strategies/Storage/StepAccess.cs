using GremlinQuad.Gremlin;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Storage;

/// <summary>
/// What explain and profile print for one step: the quad access pattern it reads (which positions are
/// bound, e.g. <c>SP??</c>) and how the store answers it (<see cref="ScanPlan"/>: the index and its
/// bound prefix, or the union scan with its number of predicate range scans). Mirrors the reads the
/// steps make through <see cref="GraphModel"/>; a step with no index access has no entry.
/// </summary>
internal static class StepAccess
{
    /// <summary>One read of a step: the pattern's shape, what is bound, and the store's plan for it.</summary>
    public sealed record Read(string Shape, string Bound, ScanPlan Plan)
    {
        public override string ToString() => $"{Shape} ({Bound}): {Plan}";
    }

    public static IReadOnlyList<Read> Of(StepSpec step, GraphModel graph)
    {
        var snapshot = graph.Snapshot;
        // Placeholders stand for "some vertex / some label": the plan depends on which positions are bound, not on values.
        var element = TermId.MinOf(TermKind.Node);
        var name = TermId.MinOf(TermKind.String);
        var labelPredicate = graph.TryGetLabelPredicate(out var known) ? known : name;
        var labelled = step.Arguments.Count > 0;
        Read Make(string bound, QuadPattern pattern) => new(Shape(pattern), bound, snapshot.Plan(pattern));
        Read Out() => labelled
            ? Make("out-vertex, edge label", QuadPattern.Of(subject: element, predicate: name))
            : Make("out-vertex", QuadPattern.Of(subject: element));
        Read In() => labelled
            ? Make("edge label, in-vertex", QuadPattern.Of(predicate: name, @object: element))
            : Make("in-vertex", QuadPattern.Of(@object: element));
        switch (step.Name)
        {
            case "V" when step.Arguments is [IndexLookup lookup]:
                return lookup.Label is not null
                    ? [Make("~label, label, default graph", QuadPattern.Of(predicate: labelPredicate, @object: name, graph: TermId.Default))]
                    : [Make($"key '{lookup.Key}', value", QuadPattern.Of(predicate: name, @object: name))];
            case "V" when labelled:
                return [Make("vertex id, ~label (one lookup per id)", QuadPattern.Of(subject: element, predicate: labelPredicate))];
            case "V":
                return [Make("~label, default graph: every vertex", QuadPattern.Of(predicate: labelPredicate, graph: TermId.Default))];
            case "E" when labelled:
                return [Make("edge id (one lookup per id)", QuadPattern.Of(graph: TermId.MinOf(TermKind.Link)))];
            case "E":
                return [Make("every edge id (a range of G)", GraphModel.AllEdgesPattern)];
            case "countFromIndex":
                return step.Arguments is ["edge"]
                    ? [Make("every edge id (a range of G)", GraphModel.AllEdgesPattern)]
                    : step.Arguments.Count > 1
                        ? [Make("~label, label, default graph", QuadPattern.Of(predicate: labelPredicate, @object: name, graph: TermId.Default))]
                        : [Make("~label, default graph: every vertex", QuadPattern.Of(predicate: labelPredicate, graph: TermId.Default))];
            case "out" or "outE":
                return [Out()];
            case "in" or "inE":
                return [In()];
            case "both" or "bothE":
                return [Out(), In()];
            case "properties" or "values" or "valueMap" or "propertyMap" or "elementMap" when labelled && step.Arguments.All(a => a is string):
                return [Make("element, key", QuadPattern.Of(subject: element, predicate: name))];
            case "properties" or "values" or "valueMap" or "propertyMap" or "elementMap":
                return [Make("element", QuadPattern.Of(subject: element))];
            case "has" when step.Arguments is [string, ..]:
                return [Make("element, key", QuadPattern.Of(subject: element, predicate: name))];
            case "hasLabel" or "label" or "has" when step.Arguments is [T.label, ..] || step.Name != "has":
                return [Make("vertex, ~label", QuadPattern.Of(subject: element, predicate: labelPredicate))];
            case "drop":
                // A dropped vertex takes its properties and its edges both ways with it.
                return [Make("element", QuadPattern.Of(subject: element)), Make("in-vertex (incoming edges)", QuadPattern.Of(@object: element))];
            default:
                return [];
        }
    }

    /// <summary>The bound positions in S, P, O, G order, '?' for a free one (a range counts as free: it is a scan).</summary>
    public static string Shape(in QuadPattern pattern)
    {
        Span<char> shape = ['?', '?', '?', '?'];
        if ((pattern.Bound & AccessPattern.Subject) != 0) shape[0] = 'S';
        if ((pattern.Bound & AccessPattern.Predicate) != 0) shape[1] = 'P';
        if ((pattern.Bound & AccessPattern.Object) != 0) shape[2] = 'O';
        if ((pattern.Bound & AccessPattern.Graph) != 0) shape[3] = 'G';
        return new string(shape);
    }
}
