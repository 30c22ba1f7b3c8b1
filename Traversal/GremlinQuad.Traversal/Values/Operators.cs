using System.Collections;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Values;

/// <summary>Gremlin's binary Operator values, used by sack(), withSack(), fold(seed, op) and side-effect reducers.</summary>
internal static class Operators
{
    public static object? Apply(Operator op, object? left, object? right)
    {
        switch (op)
        {
            case Operator.assign: return right;
            case Operator.and: return AsBool(left) && AsBool(right);
            case Operator.or: return AsBool(left) || AsBool(right);
            case Operator.addAll:
                switch (left)
                {
                    case GremlinMap map when right is GremlinMap other:
                        var merged = new GremlinMap(map);
                        foreach (var (k, v) in other) merged[k] = v;
                        return merged;
                    case GremlinSet set:
                        var union = new GremlinSet(set);
                        union.UnionWith(Items(right));
                        return union;
                    default:
                        var list = new List<object?>(Items(left));
                        list.AddRange(Items(right));
                        return list;
                }
        }
        if (left is null || right is null || !Numbers.IsNumber(left) || !Numbers.IsNumber(right))
            throw new GremlinExecutionException($"Operator.{op} works on numbers, but got {Steps.Args.Describe(left)} and {Steps.Args.Describe(right)}.");
        return op switch
        {
            Operator.sum => Numbers.Add(left, right),
            Operator.sumLong => Numbers.ToInt64(left) + Numbers.ToInt64(right),
            Operator.minus => Numbers.Subtract(left, right),
            Operator.mult => Numbers.Multiply(left, right),
            Operator.div => Numbers.Divide(left, right),
            Operator.min => Numbers.Min(left, right),
            Operator.max => Numbers.Max(left, right),
            _ => throw new GremlinRequestException($"Operator.{op} is not supported here."),
        };
    }

    private static bool AsBool(object? value) => value as bool? ?? throw new GremlinExecutionException($"Operator.and/or work on booleans, but got {Steps.Args.Describe(value)}.");

    private static IEnumerable<object?> Items(object? value) => value switch
    {
        null => [],
        string => [value],
        IEnumerable items => items.Cast<object?>(),
        _ => [value],
    };
}
