using System.Collections;
using GremlinQuad.Conformance.Tests.Scenarios;
using GremlinQuad.Gremlin.Structure;
using GremlinPath = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>
/// Runs one <see cref="ConformanceScenario"/> against an <see cref="IScenarioExecutor"/> and judges the
/// result, following TinkerPop's reference (Java) runner: initializer, parameters resolved against the graph
/// as it is now, the traversal, then each assertion in order. The whole scenario has a time limit; a hang is
/// a failure, and the abandoned work runs on in the background on a graph no later scenario uses.
/// </summary>
public sealed class ScenarioRunner
{
    private readonly IScenarioExecutor _executor;
    private readonly TimeSpan _timeout;

    public ScenarioRunner(IScenarioExecutor executor, TimeSpan timeout)
    {
        _executor = executor;
        _timeout = timeout;
    }

    public ScenarioOutcome Run(ConformanceScenario scenario)
    {
        if (scenario.SkipReason is not null)
            return ScenarioOutcome.Skip(scenario.SkipReason);
        if (scenario.CompileError is not null)
            return ScenarioOutcome.Fail($"scenario not understood: {scenario.CompileError}");

        using var cancellation = new CancellationTokenSource();
        var work = Task.Factory.StartNew(
            () => RunUnbounded(scenario, cancellation.Token),
            cancellation.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        if (work.Wait(_timeout))
            return work.Result;

        cancellation.Cancel();
        // Give a cooperative engine a moment to stop, so the next scenario does not share the CPU with it.
        var stopped = work.Wait(TimeSpan.FromSeconds(1));
        var reason = $"timeout: no result within {_timeout.TotalSeconds:0} s";
        return ScenarioOutcome.Fail(reason, stopped
            ? $"{reason}; the traversal stopped when cancelled."
            : $"{reason}; the traversal did not stop within 1 s of cancellation and keeps running in the background.");
    }

    private ScenarioOutcome RunUnbounded(ConformanceScenario scenario, CancellationToken cancellationToken)
    {
        try
        {
            try
            {
                _executor.PrepareGraph(scenario.GraphName);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ScenarioSetupException($"preparing the {scenario.GraphName} graph failed: {e.GetType().Name}: {NotationResolver.FirstLine(e.Message)}", e);
            }

            if (scenario.Initializer is not null)
                Execute(scenario, scenario.Initializer, new Dictionary<string, object?>(), [], "graph initializer", cancellationToken);

            var resolver = new NotationResolver(_executor, scenario.GraphName, cancellationToken);
            var bindings = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in scenario.Parameters)
                bindings[name] = resolver.Resolve(value);
            var sideEffects = scenario.SideEffects.Select(s => new KeyValuePair<string, object?>(s.Key, resolver.Resolve(s.Value))).ToList();

            IReadOnlyList<object?>? results = null;
            Exception? error = null;
            try
            {
                results = _executor.Execute(scenario.GraphName, scenario.Traversal, bindings, sideEffects, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = e;
            }

            return Judge(scenario, resolver, bindings, results, error, cancellationToken);
        }
        catch (ScenarioSetupException e)
        {
            return ScenarioOutcome.Fail($"setup: {NotationResolver.FirstLine(e.Message)}", e.ToString());
        }
        catch (OperationCanceledException)
        {
            return ScenarioOutcome.Fail($"timeout: no result within {_timeout.TotalSeconds:0} s");
        }
    }

    private ScenarioOutcome Judge(
        ConformanceScenario scenario,
        NotationResolver resolver,
        Dictionary<string, object?> bindings,
        IReadOnlyList<object?>? results,
        Exception? error,
        CancellationToken cancellationToken)
    {
        var expectsError = scenario.Assertions.OfType<ErrorAssertion>().FirstOrDefault();
        if (expectsError is not null)
        {
            if (error is null)
                return ScenarioOutcome.Fail($"expected an error{ContainingText(expectsError)}, but the traversal returned {results!.Count} result(s)");
            if (!IsGremlinError(error))
                return Crash(error, "expected a Gremlin error, but the engine crashed");
            if (expectsError.MessageContains is { } text && !error.Message.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return ScenarioOutcome.Fail(
                    $"error message mismatch: expected text \"{text}\", got {error.GetType().Name}",
                    $"expected the error message to contain \"{text}\" (any case), but got {error.GetType().Name}: {error.Message}");
            }

            return ScenarioOutcome.Pass;
        }

        if (error is not null)
            return Crash(error, "the traversal failed");

        // "iterated next" takes the first result and then treats it as the reference runner's asList():
        // a map becomes its entries, a path or a collection its items, anything else a single value.
        object? first = null;
        if (scenario.Iteration == IterationMode.Next)
        {
            if (results!.Count == 0)
                return ScenarioOutcome.Fail("iterated next: the traversal returned no result");
            first = results[0];
        }

        var items = scenario.Iteration == IterationMode.Next ? Unroll(first) : results!.Select(EntryAsMap).ToList();
        foreach (var assertion in scenario.Assertions)
        {
            var failure = assertion switch
            {
                ResultTableAssertion table => CheckTable(table, resolver, items, _executor.Comparison),
                EmptyResultAssertion => items.Count == 0 ? null : ScenarioOutcome.Fail(
                    $"result mismatch: expected empty, got {items.Count}", $"expected no results, got {Preview(items)}"),
                ResultCountAssertion count => CheckCount(scenario, count, first, items),
                GraphCountAssertion graphCount => CheckGraphCount(scenario, graphCount, bindings, cancellationToken),
                SubgraphAssertion subgraph => ScenarioOutcome.Fail(
                    $"subgraph result not comparable: got {Describe(first)}",
                    $"the subgraph {subgraph.Part} assertion needs a Graph result type, which the object model does not define yet; got {Describe(first)}"),
                TreeAssertion tree => CheckTree(tree, resolver, first, _executor.Comparison),
                _ => null,
            };
            if (failure is not null)
                return failure;
        }

        return ScenarioOutcome.Pass;
    }

    private static ScenarioOutcome? CheckTable(ResultTableAssertion table, NotationResolver resolver, List<object?> actual, ValueComparison comparison)
    {
        var expected = table.Expected.Select(resolver.Resolve).ToList();
        switch (table.Match)
        {
            case TableMatch.Ordered:
                if (expected.Count != actual.Count)
                    return CountMismatch(expected, actual);
                for (var i = 0; i < expected.Count; i++)
                {
                    if (!ResultComparer.AreEqual(expected[i], actual[i], comparison))
                    {
                        return ScenarioOutcome.Fail(
                            $"result mismatch: ordered results differ",
                            $"at position {i} expected {ResultComparer.Describe(expected[i])}, got {ResultComparer.Describe(actual[i])}\nexpected {Preview(expected)}\nactual   {Preview(actual)}");
                    }
                }

                return null;
            case TableMatch.Unordered:
                if (expected.Count != actual.Count)
                    return CountMismatch(expected, actual);
                var missing = ResultComparer.Unmatched(expected, actual, comparison);
                return missing.Count == 0 ? null : ScenarioOutcome.Fail(
                    "result mismatch: unordered results differ",
                    $"missing {Preview(missing)}\nunexpected {Preview(ResultComparer.Unmatched(actual, expected, comparison))}\nexpected {Preview(expected)}\nactual   {Preview(actual)}");
            default:
                var stranger = actual.FirstOrDefault(a => !expected.Any(e => ResultComparer.AreEqual(e, a, comparison)));
                var hasStranger = actual.Any(a => !expected.Any(e => ResultComparer.AreEqual(e, a, comparison)));
                return !hasStranger ? null : ScenarioOutcome.Fail(
                    "result mismatch: a result is not one of the allowed values",
                    $"{ResultComparer.Describe(stranger)} is not one of {Preview(expected)}; actual {Preview(actual)}");
        }
    }

    private static ScenarioOutcome? CheckCount(ConformanceScenario scenario, ResultCountAssertion count, object? first, List<object?> items)
    {
        // The reference runner counts an iterated-next result only when it is a collection or a map.
        long actual;
        if (scenario.Iteration == IterationMode.Next)
        {
            if (first is Tree tree)
                actual = tree.Count;
            else if (first is not null && (ResultComparer.IsMap(first, out _) || first is IEnumerable and not string))
                actual = items.Count;
            else
                return ScenarioOutcome.Fail($"result mismatch: expected a collection or map to count, got {TypeName(first)}");
        }
        else
        {
            actual = items.Count;
        }

        return actual == count.Count ? null : ScenarioOutcome.Fail(
            $"result mismatch: expected count {count.Count}, got {actual}",
            $"expected {count.Count} results, got {actual}: {Preview(items)}");
    }

    private ScenarioOutcome? CheckGraphCount(
        ConformanceScenario scenario,
        GraphCountAssertion assertion,
        Dictionary<string, object?> bindings,
        CancellationToken cancellationToken)
    {
        // As the reference runner does: append count() to the check traversal.
        IReadOnlyList<object?> counted;
        try
        {
            counted = Execute(scenario, assertion.Traversal.TrimEnd() + ".count()", bindings, [], "graph count check", cancellationToken);
        }
        catch (ScenarioSetupException e)
        {
            return ScenarioOutcome.Fail($"graph count check failed: {NotationResolver.FirstLine(e.Message)}", e.ToString());
        }

        if (counted.Count != 1 || counted[0] is not long actual)
        {
            return ScenarioOutcome.Fail(
                "graph count check: count() did not return one long",
                $"{assertion.Traversal}.count() returned {Preview(counted)}");
        }

        return actual == assertion.Count ? null : ScenarioOutcome.Fail(
            $"graph count mismatch: expected {assertion.Count}, got {actual}",
            $"{assertion.Traversal} should return {assertion.Count} results after the traversal, but returned {actual}");
    }

    private static ScenarioOutcome? CheckTree(TreeAssertion assertion, NotationResolver resolver, object? actual, ValueComparison comparison)
    {
        if (actual is not Tree tree)
            return ScenarioOutcome.Fail($"result mismatch: expected a Tree, got {TypeName(actual)}");
        var expected = BuildTree(assertion.Roots, resolver);
        return ResultComparer.AreEqual(expected, tree, comparison) ? null : ScenarioOutcome.Fail(
            "result mismatch: tree differs",
            $"expected {ResultComparer.Describe(expected)}\nactual   {ResultComparer.Describe(tree)}");
    }

    private static Tree BuildTree(IReadOnlyList<TreeNode> nodes, NotationResolver resolver)
    {
        var tree = new Tree();
        foreach (var node in nodes)
            tree.GetOrAdd(resolver.Resolve(node.Value)).Merge(BuildTree(node.Children, resolver));
        return tree;
    }

    private IReadOnlyList<object?> Execute(
        ConformanceScenario scenario,
        string text,
        IReadOnlyDictionary<string, object?> bindings,
        IReadOnlyList<KeyValuePair<string, object?>> sideEffects,
        string purpose,
        CancellationToken cancellationToken)
    {
        try
        {
            return _executor.Execute(scenario.GraphName, text, bindings, sideEffects, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ScenarioSetupException($"{purpose} failed: {e.GetType().Name}: {NotationResolver.FirstLine(e.Message)}", e);
        }
    }

    /// <summary>The reference runner's <c>IteratorUtils.asList</c> on a single next() result.</summary>
    private static List<object?> Unroll(object? value)
    {
        if (value is null or string or Tree)
            return [value];
        if (value is GremlinPath path)
            return [.. path.Objects];
        if (ResultComparer.IsMap(value, out var entries))
            return [.. entries.Select(e => (object?)SingleEntryMap(e))];
        if (value is IEnumerable)
            return ResultComparer.Items(value);
        return [value];
    }

    /// <summary>A map entry in a result list is compared as a one-entry map, as the reference runner does.</summary>
    private static object? EntryAsMap(object? value) =>
        value is KeyValuePair<object?, object?> entry ? SingleEntryMap(entry) : value;

    private static GremlinMap SingleEntryMap(KeyValuePair<object?, object?> entry) => new([entry]);

    private static bool IsGremlinError(Exception error) =>
        error.GetType().Namespace?.StartsWith("GremlinQuad", StringComparison.Ordinal) == true;

    private static ScenarioOutcome Crash(Exception error, string context) =>
        ScenarioOutcome.Fail($"{error.GetType().Name}: {Shorten(NotationResolver.FirstLine(error.Message))}", $"{context}: {error}");

    private static ScenarioOutcome CountMismatch(List<object?> expected, List<object?> actual) =>
        ScenarioOutcome.Fail(
            $"result mismatch: expected {expected.Count}, got {actual.Count}",
            $"expected {Preview(expected)}\nactual   {Preview(actual)}");

    private static string ContainingText(ErrorAssertion assertion) =>
        assertion.MessageContains is null ? string.Empty : $" containing \"{assertion.MessageContains}\"";

    private static string Preview(IEnumerable<object?> items)
    {
        var list = items.Take(21).Select(ResultComparer.Describe).ToList();
        var text = "[" + string.Join(", ", list.Take(20)) + (list.Count > 20 ? ", …" : string.Empty) + "]";
        return text.Length > 2000 ? text[..2000] + "…" : text;
    }

    private static string Describe(object? value) => value is null ? "null" : TypeName(value);

    private static string TypeName(object? value) => value?.GetType().Name ?? "null";

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
