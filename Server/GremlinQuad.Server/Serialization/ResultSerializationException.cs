namespace GremlinQuad.Server.Serialization;

/// <summary>A result value that the response format cannot represent; becomes status 599.</summary>
internal sealed class ResultSerializationException(string message) : Exception(message);
