namespace GremlinQuad.Server.Protocol.Http;

/// <summary>An HTTP request whose body or parameters cannot be understood; becomes 400 with the message.</summary>
internal sealed class HttpRequestFormatException(string message) : Exception(message);
