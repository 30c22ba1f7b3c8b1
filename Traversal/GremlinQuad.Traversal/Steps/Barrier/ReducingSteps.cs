using System.Collections;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Barrier;

/// <summary>
/// count, sum, min, max, mean, fold: global scope reduces the whole stream to one traverser (bulk
/// counts, so duplicates are never materialised); local scope reduces the collection each traverser holds.
/// </summary>
[GremlinStep("count", "sum", "min", "max", "mean", "fold")]
internal sealed class ReducingStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var name = spec.Name;
        if (name == "fold" && spec.Arguments.Count == 2)
        {
            var seed = spec.Arguments[0];
            var op = spec.Arguments[1] as Operator? ?? throw Args.Reject("fold", 1, "an Operator", spec.Arguments[1]);
            return new StreamStep((input, context) => FoldWith(input, context, seed, op));
        }
        Args.Count(spec, 0, 1);
        var scope = spec.Arguments.Count == 1
            ? spec.Arguments[0] as Scope? ?? throw Args.Reject(name, 0, "Scope.local or Scope.global", spec.Arguments[0])
            : Scope.global;
        if (scope == Scope.local)
        {
            return new StreamStep((input, context) => Local(name, input, context));
        }
        return new StreamStep((input, context) => Global(name, input, context));
    }

    private static IEnumerable<Traverser> Global(string name, IEnumerable<Traverser> input, ExecutionContext context)
    {
        var reducer = new Reducer(name);
        foreach (var traverser in input)
        {
            context.Tick();
            reducer.Add(traverser.Value, traverser.Bulk);
        }
        if (reducer.TryResult(out var result)) yield return Traverser.Start(result, 1, context.NewSack());
    }

    private static IEnumerable<Traverser> Local(string name, IEnumerable<Traverser> input, ExecutionContext context)
    {
        foreach (var traverser in input)
        {
            var reducer = new Reducer(name);
            foreach (var item in LocalItems(traverser.Value)) reducer.Add(item, 1);
            if (reducer.TryResult(out var result)) yield return traverser.Split(result);
        }
    }

    /// <summary>The members of a collection for local scope; a single object counts as a one-member collection.</summary>
    public static IEnumerable<object?> LocalItems(object? value) => value switch
    {
        GremlinMap map => map.Select(e => (object?)new KeyValuePair<object?, object?>(e.Key, e.Value)),
        string => [value],
        PathValue path => path.Objects,
        IEnumerable items => items.Cast<object?>(),
        _ => [value],
    };

    private static IEnumerable<Traverser> FoldWith(IEnumerable<Traverser> input, ExecutionContext context, object? seed, Operator op)
    {
        var accumulator = TraversalRunner.CopyValue(seed);
        foreach (var traverser in input)
        {
            for (var i = 0L; i < traverser.Bulk; i++) accumulator = Operators.Apply(op, accumulator, traverser.Value);
        }
        yield return Traverser.Start(accumulator, 1, context.NewSack());
    }

    private sealed class Reducer(string name)
    {
        private long _count;
        private object? _value;
        private bool _any;

        // Nulls are skipped, yet a stream of nothing but nulls reduces to null, while an empty one reduces to nothing.
        private bool _seen;
        private readonly List<object?> _items = [];

        public void Add(object? value, long bulk)
        {
            switch (name)
            {
                case "count":
                    _count += bulk;
                    return;
                case "fold":
                    for (var i = 0L; i < bulk; i++) _items.Add(value);
                    return;
            }
            _seen = true;
            if (value is null) return;
            if (!Numbers.IsNumber(value) && name is "sum" or "mean")
                throw new GremlinExecutionException($"{name}() works on numbers, but encountered {Args.Describe(value)}.");
            switch (name)
            {
                case "sum":
                    var weighted = bulk == 1 ? value : Numbers.Multiply(value, bulk);
                    _value = _any ? Numbers.Add(_value!, weighted) : weighted;
                    break;
                case "mean":
                    _value = _any ? Numbers.Add(_value!, Numbers.Multiply(value, bulk)) : Numbers.Multiply(value, bulk);
                    _count += bulk;
                    break;
                case "min" or "max":
                    if (!_any) _value = value;
                    else
                    {
                        var compared = Numbers.IsNumber(value) && Numbers.IsNumber(_value)
                            ? (Numbers.IsNaN(value) ? (name == "min" ? 1 : -1) : Numbers.IsNaN(_value) ? (name == "min" ? -1 : 1) : Numbers.Compare(value, _value!))
                            : GremlinValues.Compare(value, _value) ?? throw new GremlinExecutionException($"{name}() cannot compare {Args.Describe(value)} with {Args.Describe(_value)}.");
                        if (name == "min" ? compared < 0 : compared > 0) _value = value;
                    }
                    break;
            }
            _any = true;
        }

        public bool TryResult(out object? result)
        {
            switch (name)
            {
                case "count": result = _count; return true;
                case "fold": result = _items; return true;
                case "mean":
                    result = !_any ? null : _value is decimal d ? d / _count : Numbers.ToDouble(_value!) / _count;
                    return _seen;
                default:
                    result = _value;
                    return _seen;
            }
        }

    }
}
