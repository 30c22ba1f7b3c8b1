using System.Collections;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Barrier;

/// <summary>order([local]).by(...): a stable sort by TinkerPop's orderability; shuffle randomises.</summary>
[GremlinStep("order")]
internal sealed class OrderStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        var local = spec.Arguments.Count == 1 && spec.Arguments[0] is Scope.local;
        var modulators = ByModulator.All(spec, compiler);
        if (modulators.Count == 0) modulators = [ByModulator.Identity];
        if (local) return new LambdaMapStep((t, c) => SortLocal(t, c, modulators));
        return new StreamStep((input, context) => Sort(input, context, modulators));
    }

    private static IEnumerable<Traverser> Sort(IEnumerable<Traverser> input, ExecutionContext context, List<ByModulator> modulators)
    {
        var rows = new List<(Traverser Traverser, object?[] Keys)>();
        foreach (var traverser in input)
        {
            if (TryKeys(traverser, context, traverser.Value, modulators, out var keys)) rows.Add((traverser, keys));
        }
        foreach (var row in Ordered(rows, r => r.Keys, modulators, context)) yield return row.Traverser;
    }

    private static bool TryKeys(Traverser traverser, ExecutionContext context, object? value, List<ByModulator> modulators, out object?[] keys)
    {
        keys = new object?[modulators.Count];
        for (var i = 0; i < modulators.Count; i++)
        {
            if (!modulators[i].TryApply(traverser, context, value, out keys[i])) return false;
        }
        return true;
    }

    private static IEnumerable<T> Ordered<T>(List<T> rows, Func<T, object?[]> keys, List<ByModulator> modulators, ExecutionContext context)
    {
        if (modulators.Any(m => m.Order == Order.shuffle))
        {
            var shuffled = rows.ToArray();
            context.Random.Shuffle(shuffled);
            return shuffled;
        }
        var comparer = Comparer<object?[]>.Create((a, b) =>
        {
            for (var i = 0; i < modulators.Count; i++)
            {
                var c = GremlinValues.Order(a[i], b[i]);
                if (c != 0) return modulators[i].Order == Order.desc ? -c : c;
            }
            return 0;
        });
        return rows.OrderBy(keys, comparer);   // OrderBy is stable, as TinkerPop's sort is
    }

    private static object? SortLocal(Traverser traverser, ExecutionContext context, List<ByModulator> modulators)
    {
        switch (traverser.Value)
        {
            case GremlinMap map:
            {
                var rows = new List<(KeyValuePair<object?, object?> Entry, object?[] Keys)>();
                foreach (var entry in map)
                    if (TryKeys(traverser, context, (object?)entry, modulators, out var keys)) rows.Add((entry, keys));
                var sorted = new GremlinMap();
                foreach (var row in Ordered(rows, r => r.Keys, modulators, context)) sorted[row.Entry.Key] = row.Entry.Value;
                return sorted;
            }
            case IEnumerable items when traverser.Value is not string:
            {
                var rows = new List<(object? Item, object?[] Keys)>();
                foreach (var item in items)
                    if (TryKeys(traverser, context, item, modulators, out var keys)) rows.Add((item, keys));
                var list = Ordered(rows, r => r.Keys, modulators, context).Select(r => r.Item).ToList();
                // Java's OrderLocalStep sorts any collection, a set included, into a List.
                return list;
            }
            default:
                return traverser.Value;
        }
    }
}
