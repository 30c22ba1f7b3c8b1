namespace GremlinQuad.Server.Protocol.Messages;

/// <summary>TinkerPop 3.x response status codes (gremlin-protocol.md §3.2); the numbers are the wire values.</summary>
internal enum ResponseStatusCode
{
    Success = 200,
    NoContent = 204,
    PartialContent = 206,
    Unauthorized = 401,
    Forbidden = 403,
    Authenticate = 407,
    TooManyRequests = 429,
    RequestErrorSerialization = 497,
    RequestErrorMalformedRequest = 498,
    RequestErrorInvalidRequestArguments = 499,
    ServerError = 500,
    ServerErrorFailStep = 595,
    ServerErrorTemporary = 596,
    ServerErrorEvaluation = 597,
    ServerErrorTimeout = 598,
    ServerErrorSerialization = 599,
}
