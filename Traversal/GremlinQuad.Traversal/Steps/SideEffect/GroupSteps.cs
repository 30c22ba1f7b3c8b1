using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.SideEffect;

/// <summary>
/// group([key]).by(key).by(value) and groupCount([key]).by(key). Without a side-effect key they are
/// barriers that emit the map; with one they fill the named side effect, then pass the traversers on.
/// group's value traversal runs over each group's objects (default: fold()).
/// </summary>
[GremlinStep("group", "groupCount")]
internal sealed class GroupStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        var sideEffectKey = spec.Arguments.Count == 1 ? Args.String(spec, 0) : null;
        var modulators = spec.Name == "groupCount" ? ByModulator.Single(spec, compiler, "GroupCount") : ByModulator.All(spec, compiler);
        var keyBy = modulators.Count > 0 ? modulators[0] : ByModulator.Identity;
        var isCount = spec.Name == "groupCount";
        CompiledTraversal? valueTraversal = null;
        ByModulator? valueBy = null;
        if (!isCount && spec.ModulatorsNamed("by").Skip(1).FirstOrDefault() is { } second)
        {
            if (second.Arguments is [TraversalPlan plan]) valueTraversal = compiler.Child(plan);
            else valueBy = ByModulator.Create(spec, second, compiler);
        }
        var group = new Grouping(isCount, keyBy, valueBy, valueTraversal);
        if (sideEffectKey is null)
            return new StreamStep((input, context) => Barrier(input, context, group));
        return new StreamStep((input, context) => Effect(input, context, group, sideEffectKey));
    }

    private static IEnumerable<Traverser> Barrier(IEnumerable<Traverser> input, ExecutionContext context, Grouping group)
    {
        var map = new GremlinMap();
        foreach (var traverser in input) group.Add(map, traverser, context);
        yield return Traverser.Start(group.Finish(map, context), 1, context.NewSack());
    }

    /// <summary>
    /// The side-effect form is a barrier, as in TinkerPop 3.8: every object is grouped before any
    /// traverser moves on, so a select(key) downstream sees the complete map (inside local() each
    /// traverser runs alone, so there the map grows one traverser at a time).
    /// </summary>
    private static IEnumerable<Traverser> Effect(IEnumerable<Traverser> input, ExecutionContext context, Grouping group, string key)
    {
        var map = context.SideEffects.GetOrAdd(key, () => new GremlinMap());
        var pending = context.SideEffects.GetOrAdd("\u0000group:" + key, () => new GremlinMap());
        var held = new List<Traverser>();
        foreach (var traverser in input)
        {
            group.Add(pending, traverser, context);
            held.Add(traverser);
        }
        var finished = group.Finish(pending, context);
        map.Clear();
        foreach (var (k, v) in finished) map[k] = v;
        foreach (var traverser in held) yield return traverser;
    }

    private sealed class Grouping(bool isCount, ByModulator keyBy, ByModulator? valueBy, CompiledTraversal? valueTraversal)
    {
        public void Add(GremlinMap map, Traverser traverser, ExecutionContext context)
        {
            context.Tick();
            if (!keyBy.TryApply(traverser, context, traverser.Value, out var key)) return;
            if (isCount)
            {
                map[key] = (map.TryGetValue(key, out var count) ? (long)count! : 0L) + traverser.Bulk;
                return;
            }
            if (!map.TryGetValue(key, out var members))
            {
                members = new List<Traverser>();
                map[key] = members;
            }
            var value = traverser;
            if (valueBy is not null)
            {
                if (!valueBy.TryApply(traverser, context, traverser.Value, out var projected)) return;
                value = traverser.Split(projected);
            }
            ((List<Traverser>)members!).Add(value);
        }

        public GremlinMap Finish(GremlinMap map, ExecutionContext context)
        {
            if (isCount) return new GremlinMap(map);
            var result = new GremlinMap();
            foreach (var (key, members) in map)
            {
                var traversers = (List<Traverser>)members!;
                if (valueTraversal is null)
                {
                    var list = new List<object?>();
                    foreach (var t in traversers)
                        for (var i = 0L; i < t.Bulk; i++) list.Add(t.Value);
                    result[key] = list;
                    continue;
                }
                if (valueTraversal.TryFirst(traversers, context, out var reduced)) result[key] = reduced;
            }
            return result;
        }
    }
}
