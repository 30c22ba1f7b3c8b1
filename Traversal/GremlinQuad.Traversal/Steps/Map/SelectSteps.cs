using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// select(keys...) / select(Pop, keys...) / select(Column) / select(traversal): values by label from
/// the current map, the side effects or the path (in that order, as TinkerPop's scoping does).
/// </summary>
[GremlinStep("select")]
internal sealed class SelectStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1);
        var args = spec.Arguments.ToList();
        if (args is [Column column])
            return new LambdaMapStep((t, c) => ByModulator.ColumnOf(t.Value, column));
        var pop = Pop.last;
        if (args[0] is Pop given)
        {
            pop = given;
            args.RemoveAt(0);
        }
        if (args is [TraversalPlan keyTraversal])
        {
            var child = compiler.Child(keyTraversal);
            var keyBy = ByModulator.Pick(ByModulator.All(spec, compiler), 0);
            return new LambdaFlatMapStep((t, c) => SelectByTraversal(t, c, pop, child, keyBy));
        }
        var keys = args.Select((a, i) => a as string ?? throw Args.Reject("select", i, "a key (String)", a)).ToList();
        var modulators = ByModulator.All(spec, compiler);
        if (keys.Count == 1)
        {
            var key = keys[0];
            var by = ByModulator.Pick(modulators, 0);
            return new StreamStep((input, context) => SelectOne(input, context, pop, key, by));
        }
        return new StreamStep((input, context) => SelectMany(input, context, pop, keys, modulators));
    }

    private static IEnumerable<Traverser> SelectOne(IEnumerable<Traverser> input, ExecutionContext context, Pop pop, string key, ByModulator by)
    {
        foreach (var traverser in input)
        {
            if (TrySelect(traverser, context, pop, key, out var value) && by.TryApply(traverser, context, value, out var projected))
                yield return traverser.Split(projected);
        }
    }

    private static IEnumerable<Traverser> SelectMany(IEnumerable<Traverser> input, ExecutionContext context, Pop pop, List<string> keys, List<ByModulator> modulators)
    {
        foreach (var traverser in input)
        {
            var map = new GremlinMap();
            var complete = true;
            for (var i = 0; i < keys.Count && complete; i++)
            {
                complete = TrySelect(traverser, context, pop, keys[i], out var value)
                    && ByModulator.Pick(modulators, i).TryApply(traverser, context, value, out var projected)
                    && map.TryAdd(keys[i], projected) | true;
            }
            if (complete) yield return traverser.Split(map);
        }
    }

    /// <summary>A labelled value: from the current map, then the side effects, then the path.</summary>
    /// <summary>
    /// select(traversal): the child's first result is the key. A map is looked up with it whatever its type
    /// (select('m').select(select('a')) finds the vertex key); a String key also reaches labels and side effects.
    /// </summary>
    private static IEnumerable<object?> SelectByTraversal(Traverser traverser, ExecutionContext context, Pop pop, CompiledTraversal child, ByModulator by)
    {
        if (!child.TryFirst(traverser, context, out var key)) return [];
        if (!(traverser.Value is GremlinMap map && map.TryGetValue(key, out var value))
            && !(key is string text && TrySelect(traverser, context, pop, text, out value)))
            return [];
        return by.TryApply(traverser, context, value, out var projected) ? [projected] : [];
    }

    public static bool TrySelect(Traverser traverser, ExecutionContext context, Pop pop, string key, out object? value)
    {
        if (traverser.Value is GremlinMap map && map.TryGetValue(key, out value)) return true;
        if (context.SideEffects.TryGet(key, out value)) return true;
        var found = new List<object?>();
        for (var node = traverser.Path; node is not null; node = node.Previous)
            if (node.Labels.Contains(key)) found.Add(node.Value);
        if (found.Count == 0)
        {
            value = null;
            return false;
        }
        found.Reverse();
        value = pop switch
        {
            Pop.first => found[0],
            Pop.all => found,
            Pop.mixed => found.Count == 1 ? found[0] : found,
            _ => found[^1],
        };
        return true;
    }
}
