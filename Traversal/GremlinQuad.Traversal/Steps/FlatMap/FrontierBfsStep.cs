using GremlinQuad.Gremlin;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.FlatMap;

/// <summary>
/// frontierBfs(direction, times, mode[, edge labels...]): what <c>FrontierBfsStrategy</c> makes of
/// <c>repeat(out()[.dedup()]).times(k)[.emit()]</c> followed by value filters and <c>dedup()</c>. Yields
/// each distinct vertex once (bulk 1) in the order the generic plan's final dedup() would keep it.
/// Modes: <c>emit</c> (every vertex within 1..k hops), <c>emitFirst</c> (the same plus the starts, for
/// <c>emit().repeat(...)</c>) and <c>last</c> (no emit: the vertices at the end of a walk of exactly k hops).
/// </summary>
[GremlinStep("frontierBfs")]
internal sealed class FrontierBfsStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 3);
        var step = Args.String(spec, 0);
        var direction = step switch
        {
            "out" => Direction.OUT,
            "in" => Direction.IN,
            "both" => Direction.BOTH,
            _ => throw Args.Reject(spec.Name, 0, "a direction (out, in or both)", step),
        };
        var times = Args.Long(spec, 1);
        if (times is < 1 or > int.MaxValue) throw Args.Reject(spec.Name, 1, "a number of hops of at least 1", times);
        var mode = Args.String(spec, 2) switch
        {
            "emit" => FrontierBfsMode.Emit,
            "emitFirst" => FrontierBfsMode.EmitFirst,
            "last" => FrontierBfsMode.Last,
            var other => throw Args.Reject(spec.Name, 2, "a mode (emit, emitFirst or last)", other),
        };
        return new FrontierBfsStep(step, direction, (int)times, mode, Args.Strings(spec, 3));
    }
}

internal enum FrontierBfsMode
{
    Emit,
    EmitFirst,
    Last,
}

/// <summary>
/// A level-synchronous BFS over term ids: one index prefix scan per frontier vertex (no edge or vertex
/// objects), a visited set of raw term values, and a traverser only for each vertex it yields.
/// </summary>
internal sealed class FrontierBfsStep(string name, Direction direction, int times, FrontierBfsMode mode, IReadOnlyList<string> labels) : Step
{
    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        var graph = context.Graph;
        var frontier = new List<TermId>();
        foreach (var traverser in input)
        {
            context.Tick();
            if (traverser.Value is not VertexRef vertex)
                throw new GremlinExecutionException($"{name}() applies to vertices, but the traverser holds {Args.Describe(traverser.Value)}.");
            frontier.Add(vertex.Id);
        }
        var labelTerms = ResolveLabels(graph);
        // emit modes keep one set over all levels (a vertex is yielded and expanded once, at its BFS
        // depth); "last" keeps one per level, as the generic repeat() dedups each iteration's output.
        var seen = new TermIdSet(frontier.Count * 16);
        if (mode == FrontierBfsMode.EmitFirst)
        {
            foreach (var start in frontier)
                if (seen.Add(start)) yield return Output(start);
        }
        var next = new List<TermId>();
        var neighbours = new List<TermId>();
        for (var depth = 1; depth <= times && frontier.Count > 0; depth++)
        {
            var last = depth == times;
            next.Clear();
            if (mode == FrontierBfsMode.Last) seen.Clear();
            foreach (var vertex in frontier)
            {
                context.Tick();
                neighbours.Clear();
                Expand(graph, vertex, labelTerms, neighbours);
                foreach (var neighbour in neighbours)
                {
                    if (!seen.Add(neighbour)) continue;
                    if (mode != FrontierBfsMode.Last || last) yield return Output(neighbour);
                    if (!last) next.Add(neighbour);
                }
            }
            (frontier, next) = (next, frontier);
        }
    }

    /// <summary>Null when every edge label counts; labels the graph has never seen match nothing, as in out('x').</summary>
    private TermId[]? ResolveLabels(GraphModel graph)
    {
        if (labels.Count == 0) return null;
        var terms = new List<TermId>(labels.Count);
        foreach (var label in labels)
            if (graph.TryGetString(label, out var term)) terms.Add(term);
        return [.. terms];
    }

    // Same order as VertexStep: label by label, out-edges before in-edges.
    private void Expand(GraphModel graph, TermId vertex, TermId[]? labelTerms, List<TermId> into)
    {
        if (labelTerms is null)
        {
            ExpandLabel(graph, vertex, null, into);
            return;
        }
        foreach (var label in labelTerms) ExpandLabel(graph, vertex, label, into);
    }

    private void ExpandLabel(GraphModel graph, TermId vertex, TermId? label, List<TermId> into)
    {
        if (direction is Direction.OUT or Direction.BOTH) graph.AdjacentVertices(vertex, label, outgoing: true, into);
        if (direction is Direction.IN or Direction.BOTH) graph.AdjacentVertices(vertex, label, outgoing: false, into);
    }

    // Paths, sacks and loops are absent by construction (the strategy requires it), so the output is as bare as the generic plan's.
    private static Traverser Output(TermId vertex) => new(new VertexRef(vertex), 1, null, null, null) { TracksPath = false };
}
