using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps;

/// <summary>Argument checks for step factories: each failure names the step, the position and the value.</summary>
internal static class Args
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static GremlinRequestException Reject(string step, int position, string expected, object? actual) =>
        new($"{step}(): argument {position + 1} must be {expected}, but was {Describe(actual)}.");

    public static string Describe(object? value) => value switch
    {
        null => "null",
        TraversalPlan plan => "the traversal " + plan,
        string text => $"String \"{text}\"",
        _ => $"{GTypeName(value)} {PlanText.Argument(value)}",
    };

    private static string GTypeName(object value) => value switch
    {
        int => "Integer",
        long => "Long",
        double => "Double",
        float => "Float",
        short => "Short",
        sbyte => "Byte",
        decimal => "BigDecimal",
        BigInteger => "BigInteger",
        bool => "Boolean",
        _ => value.GetType().Name,
    };

    public static void Count(StepSpec spec, int min, int max = int.MaxValue)
    {
        if (spec.Arguments.Count < min || spec.Arguments.Count > max)
        {
            var expected = min == max ? $"{min}" : max == int.MaxValue ? $"at least {min}" : $"{min} to {max}";
            throw new GremlinRequestException($"{spec.Name}() takes {expected} argument(s), but was given {spec.Arguments.Count}: {spec}.");
        }
    }

    public static string String(StepSpec spec, int position) =>
        position < spec.Arguments.Count && spec.Arguments[position] is string text
            ? text
            : throw Reject(spec.Name, position, "a String", position < spec.Arguments.Count ? spec.Arguments[position] : null);

    public static IReadOnlyList<string> Strings(StepSpec spec, int from = 0)
    {
        var list = new List<string>();
        for (var i = from; i < spec.Arguments.Count; i++)
        {
            switch (spec.Arguments[i])
            {
                case string text: list.Add(text); break;
                case IEnumerable<object?> many when spec.Arguments[i] is not string:
                    foreach (var item in many) list.Add(item as string ?? throw Reject(spec.Name, i, "a String", item));
                    break;
                default: throw Reject(spec.Name, i, "a String", spec.Arguments[i]);
            }
        }
        return list;
    }

    /// <summary>
    /// The property keys of values(), properties() and the map steps. A null key names no property, so
    /// it is dropped (TinkerPop: values("name", null) is values("name")); when every key was null, the
    /// empty key stands in, which no property can have, as an empty list would mean "every key".
    /// </summary>
    public static IReadOnlyList<string> PropertyKeys(StepSpec spec)
    {
        var keys = Strings(spec with { Arguments = [.. spec.Arguments.Where(argument => argument is not null)] });
        return keys.Count == 0 && spec.Arguments.Count > 0 ? [""] : keys;
    }

    public static long Long(StepSpec spec, int position)
    {
        var value = position < spec.Arguments.Count ? spec.Arguments[position] : null;
        return value switch
        {
            int i => i,
            long l => l,
            short s => s,
            sbyte b => b,
            byte b => b,
            BigInteger big when big >= long.MinValue && big <= long.MaxValue => (long)big,
            _ => throw Reject(spec.Name, position, "a Long", value),
        };
    }

    public static bool TryGet<T>(StepSpec spec, int position, [NotNullWhen(true)] out T? value)
    {
        if (position < spec.Arguments.Count && spec.Arguments[position] is T typed)
        {
            value = typed;
            return true;
        }
        value = default;
        return false;
    }

    public static object? At(StepSpec spec, int position) => position < spec.Arguments.Count ? spec.Arguments[position] : null;
}
