using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using GremlinQuad.Gremlin.Structure;
using GremlinPath = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>
/// Compares an expected value with a result the way TinkerPop's Java feature runner does: numbers must have
/// the same type and value (<c>d[1].i</c> never equals a long 1), finite doubles may differ by rounding
/// (1e-15), NaN equals NaN, elements compare by kind and id, paths by their objects only (labels ignored),
/// maps and sets without regard to order, lists in order. <see cref="ValueComparison.JavaScriptClient"/>
/// relaxes exactly what that client cannot tell apart (see <see cref="ValueComparison"/>).
/// </summary>
public static class ResultComparer
{
    private const double DoubleTolerance = 1e-15;

    public static bool AreEqual(object? expected, object? actual) => AreEqual(expected, actual, ValueComparison.Exact);

    public static bool AreEqual(object? expected, object? actual, ValueComparison comparison)
    {
        if (expected is null || actual is null)
            return expected is null && actual is null;
        if (comparison == ValueComparison.JavaScriptClient && LooselyEqual(expected, actual) is { } loose)
            return loose;

        switch (expected)
        {
            case double e:
                return actual is double actualDouble && DoublesEqual(e, actualDouble);
            case float e:
                return actual is float actualFloat && (e.Equals(actualFloat) || (float.IsFinite(e) && Math.Abs(e - actualFloat) <= DoubleTolerance));
            case sbyte or short or int or long or BigInteger or decimal or string or bool or char or Guid or TimeSpan:
                return expected.GetType() == actual.GetType() && expected.Equals(actual);
            case DateTimeOffset e:
                return actual is DateTimeOffset actualDate && e.UtcDateTime == actualDate.UtcDateTime;
            case Element e:
                return actual is Element actualElement && e.GetType() == actualElement.GetType() && AreEqual(e.Id, actualElement.Id, comparison);
            case Property e:
                return actual is Property actualProperty && e.Key == actualProperty.Key && AreEqual(e.Value, actualProperty.Value, comparison);
            case GremlinPath e:
                return actual is GremlinPath actualPath && SequenceEqual(e.Objects, actualPath.Objects, comparison);
            case Tree e:
                return actual is Tree actualTree && TreesEqual(e, actualTree, comparison);
            case Enum e:
                return actual.GetType() == e.GetType() && actual.Equals(e);
        }

        if (IsMap(expected, out var expectedEntries))
            return IsMap(actual, out var actualEntries) && MapsEqual(expectedEntries, actualEntries, comparison);
        if (IsSet(expected))
            return IsSet(actual) && UnorderedEqual(Items(expected), Items(actual), comparison);
        if (expected is IList expectedList)
            return actual is IList actualList && !IsSet(actual) && actual is not GremlinPath && SequenceEqual(Items(expectedList), Items(actualList), comparison);
        return expected.Equals(actual);
    }

    /// <summary>Same items in the same order.</summary>
    public static bool SequenceEqual(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual) =>
        SequenceEqual(expected, actual, ValueComparison.Exact);

    public static bool SequenceEqual(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual, ValueComparison comparison)
    {
        if (expected.Count != actual.Count)
            return false;
        for (var i = 0; i < expected.Count; i++)
        {
            if (!AreEqual(expected[i], actual[i], comparison))
                return false;
        }

        return true;
    }

    /// <summary>Same multiset of items: each expected item consumes one equal actual item.</summary>
    public static bool UnorderedEqual(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual) =>
        UnorderedEqual(expected, actual, ValueComparison.Exact);

    public static bool UnorderedEqual(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual, ValueComparison comparison) =>
        expected.Count == actual.Count && Unmatched(expected, actual, comparison).Count == 0;

    /// <summary>The expected items that found no equal actual item (each actual item is used once).</summary>
    public static List<object?> Unmatched(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual) =>
        Unmatched(expected, actual, ValueComparison.Exact);

    public static List<object?> Unmatched(IReadOnlyList<object?> expected, IReadOnlyList<object?> actual, ValueComparison comparison)
    {
        var used = new bool[actual.Count];
        var missing = new List<object?>();
        foreach (var item in expected)
        {
            var found = false;
            for (var i = 0; i < actual.Count && !found; i++)
            {
                if (!used[i] && AreEqual(item, actual[i], comparison))
                {
                    used[i] = true;
                    found = true;
                }
            }

            if (!found)
                missing.Add(item);
        }

        return missing;
    }

    /// <summary>A short notation-like rendering for failure messages: <c>d[1].i</c>, <c>v[1]</c>, <c>l[…]</c>, <c>m[{…}]</c>.</summary>
    public static string Describe(object? value)
    {
        var builder = new StringBuilder();
        Describe(value, builder, 0);
        return builder.ToString();
    }

    internal static bool IsMap(object value, out List<KeyValuePair<object?, object?>> entries)
    {
        switch (value)
        {
            case GremlinMap map:
                entries = [.. map];
                return true;
            case IDictionary dictionary:
                entries = [];
                foreach (DictionaryEntry entry in dictionary)
                    entries.Add(new(entry.Key, entry.Value));
                return true;
            case IEnumerable<KeyValuePair<object?, object?>> pairs:
                entries = [.. pairs];
                return true;
            default:
                entries = [];
                return false;
        }
    }

    internal static bool IsSet(object value) => value is GremlinSet || value is IReadOnlySet<object?> || value is ISet<object?>;

    internal static List<object?> Items(object value) => value switch
    {
        GremlinPath path => [.. path.Objects],
        IEnumerable enumerable => [.. enumerable.Cast<object?>()],
        _ => [value],
    };

