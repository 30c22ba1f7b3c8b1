namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary>A notation value that starts like one of the §5 forms but is malformed (e.g. <c>d[x].q</c>).</summary>
public sealed class NotationFormatException : Exception
{
    public NotationFormatException()
    {
    }

    public NotationFormatException(string message) : base(message)
    {
    }

    public NotationFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
