using System.Numerics;
using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Barrier;

/// <summary>
/// barrier([size] | [Barrier.normSack]): holds every traverser before any moves on. When withSack()
/// gave a merge operator, traversers at the same object (and loop count) merge into one whose sack is
/// the merged sacks and whose bulk is the sum (1 after withBulk(false)), as TinkerPop's TraverserSet
/// does. Without a sack merger, merging is invisible in results, so traversers pass unmerged.
/// Barrier.normSack then divides every sack by the total of all sacks, so they sum to 1.
/// </summary>
[GremlinStep("barrier")]
internal sealed class BarrierStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        var normalize = false;
        if (spec.Arguments.Count == 1)
        {
            switch (spec.Arguments[0])
            {
                case Gremlin.Barrier.normSack: normalize = true; break;
                case int or long or short or sbyte: break; // a size limit only bounds laziness; every traverser is still held here
                default: throw Args.Reject(spec.Name, 0, "a maximum size (int) or Barrier.normSack", spec.Arguments[0]);
            }
        }
        return new StreamStep((input, context) => Hold(input, context, normalize));
    }

    private static IEnumerable<Traverser> Hold(IEnumerable<Traverser> input, ExecutionContext context, bool normalize)
    {
        var held = context.SackMerge is { } merge ? Merge(input, context, merge) : [.. input];
        if (normalize) held = NormalizeSacks(held);
        foreach (var traverser in held) yield return traverser;
    }

    private static List<Traverser> Merge(IEnumerable<Traverser> input, ExecutionContext context, Operator merge)
    {
        var held = new List<Traverser>();
        var index = new Dictionary<object, List<int>>(GremlinValues.EqualityComparer);
        foreach (var traverser in input)
        {
            context.Tick();
            var key = traverser.Value ?? NullKey;
            if (!index.TryGetValue(key, out var slots)) index[key] = slots = [];
            var merged = false;
            foreach (var slot in slots)
            {
                var existing = held[slot];
                if (!SameLoops(existing.Loops, traverser.Loops)) continue;
                var sack = Operators.Apply(merge, existing.Sack, traverser.Sack);
                var bulk = context.Bulk ? existing.Bulk + traverser.Bulk : 1;
                held[slot] = existing.WithSack(sack).WithBulk(bulk);
                merged = true;
                break;
            }
            if (merged) continue;
            slots.Add(held.Count);
            held.Add(context.Bulk ? traverser : traverser.WithBulk(1));
        }
        return held;
    }

    private static readonly object NullKey = new();

    private static bool SameLoops(Execution.LoopFrame? a, Execution.LoopFrame? b)
    {
        while (a is not null && b is not null)
        {
            if (a.Count != b.Count || a.Name != b.Name) return false;
            a = a.Outer;
            b = b.Outer;
        }
        return a is null && b is null;
    }

    /// <summary>Barrier.normSack: each sack becomes sack / Σ(sack × bulk), always a floating-point (or BigDecimal) number.</summary>
    private static List<Traverser> NormalizeSacks(List<Traverser> held)
    {
        object total = 0;
        foreach (var traverser in held)
            total = Numbers.Add(total, Numbers.Multiply(NumericSack(traverser), traverser.Bulk));
        return [.. held.Select(t => t.WithSack(Divide(NumericSack(t), total)))];
    }

    private static object NumericSack(Traverser traverser) =>
        traverser.Sack is { } sack && Numbers.IsNumber(sack)
            ? sack
            : throw new GremlinExecutionException($"barrier(Barrier.normSack) needs numeric sacks, but a traverser's sack is {Args.Describe(traverser.Sack)}; start with withSack(1.0d).");

    private static object Divide(object value, object total)
    {
        switch (value, total)
        {
            case (float or double, _) or (_, float or double):
                return Numbers.ToDouble(value) / Numbers.ToDouble(total);
            case (decimal, _) or (_, decimal):
                return Numbers.ToDecimal(value) / Numbers.ToDecimal(total);
            default:
            {
                // Integers (possibly far beyond decimal's range): divide exactly at 28 digits of scale, so
                // 10^1000 / (2 × 10^1000) is the BigDecimal 0.5, as TinkerPop's NumberHelper.div gives.
                var numerator = Numbers.ToBigInteger(value);
                var denominator = Numbers.ToBigInteger(total);
                if (denominator.IsZero) throw new GremlinExecutionException("barrier(Barrier.normSack): the sacks sum to zero, so they cannot be normalized.");
                var scale = BigInteger.Pow(10, 28);
                var quotient = BigInteger.Divide(numerator * scale, denominator);
                var whole = BigInteger.DivRem(quotient, scale, out var fraction);
                return (decimal)whole + (decimal)fraction / (decimal)scale;
            }
        }
    }
}