    /// <summary>
    /// The JavaScript client's losses, as <see cref="ValueComparison.JavaScriptClient"/> documents them; null
    /// when the pair is not one of them and the exact rules decide.
    /// </summary>
    private static bool? LooselyEqual(object expected, object actual)
    {
        if (IsNumber(expected) && IsNumber(actual))
            return NumbersEqualByValue(expected, actual);
        if (expected is Guid uuid && actual is string uuidText)
            return Guid.TryParse(uuidText, out var parsed) && parsed == uuid;
        if (expected is Enum token && actual is string tokenText)
            return token.ToString() == tokenText;
        return null;
    }

    private static bool IsNumber(object value) => value is sbyte or byte or short or int or long or BigInteger or decimal or float or double;

    private static bool NumbersEqualByValue(object expected, object actual)
    {
        // A float was rounded to single precision by the server: compare at that precision.
        if (expected is float f)
            return f.Equals(Convert.ToSingle(actual, CultureInfo.InvariantCulture));
        if (IsIntegral(expected) && IsIntegral(actual))
            return ToBigInteger(expected) == ToBigInteger(actual);
        var e = expected is BigInteger be ? (double)be : Convert.ToDouble(expected, CultureInfo.InvariantCulture);
        var a = actual is BigInteger ba ? (double)ba : Convert.ToDouble(actual, CultureInfo.InvariantCulture);
        return DoublesEqual(e, a);
    }

    private static bool IsIntegral(object value) => value is sbyte or byte or short or int or long or BigInteger;

    private static BigInteger ToBigInteger(object value) =>
        value is BigInteger big ? big : new BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture));

    private static bool DoublesEqual(double expected, double actual)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
            return expected.Equals(actual);
        return Math.Abs(expected - actual) <= DoubleTolerance || expected.Equals(actual);
    }

    private static bool MapsEqual(List<KeyValuePair<object?, object?>> expected, List<KeyValuePair<object?, object?>> actual, ValueComparison comparison)
    {
        if (expected.Count != actual.Count)
            return false;
        var used = new bool[actual.Count];
        foreach (var (key, value) in expected)
        {
            var found = false;
            for (var i = 0; i < actual.Count && !found; i++)
            {
                if (!used[i] && AreEqual(key, actual[i].Key, comparison) && AreEqual(value, actual[i].Value, comparison))
                {
                    used[i] = true;
                    found = true;
                }
            }

            if (!found)
                return false;
        }

        return true;
    }

    private static bool TreesEqual(Tree expected, Tree actual, ValueComparison comparison)
    {
        if (expected.Count != actual.Count)
            return false;
        foreach (var (key, subtree) in expected)
        {
            var match = actual.FirstOrDefault(pair => AreEqual(key, pair.Key, comparison));
            if (match.Value is null || !AreEqual(key, match.Key, comparison) || !TreesEqual(subtree, match.Value, comparison))
                return false;
        }

        return true;
    }

    private static void Describe(object? value, StringBuilder builder, int depth)
    {
        if (depth > 6)
        {
            builder.Append('…');
            return;
        }

        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append('"').Append(s).Append('"');
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case sbyte or short or int or long or BigInteger or decimal or float or double:
                builder.Append("d[").Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append("].").Append(NumberSuffix(value));
                return;
            case DateTimeOffset dt:
                builder.Append("dt[").Append(dt.ToString("O", CultureInfo.InvariantCulture)).Append(']');
                return;
            case Guid g:
                builder.Append("uuid[").Append(g).Append(']');
                return;
            case Vertex v:
                builder.Append("v[").Append(Describe(v.Id)).Append(']');
                return;
            case Edge e:
                builder.Append("e[").Append(Describe(e.Id)).Append("][").Append(Describe(e.OutV.Id)).Append('-').Append(e.Label)
                    .Append("->").Append(Describe(e.InV.Id)).Append(']');
                return;
            case VertexProperty vp:
                builder.Append("vp[").Append(Describe(vp.Id)).Append("][").Append(vp.Key).Append("->").Append(Describe(vp.Value)).Append(']');
                return;
            case Property p:
                builder.Append("p[").Append(p.Key).Append("->").Append(Describe(p.Value)).Append(']');
                return;
            case Enum token:
                builder.Append(token.GetType().Name).Append('.').Append(token);
                return;
            case Tree tree:
                builder.Append("tree{");
                AppendEntries(tree.Select(kv => new KeyValuePair<object?, object?>(kv.Key, kv.Value)), builder, depth);
                builder.Append('}');
                return;
            case GremlinPath path:
                builder.Append("p[");
                AppendItems(path.Objects, builder, depth);
                builder.Append(']');
                return;
        }

        if (IsMap(value, out var entries))
        {
            builder.Append("m[{");
            AppendEntries(entries, builder, depth);
            builder.Append("}]");
        }
        else if (IsSet(value))
        {
            builder.Append("s[");
            AppendItems(Items(value), builder, depth);
            builder.Append(']');
        }
        else if (value is IList list)
        {
            builder.Append("l[");
            AppendItems(Items(list), builder, depth);
            builder.Append(']');
        }
        else
        {
            builder.Append(value.GetType().Name).Append('(').Append(value).Append(')');
        }
    }

    private static void AppendItems(IEnumerable<object?> items, StringBuilder builder, int depth)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
                builder.Append(',');
            first = false;
            Describe(item, builder, depth + 1);
        }
    }

    private static void AppendEntries(IEnumerable<KeyValuePair<object?, object?>> entries, StringBuilder builder, int depth)
    {
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!first)
                builder.Append(", ");
            first = false;
            Describe(key, builder, depth + 1);
            builder.Append(':');
            Describe(value, builder, depth + 1);
        }
    }

    private static string NumberSuffix(object number) => number switch
    {
        sbyte => "b",
        short => "s",
        int => "i",
        long => "l",
        BigInteger => "n",
        decimal => "m",
        float => "f",
        _ => "d",
    };
}
