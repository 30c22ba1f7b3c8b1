namespace GremlinQuad.Gremlin;

/// <summary>The traversal ran past its evaluation timeout and was stopped; its transaction is rolled back.</summary>
public sealed class TraversalTimeoutException : Exception
{
    public TraversalTimeoutException()
        : base("The traversal exceeded its evaluation timeout and was stopped.")
    {
    }

    public TraversalTimeoutException(string message)
        : base(message)
    {
    }

    public TraversalTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TraversalTimeoutException(TimeSpan timeout)
        : base($"The traversal exceeded its evaluation timeout of {(long)timeout.TotalMilliseconds} ms and was stopped; "
            + "raise evaluationTimeout or make the traversal more selective.")
    {
        Timeout = timeout;
    }

    /// <summary>The limit that was reached, when known.</summary>
    public TimeSpan? Timeout { get; }
}
