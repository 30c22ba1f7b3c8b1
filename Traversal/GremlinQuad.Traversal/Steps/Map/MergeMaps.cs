using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// The map checks mergeV()/mergeE() share, with TinkerPop's wording (MergeStep.validate,
/// ElementHelper.validateProperty/validateLabel) because clients and the conformance suite match on it.
/// A failed check is a GremlinRequestException: the request's arguments are at fault (499), not the server.
/// </summary>
internal static class MergeMaps
{
    /// <summary>
    /// The merge argument and option(onCreate) map: keys are Strings or the step's tokens (T.id, T.label,
    /// and for mergeE Direction.OUT/IN), no value is null, labels are visible Strings.
    /// </summary>
    public static void ValidateCreateMap(string step, GremlinMap? map)
    {
        if (map is null) return;
        foreach (var (key, value) in map)
        {
            if (value is null)
                throw new GremlinRequestException($"{step}() does not allow null Map values - check: {KeyText(key)}");
            switch (key)
            {
                case string name:
                    ValidatePropertyKey(name);
                    break;
                case T.id:
                    break;
                case T.label:
                    if (value is not string label)
                        throw new GremlinRequestException($"{step}() and option(onCreate) args expect T.label value to be of String - found: {Args.Describe(value)}");
                    ValidateLabel(label);
                    break;
                case Direction.OUT when step == "mergeE":
                    if (value is Merge token && token != Merge.outV)
                        throw new GremlinRequestException($"Only Merge.outV token may be used for Direction.OUT, found: {token}");
                    break;
                case Direction.IN when step == "mergeE":
                    if (value is Merge other && other != Merge.inV)
                        throw new GremlinRequestException($"Only Merge.inV token may be used for Direction.IN, found: {other}");
                    break;
                default:
                    var allowed = step == "mergeE" ? "[T.id, T.label, Direction.IN, Direction.OUT]" : "[T.id, T.label]";
                    throw new GremlinRequestException($"{step}() and option(onCreate) args expect keys in Map to be either String or {allowed} - check: {KeyText(key)}");
            }
        }
    }

    /// <summary>option(onMatch) maps only change properties: every key is a visible String.</summary>
    public static void ValidateMatchMap(string step, GremlinMap? map)
    {
        if (map is null) return;
        foreach (var (key, value) in map)
        {
            if (value is null)
                throw new GremlinRequestException($"{step}() does not allow null Map values - check: {KeyText(key)}");
            if (key is not string name)
                throw new GremlinRequestException($"option(onMatch) expects keys in Map to be of String - check: {KeyText(key)}");
            ValidatePropertyKey(name);
        }
    }

    public static void ValidatePropertyKey(string key)
    {
        if (key.Length == 0) throw new GremlinRequestException("Property key can not be empty");
        if (key[0] == '~') throw new GremlinRequestException($"Property key can not be a hidden key: {key}");
    }

    public static void ValidateLabel(string label)
    {
        if (label.Length == 0) throw new GremlinRequestException("Label can not be empty");
        if (label[0] == '~') throw new GremlinRequestException($"Label can not be a hidden key: {label}");
    }

    /// <summary>option(onCreate) may add to the merge map but not change what it says about id, label, ends or properties.</summary>
    public static void ValidateNoOverrides(GremlinMap merge, GremlinMap onCreate)
    {
        foreach (var (key, value) in onCreate)
        {
            if (merge.TryGetValue(key, out var existing) && !SameValue(existing, value))
                throw new GremlinRequestException($"option(onCreate) cannot override values from merge() argument: ({KeyText(key)}, {PlanText.Argument(value)})");
        }
    }

    /// <summary>onCreate inherits every merge entry; entries of both maps are known to agree.</summary>
    public static GremlinMap Combine(GremlinMap merge, GremlinMap onCreate)
    {
        var combined = new GremlinMap();
        foreach (var (key, value) in onCreate) combined[key] = value;
        foreach (var (key, value) in merge) combined[key] = value;
        return combined;
    }

    private static bool SameValue(object? a, object? b) => a switch
    {
        Merge or Direction or T => Equals(a, b),
        _ => GremlinValues.Equal(a, b),
    };

    public static string KeyText(object? key) => key switch
    {
        null => "null",
        string text => text,
        T token => token.ToString(),
        Direction direction => direction.ToString(),
        _ => PlanText.Argument(key),
    };
}
