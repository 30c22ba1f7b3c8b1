using System.Collections;
using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies;

/// <summary>
/// Typed reads of a withStrategies() configuration (<c>new PartitionStrategy(partitionKey: "_p", ...)</c>):
/// each wrong or missing value fails naming the strategy, the key and what was expected.
/// </summary>
internal static class StrategyConfiguration
{
    public static bool TryGet(StrategyContext context, string name, out TraversalStrategyValue strategy) =>
        context.Added.TryGetValue(name, out strategy!);

    /// <summary>A traversal option (<c>vertices: __.has('name', 'josh')</c>) as an anonymous plan; null when absent.</summary>
    public static TraversalPlan? Traversal(TraversalStrategyValue strategy, string key) =>
        strategy.Configuration.TryGetValue(key, out var value) && value is not null
            ? PlanBuilder.Convert(value) as TraversalPlan ?? throw Wrong(strategy, key, "a traversal such as __.has('name', 'marko')", value)
            : null;

    public static bool Bool(TraversalStrategyValue strategy, string key, bool fallback) =>
        !strategy.Configuration.TryGetValue(key, out var value) || value is null
            ? fallback
            : value as bool? ?? throw Wrong(strategy, key, "true or false", value);

    public static string? String(TraversalStrategyValue strategy, string key) =>
        !strategy.Configuration.TryGetValue(key, out var value) || value is null
            ? null
            : value as string ?? throw Wrong(strategy, key, "a String", value);

    public static string RequiredString(TraversalStrategyValue strategy, string key) =>
        String(strategy, key) ?? throw new GremlinRequestException($"{strategy.Name} needs the option {key}: give it as new {strategy.Name}({key}: '...').");

    /// <summary>A collection option (a list or set of strings); a single string counts as a list of one.</summary>
    public static List<string> Strings(TraversalStrategyValue strategy, string key)
    {
        if (!strategy.Configuration.TryGetValue(key, out var value) || value is null) return [];
        if (value is string single) return [single];
        if (value is not IEnumerable items) throw Wrong(strategy, key, "a list of Strings", value);
        var list = new List<string>();
        foreach (var item in items) list.Add(item as string ?? throw Wrong(strategy, key, "a list of Strings", value));
        return list;
    }

    private static GremlinRequestException Wrong(TraversalStrategyValue strategy, string key, string expected, object? value) =>
        new($"{strategy.Name}: the option {key} must be {expected}, but was {Steps.Args.Describe(value)}.");
}
