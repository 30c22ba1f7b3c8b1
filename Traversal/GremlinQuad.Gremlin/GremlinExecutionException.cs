namespace GremlinQuad.Gremlin;

/// <summary>
/// A traversal failed while running (a type error, <c>fail()</c>, a mutation conflict). Scenario checks
/// look for TinkerPop's wording inside <see cref="Exception.Message"/>, so keep it.
/// </summary>
public sealed class GremlinExecutionException : Exception
{
    public GremlinExecutionException()
        : base("The traversal failed.")
    {
    }

    public GremlinExecutionException(string message)
        : base(message)
    {
    }

    public GremlinExecutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
