using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// The list functions, which work on the list each traverser holds (local by nature): combine (A then
/// B, as a list), difference, disjunct, intersect and merge (sets, or map merge for maps), product
/// (every pair), conjoin (join as text). The argument is a list or a traversal whose first result is one.
/// Set membership follows Gremlin equivalence, as Java's HashSet does (1 and 1L differ).
/// </summary>
[GremlinStep("combine", "difference", "disjunct", "intersect", "merge", "product", "conjoin")]
internal sealed class ListFunctionStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var name = spec.Name;
        Args.Count(spec, 1, 1);
        var argument = spec.Arguments[0];
        if (name == "conjoin")
        {
            var delimiter = argument switch
            {
                null => throw new GremlinRequestException("Input delimiter to conjoin step can't be null."),
                string text => text,
                _ => throw Args.Reject("conjoin", 0, "a String delimiter", argument),
            };
            return new LambdaMapStep((t, c) => Conjoin(t.Value, c, delimiter));
        }

        var child = argument is TraversalPlan plan ? compiler.Child(plan) : null;
        return new LambdaMapStep((t, c) =>
        {
            if (name == "merge" && t.Value is GremlinMap map)
                return MergeMaps(map, child is null ? argument : First(child, t, c));
            var left = Incoming(name, t.Value);
            if (child is null && name == "merge" && argument is GremlinMap)
                throw new GremlinExecutionException("merge step type mismatch: expected argument to be Iterable but got Map");
            var right = child is null ? FromArgument(name, argument) : FromTraversal(name, First(child, t, c));
            return Apply(name, left, right);
        });
    }

    private static object Apply(string name, List<object?> left, List<object?> right)
    {
        switch (name)
        {
            case "combine":
                return new List<object?>([.. left, .. right]);
            case "difference":
            {
                var exclude = new GremlinSet(right);
                var result = new GremlinSet();
                foreach (var item in left)
                    if (!exclude.Contains(item)) result.Add(item);
                return result;
            }
            case "disjunct":
            {
                var a = new GremlinSet(left);
                var b = new GremlinSet(right);
                var result = new GremlinSet();
                foreach (var item in a)
                    if (!b.Contains(item)) result.Add(item);
                foreach (var item in b)
                    if (!a.Contains(item)) result.Add(item);
                return result;
            }
            case "intersect":
            {
                var b = new GremlinSet(right);
                var result = new GremlinSet();
                foreach (var item in left)
                    if (b.Contains(item)) result.Add(item);
                return result;
            }
            case "merge":
                return new GremlinSet([.. left, .. right]);
            default:
            {
                var pairs = new List<object?>(left.Count * right.Count);
                foreach (var a in left)
                    foreach (var b in right)
                        pairs.Add(new List<object?> { a, b });
                return pairs;
            }
        }
    }

    /// <summary>merge() of two maps: the incoming entries, then the argument's (which win on equal keys).</summary>
    private static GremlinMap MergeMaps(GremlinMap map, object? other)
    {
        if (other is not GremlinMap otherMap)
            throw new GremlinExecutionException($"merge step expected provided argument to evaluate to a Map, encountered {ValueText.JavaTypeName(other)}");
        var merged = new GremlinMap(map);
        foreach (var (key, value) in otherMap) merged[key] = value;
        return merged;
    }

    /// <summary>conjoin(delimiter): members as text joined by the delimiter; nulls are skipped, only nulls give null.</summary>
    private static string? Conjoin(object? value, ExecutionContext context, string delimiter)
    {
        var items = Incoming("conjoin", value);
        if (items.Count == 0) return "";
        var parts = items.Where(item => item is not null).Select(item => ValueText.Of(context, item)).ToList();
        return parts.Count == 0 ? null : string.Join(delimiter, parts);
    }

    private static object? First(Steps.CompiledTraversal child, Traverser traverser, ExecutionContext context) =>
        child.TryFirst(traverser, context, out var value)
            ? value
            : throw new GremlinExecutionException($"The provided traverser does not map to a value: {ValueText.Of(context, traverser.Value)}->{child}");

    private static List<object?> Incoming(string name, object? value)
    {
        if (value is null) throw new GremlinExecutionException($"Incoming traverser for {name} step can't be null.");
        return Iterables.AsList(value) ?? throw new GremlinExecutionException(
            $"{name} step can only take an array or an Iterable type for incoming traversers, encountered {ValueText.JavaTypeName(value)}; fold() the values into a list first.");
    }

    private static List<object?> FromArgument(string name, object? argument)
    {
        if (argument is null) throw new GremlinExecutionException($"Argument provided for {name} step can't be null.");
        return Iterables.AsList(argument) ?? throw new GremlinExecutionException(
            $"{name} step can only take an array or an Iterable as an argument, encountered {ValueText.JavaTypeName(argument)}.");
    }

    private static List<object?> FromTraversal(string name, object? result)
    {
        if (result is null) throw new GremlinExecutionException($"Provided traversal argument for {name} step must yield an iterable type, not null");
        return Iterables.AsList(result) ?? throw new GremlinExecutionException(
            $"Provided traversal argument for {name} step must yield an iterable type, encountered {ValueText.JavaTypeName(result)}; end the traversal with fold().");
    }
}
