namespace GremlinQuad.Gremlin;

/// <summary>
/// The request is well-formed but cannot be run as asked: a bad argument, an unknown or unsupported step,
/// an unbound parameter. The message names the step, the argument and the value, and suggests a fix.
/// </summary>
public sealed class GremlinRequestException : Exception
{
    public GremlinRequestException()
        : base("The request is invalid.")
    {
    }

    public GremlinRequestException(string message)
        : base(message)
    {
    }

    public GremlinRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
