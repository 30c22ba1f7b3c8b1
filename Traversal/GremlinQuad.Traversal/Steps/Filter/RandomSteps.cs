using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>coin(p) keeps each traverser with probability p; sample(n) keeps n at random (weighted by bulk; by() gives weights); SeedStrategy fixes the random source.</summary>
[GremlinStep("coin", "sample")]
internal sealed class RandomStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        if (spec.Name == "coin")
        {
            Args.Count(spec, 1, 1);
            var probability = Numbers.IsNumber(spec.Arguments[0]) ? Numbers.ToDouble(spec.Arguments[0]!) : throw Args.Reject("coin", 0, "a probability (Double)", spec.Arguments[0]);
            return new LambdaFilterStep((_, context) => probability >= 1.0 || (probability > 0.0 && context.Random.NextDouble() < probability));
        }
        Args.Count(spec, 1, 2);
        var local = spec.Arguments[0] is Scope.local;
        var count = (int)Args.Long(spec, spec.Arguments[0] is Scope ? 1 : 0);
        var by = ByModulator.Pick(ByModulator.Single(spec, compiler, "Sample"), 0);
        if (local)
        {
            return new LambdaMapStep((t, context) =>
            {
                var items = Barrier.ReducingStepFactory.LocalItems(t.Value).ToList();
                var picked = new List<object?>();
                while (picked.Count < count && items.Count > 0)
                {
                    var index = context.Random.Next(items.Count);
                    picked.Add(items[index]);
                    items.RemoveAt(index);
                }
                return picked;
            });
        }
        return new StreamStep((input, context) => Sample(input, context, count, by));
    }

    private static IEnumerable<Traverser> Sample(IEnumerable<Traverser> input, ExecutionContext context, int count, ByModulator by)
    {
        var pool = new List<(Traverser Traverser, double Weight)>();
        foreach (var traverser in input)
        {
            var weight = 1.0;
            if (!by.IsIdentity)
            {
                if (!by.TryApply(traverser, context, traverser.Value, out var w) || !Numbers.IsNumber(w)) continue;
                weight = Numbers.ToDouble(w!);
            }
            for (var i = 0L; i < traverser.Bulk; i++) pool.Add((traverser.WithBulk(1), weight));
        }
        for (var taken = 0; taken < count && pool.Count > 0; taken++)
        {
            var total = pool.Sum(p => p.Weight);
            var target = context.Random.NextDouble() * total;
            var index = 0;
            for (var running = pool[0].Weight; running < target && index < pool.Count - 1; running += pool[++index].Weight)
            {
            }
            yield return pool[index].Traverser;
            pool.RemoveAt(index);
        }
    }
}
