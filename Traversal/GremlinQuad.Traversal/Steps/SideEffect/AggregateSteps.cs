using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.SideEffect;

/// <summary>
/// aggregate([Scope,] key) collects objects into a list side effect: global scope is a barrier (every
/// object is collected before any moves on), local scope (and store) collects lazily. cap(keys...)
/// emits the side effects; sideEffect(traversal) runs a child for its effects only.
/// </summary>
[GremlinStep("aggregate", "store", "cap", "sideEffect")]
internal sealed class AggregateStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        switch (spec.Name)
        {
            case "cap":
            {
                Args.Count(spec, 1);
                var keys = Args.Strings(spec);
                return new StreamStep((input, context) => Cap(input, context, keys));
            }
            case "sideEffect":
            {
                Args.Count(spec, 1, 1);
                var child = compiler.Child(spec, spec.Arguments[0], 0);
                return new LambdaSideEffectStep((t, c) =>
                {
                    foreach (var _ in child.Apply(t, c))
                    {
                    }
                });
            }
        }
        Args.Count(spec, 1, 2);
        var local = spec.Name == "store" || spec.Arguments[0] is Scope.local;
        var key = Args.String(spec, spec.Arguments[0] is Scope ? 1 : 0);
        var by = ByModulator.Pick(ByModulator.Single(spec, compiler, "Aggregate"), 0);
        if (local) return new LambdaSideEffectStep((t, c) => Collect(t, c, key, by));
        return new StreamStep((input, context) => Barrier(input, context, key, by));
    }

    private static void Collect(Traverser traverser, ExecutionContext context, string key, ByModulator by)
    {
        if (!by.TryApply(traverser, context, traverser.Value, out var value)) return;
        if (Reducer(context, key) is { } reducer)
        {
            Reduce(context, key, reducer, value, traverser.Bulk);
            return;
        }
        var list = Target(context, key);
        for (var i = 0L; i < traverser.Bulk; i++) list.Add(value);
    }

    /// <summary>
    /// The operator of withSideEffect(key, value, op), unless it is addAll: addAll means "add to the
    /// collection", which is what aggregate() does anyway.
    /// </summary>
    private static Operator? Reducer(ExecutionContext context, string key) =>
        context.SideEffects.TryGetReducer(key, out var reducer) && reducer != Operator.addAll ? reducer : null;

    /// <summary>Folds one object (bulk times, as if un-bulked) into a side effect that has a reducing operator.</summary>
    private static void Reduce(ExecutionContext context, string key, Operator reducer, object? value, long bulk)
    {
        context.SideEffects.TryGet(key, out var current);
        for (var i = 0L; i < bulk; i++) current = Values.Operators.Apply(reducer, current, value);
        context.SideEffects.Set(key, current);
    }

    /// <summary>The list behind a key; withSideEffect() may have seeded it with a list or set of its own.</summary>
    private static ICollection<object?> Target(ExecutionContext context, string key)
    {
        if (context.SideEffects.TryGet(key, out var existing) && existing is ICollection<object?> collection) return collection;
        var list = new Values.BulkSet();
        if (existing is not null) list.Add(existing);
        context.SideEffects.Set(key, list);
        return list;
    }

    private static IEnumerable<Traverser> Barrier(IEnumerable<Traverser> input, ExecutionContext context, string key, ByModulator by)
    {
        var held = new List<Traverser>();
        if (Reducer(context, key) is { } reducer)
        {
            // TinkerPop's global aggregate collects a BulkSet and hands it to the side effect once:
            // assign makes that collection the value; the other operators fold in its objects one by one.
            var collected = new Values.BulkSet();
            foreach (var traverser in input)
            {
                if (by.TryApply(traverser, context, traverser.Value, out var value))
                    for (var i = 0L; i < traverser.Bulk; i++) collected.Add(value);
                held.Add(traverser);
            }
            if (reducer == Operator.assign) context.SideEffects.Set(key, collected);
            else foreach (var value in collected) Reduce(context, key, reducer, value, 1);
        }
        else
        {
            Target(context, key);
            foreach (var traverser in input)
            {
                Collect(traverser, context, key, by);
                held.Add(traverser);
            }
        }
        foreach (var traverser in held) yield return traverser;
    }

    private static IEnumerable<Traverser> Cap(IEnumerable<Traverser> input, ExecutionContext context, IReadOnlyList<string> keys)
    {
        foreach (var _ in input)
        {
        }
        if (keys.Count == 1)
        {
            yield return Traverser.Start(context.SideEffects.Get(keys[0]), 1, context.NewSack());
            yield break;
        }
        var map = new GremlinMap();
        foreach (var key in keys) map[key] = context.SideEffects.Get(key);
        yield return Traverser.Start(map, 1, context.NewSack());
    }
}
