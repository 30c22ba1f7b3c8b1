using System.Collections;
using System.Text.RegularExpressions;
using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Values;

/// <summary>
/// Evaluates P and TextP with TinkerPop's ternary logic: true, false, or null for ERROR (comparing
/// incomparable values). Filters keep only true; not() of ERROR stays ERROR.
/// </summary>
internal static class Predicates
{
    public static bool Test(P predicate, object? value) => Evaluate(predicate, value) == true;

    public static bool? Evaluate(P predicate, object? value)
    {
        switch (predicate.Operator)
        {
            case "eq": return GremlinValues.Equal(value, predicate.Value);
            case "neq": return !GremlinValues.Equal(value, predicate.Value);
            case "lt": return CompareWith(value, predicate.Value, c => c < 0);
            case "lte": return CompareWith(value, predicate.Value, c => c <= 0);
            case "gt": return CompareWith(value, predicate.Value, c => c > 0);
            case "gte": return CompareWith(value, predicate.Value, c => c >= 0);
            case "within":
                foreach (var item in Items(predicate.Value))
                    if (GremlinValues.Equal(value, item)) return true;
                return false;
            case "without":
                foreach (var item in Items(predicate.Value))
                    if (GremlinValues.Equal(value, item)) return false;
                return true;
            case "between":
            {
                var (low, high) = Pair(predicate);
                return And(CompareWith(value, low, c => c >= 0), CompareWith(value, high, c => c < 0));
            }
            case "inside":
            {
                var (low, high) = Pair(predicate);
                return And(CompareWith(value, low, c => c > 0), CompareWith(value, high, c => c < 0));
            }
            case "outside":
            {
                var (low, high) = Pair(predicate);
                return Or(CompareWith(value, low, c => c < 0), CompareWith(value, high, c => c > 0));
            }
            case "not":
            {
                var inner = Evaluate((P)predicate.Value!, value);
                return inner is null ? null : !inner.Value;
            }
            case "and": return And(Evaluate((P)predicate.Value!, value), Evaluate(predicate.Other!, value));
            case "or": return Or(Evaluate((P)predicate.Value!, value), Evaluate(predicate.Other!, value));
            case "typeOf": return TypeTest.Is(value, predicate.Value);
            case "containing": return Text(value, predicate, (s, p) => s.Contains(p, StringComparison.Ordinal));
            case "notContaining": return Text(value, predicate, (s, p) => !s.Contains(p, StringComparison.Ordinal));
            case "startingWith": return Text(value, predicate, (s, p) => s.StartsWith(p, StringComparison.Ordinal));
            case "notStartingWith": return Text(value, predicate, (s, p) => !s.StartsWith(p, StringComparison.Ordinal));
            case "endingWith": return Text(value, predicate, (s, p) => s.EndsWith(p, StringComparison.Ordinal));
            case "notEndingWith": return Text(value, predicate, (s, p) => !s.EndsWith(p, StringComparison.Ordinal));
            case "regex": return Text(value, predicate, (s, p) => Regex.IsMatch(s, p, RegexOptions.None, TimeSpan.FromSeconds(1)));
            case "notRegex": return Text(value, predicate, (s, p) => !Regex.IsMatch(s, p, RegexOptions.None, TimeSpan.FromSeconds(1)));
            default:
                throw new GremlinRequestException($"The predicate {predicate.Operator}() is not supported; use eq, neq, lt, lte, gt, gte, between, inside, outside, within, without, not, and, or, typeOf or a TextP.");
        }
    }

    private static bool? Text(object? value, P predicate, Func<string, string, bool> test)
    {
        if (value is not string text || predicate.Value is not string pattern) return null;
        return test(text, pattern);
    }

    private static bool? CompareWith(object? value, object? other, Func<int, bool> test)
    {
        if (value is null || other is null) return value is null && other is null ? test(0) : null;
        var result = GremlinValues.Compare(value, other);
        return result is null ? null : test(result.Value);
    }

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    private static (object? Low, object? High) Pair(P predicate)
    {
        var items = Items(predicate.Value).ToList();
        if (items.Count != 2)
            throw new GremlinRequestException($"P.{predicate.Operator}() takes two values (low, high), but was given {items.Count}.");
        return (items[0], items[1]);
    }

    public static IEnumerable<object?> Items(object? value) => value switch
    {
        string => [value],
        IEnumerable list => list.Cast<object?>(),
        _ => [value],
    };
}
