using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Barrier;

/// <summary>
/// lazyBarrier(size): TinkerPop's NoOpBarrierStep as LazyBarrierStrategy places it. Holds up to
/// <c>size</c> traversers, merges those at the same vertex or edge (no path, loop or sack to tell them
/// apart) into one with the summed bulk, passes the window on and takes the next. Anything else passes
/// unmerged in its place.
/// </summary>
[GremlinStep("lazyBarrier")]
internal sealed class LazyBarrierStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1, 1);
        var size = Args.Long(spec, 0);
        if (size is < 1 or > 1_000_000) throw Args.Reject(spec.Name, 0, "a window size from 1 to 1000000", size);
        return new LazyBarrierStep((int)size);
    }
}

internal sealed class LazyBarrierStep(int size) : Step
{
    public override IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        var held = new List<Traverser>(Math.Min(size, 1024));
        var bulks = new List<long>(Math.Min(size, 1024));
        var slots = new Dictionary<object, int>();
        foreach (var traverser in input)
        {
            context.Tick();
            if (traverser.Value is VertexRef or EdgeRef && traverser is { Path: null, Loops: null, Sack: null })
            {
                if (slots.TryGetValue(traverser.Value, out var slot))
                {
                    bulks[slot] += traverser.Bulk;
                    continue;
                }
                slots[traverser.Value] = held.Count;
            }
            held.Add(traverser);
            bulks.Add(traverser.Bulk);
            if (held.Count < size) continue;
            for (var i = 0; i < held.Count; i++) yield return Merged(held[i], bulks[i]);
            held.Clear();
            bulks.Clear();
            slots.Clear();
        }
        for (var i = 0; i < held.Count; i++) yield return Merged(held[i], bulks[i]);
    }

    private static Traverser Merged(Traverser traverser, long bulk) => bulk == traverser.Bulk ? traverser : traverser.WithBulk(bulk);
}
