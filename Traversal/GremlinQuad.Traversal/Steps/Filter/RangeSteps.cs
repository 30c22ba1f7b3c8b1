using System.Collections;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>limit, range, skip, tail: by position in the stream (bulk-aware), or within each collection for Scope.local.</summary>
[GremlinStep("limit", "range", "skip", "tail")]
internal sealed class RangeStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var local = spec.Arguments.Count > 0 && spec.Arguments[0] is Scope.local;
        var offset = spec.Arguments.Count > 0 && spec.Arguments[0] is Scope ? 1 : 0;
        long low, high;
        switch (spec.Name)
        {
            case "limit":
                Args.Count(spec, offset + 1, offset + 1);
                low = 0;
                high = Args.Long(spec, offset);
                break;
            case "skip":
                Args.Count(spec, offset + 1, offset + 1);
                low = Args.Long(spec, offset);
                high = -1;
                break;
            case "range":
                Args.Count(spec, offset + 2, offset + 2);
                low = Args.Long(spec, offset);
                high = Args.Long(spec, offset + 1);
                if (high != -1 && high < low)
                    throw new GremlinRequestException($"Not a legal range: [{low}, {high}]: range() needs an end at least its start, or -1 for \"to the end\".");
                break;
            default:
                Args.Count(spec, offset, offset + 1);
                var count = spec.Arguments.Count > offset ? Args.Long(spec, offset) : 1;
                return local
                    ? new LambdaMapStep((t, _) => LocalTail(t.Value, count))
                    : new StreamStep((input, context) => Tail(input, count));
        }
        if (low < 0) throw new GremlinRequestException($"{spec.Name}(): the start must not be negative, but was {low}.");
        return local
            ? new LambdaMapStep((t, _) => LocalRange(t.Value, low, high))
            : new StreamStep((input, context) => Range(input, low, high));
    }

    private static IEnumerable<Traverser> Range(IEnumerable<Traverser> input, long low, long high)
    {
        var position = 0L;
        if (high == 0) yield break;
        foreach (var traverser in input)
        {
            var start = position;
            var end = position + traverser.Bulk;
            position = end;
            var from = Math.Max(start, low);
            var to = high < 0 ? end : Math.Min(end, high);
            if (to > from) yield return traverser.WithBulk(to - from);
            if (high >= 0 && position >= high) yield break;
        }
    }

    private static IEnumerable<Traverser> Tail(IEnumerable<Traverser> input, long count)
    {
        var kept = new LinkedList<Traverser>();
        var total = 0L;
        foreach (var traverser in input)
        {
            kept.AddLast(traverser);
            total += traverser.Bulk;
            while (kept.Count > 0 && total - kept.First!.Value.Bulk >= count)
            {
                total -= kept.First.Value.Bulk;
                kept.RemoveFirst();
            }
        }
        var excess = Math.Max(0, total - count);
        foreach (var traverser in kept)
        {
            if (excess > 0)
            {
                var remaining = traverser.Bulk - excess;
                excess = 0;
                if (remaining > 0) yield return traverser.WithBulk(remaining);
                continue;
            }
            yield return traverser;
        }
    }

    private static object? LocalRange(object? value, long low, long high)
    {
        var items = Items(value, out var kind);
        var end = high < 0 ? items.Count : (int)Math.Min(items.Count, high);
        var slice = low >= items.Count ? [] : items.GetRange((int)low, Math.Max(0, end - (int)low));
        return Rebuild(slice, kind);
    }

    private static object? LocalTail(object? value, long count)
    {
        var items = Items(value, out var kind);
        var start = (int)Math.Max(0, items.Count - count);
        return Rebuild(items.GetRange(start, items.Count - start), kind);
    }

    private static List<object?> Items(object? value, out int kind)
    {
        switch (value)
        {
            case GremlinMap map:
                kind = 2;
                return [.. map.Select(e => (object?)e)];
            case GremlinSet set:
                kind = 1;
                return [.. set];
            case Values.PathValue path:
                kind = 0;
                return [.. path.Objects];
            case IEnumerable items when value is not string:
                kind = 0;
                return [.. items.Cast<object?>()];
            default:
                kind = 3;
                return [value];
        }
    }

    /// <summary>
    /// A collection stays a collection of its own kind, even limit(local, 1) (TinkerPop 3.8: [1,2,3].limit(local, 1)
    /// is [1], which mergeV(select('m').limit(local, 1).unfold()) relies on); a scalar passes through.
    /// </summary>
    private static object? Rebuild(List<object?> items, int kind)
    {
        if (kind == 3) return items.Count > 0 ? items[0] : null;
        return kind switch
        {
            2 => new GremlinMap(items.Select(i => (KeyValuePair<object?, object?>)i!)),
            1 => new GremlinSet(items),
            _ => items,
        };
    }
}
