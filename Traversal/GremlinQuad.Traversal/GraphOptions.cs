using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal;

/// <summary>How a <see cref="GremlinGraph"/> behaves.</summary>
public sealed record GraphOptions
{
    /// <summary>Reject every mutating traversal (ReadOnlyStrategy for all requests).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// The cardinality of property(k, v) without an explicit one: single, as TinkerGraph; Neptune uses set.
    /// </summary>
    public Cardinality DefaultCardinality { get; init; } = Cardinality.single;

    /// <summary>Return vertices and edges with their properties (as Gremlin Server 3.7+ does by default).</summary>
    public bool MaterializeProperties { get; init; } = true;

    /// <summary>
    /// How io(file).read() opens a file: the host decides what a file name means (the engine never
    /// touches the file system). Null disables io().
    /// </summary>
    public Func<string, Stream>? OpenFile { get; init; }

    /// <summary>Optional limit on one Execute call; exceeded traversals fail with TraversalTimeoutException.</summary>
    public TimeSpan? EvaluationTimeout { get; init; }
}
