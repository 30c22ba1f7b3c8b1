namespace GremlinQuad.Conformance.Tests.Wire;

/// <summary>
/// The server answered a request with an error status (or the client could not decode its answer: status
/// <see cref="ClientDecodeFailure"/>). Its message is what the JavaScript client reported.
/// </summary>
public sealed class WireRequestException : Exception
{
    /// <summary>The runner's status for a frame the JavaScript client could not decode.</summary>
    public const int ClientDecodeFailure = 600;

    public WireRequestException(int status, string message)
        : base(message)
    {
        Status = status;
    }

    public WireRequestException()
    {
    }

    public WireRequestException(string message)
        : base(message)
    {
    }

    public WireRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; }
}
