namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>
/// Runs traversal texts for the scenario runner. The in-process runner uses <see cref="InProcessExecutor"/>;
/// an over-the-wire runner implements the same interface with a client, and reuses the Gherkin reader, the
/// notation resolver, the comparer and the reporting unchanged. Values crossing this interface are the
/// Gremlin object model's .NET values (GremlinQuad.Gremlin.Structure).
/// </summary>
public interface IScenarioExecutor
{
    /// <summary>
    /// Called before each scenario. For <c>empty</c> the executor starts from a graph with no elements;
    /// the other graphs are read-only and shared, so this may only make sure they are loaded.
    /// </summary>
    void PrepareGraph(string graphName);

    /// <summary>How results must match: exactly, unless the executor's client cannot preserve some types.</summary>
    ValueComparison Comparison => ValueComparison.Exact;

    /// <summary>Runs one traversal on the named graph and returns all its results (bulk unrolled).</summary>
    /// <param name="graphName">modern, crew, grateful, sink, classic or empty.</param>
    /// <param name="traversalText">The traversal in gremlin-lang, as written in the feature file.</param>
    /// <param name="bindings">Parameter values by name, used by bare identifiers in the text.</param>
    /// <param name="sideEffects">Added as <c>withSideEffect(name, value)</c> source instructions, in order.</param>
    /// <param name="cancellationToken">Cancelled when the scenario's time limit is reached.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled (the runner's time limit).</exception>
    IReadOnlyList<object?> Execute(
        string graphName,
        string traversalText,
        IReadOnlyDictionary<string, object?> bindings,
        IReadOnlyList<KeyValuePair<string, object?>> sideEffects,
        CancellationToken cancellationToken);
}
