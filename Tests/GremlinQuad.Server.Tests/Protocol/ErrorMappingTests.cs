using System.Net;
using GremlinQuad.Gremlin;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace GremlinQuad.Server.Tests.Protocol;

/// <summary>Each row of style.md §7 maps to its documented status, HTTP code and message.</summary>
public sealed class ErrorMappingTests
{
    public static IEnumerable<TestCaseData> Rows()
    {
        yield return new TestCaseData(new GremlinSyntaxException("expected ')'", 1, 5, "g.V(\n    ^"), ErrorMapping.Origin.Script, ResponseStatusCode.RequestErrorInvalidRequestArguments, HttpStatusCode.BadRequest).SetName("Syntax error is 499 and 400");
        yield return new TestCaseData(new GremlinRequestException("limit(): argument 1 must be a Long"), ErrorMapping.Origin.Bytecode, ResponseStatusCode.RequestErrorInvalidRequestArguments, HttpStatusCode.BadRequest).SetName("Bad bytecode argument is 499 and 400");
        yield return new TestCaseData(new GremlinRequestException("unknown step frob()"), ErrorMapping.Origin.Script, ResponseStatusCode.ServerErrorEvaluation, HttpStatusCode.BadRequest).SetName("Bad script step is 597 and 400");
        yield return new TestCaseData(new TraversalTimeoutException(TimeSpan.FromSeconds(1)), ErrorMapping.Origin.Bytecode, ResponseStatusCode.ServerErrorTimeout, HttpStatusCode.InternalServerError).SetName("Timeout is 598 and 500");
        yield return new TestCaseData(new ProtocolException(ResponseStatusCode.RequestErrorMalformedRequest, "bad frame", null, closeConnection: true), ErrorMapping.Origin.Protocol, ResponseStatusCode.RequestErrorMalformedRequest, HttpStatusCode.BadRequest).SetName("Undecodable frame is 498 and 400");
        yield return new TestCaseData(new StorageFailureException("writes suspended: fsync failed on wal-000001"), ErrorMapping.Origin.Bytecode, ResponseStatusCode.ServerError, HttpStatusCode.InternalServerError).SetName("Storage failure is 500 writes suspended");
        yield return new TestCaseData(new StorageConflictException("vertex v1 changed concurrently"), ErrorMapping.Origin.Bytecode, ResponseStatusCode.ServerErrorTemporary, HttpStatusCode.InternalServerError).SetName("Conflict is 596");
        yield return new TestCaseData(new ResultSerializationException("no type"), ErrorMapping.Origin.Bytecode, ResponseStatusCode.ServerErrorSerialization, HttpStatusCode.InternalServerError).SetName("Unserializable result is 599");
        yield return new TestCaseData(new GremlinExecutionException("The property does not exist"), ErrorMapping.Origin.Bytecode, ResponseStatusCode.ServerError, HttpStatusCode.InternalServerError).SetName("Runtime failure is 500");
    }

    [TestCaseSource(nameof(Rows))]
    public void Row(Exception exception, object origin, object code, HttpStatusCode http)
    {
        var mapped = ErrorMapping.Map(exception, (ErrorMapping.Origin)origin, NullLogger.Instance);
        Assert.That(mapped.Code, Is.EqualTo((ResponseStatusCode)code));
        Assert.That(mapped.HttpStatus, Is.EqualTo(http));
        Assert.That(mapped.Message, Does.Contain(exception.Message[..Math.Min(12, exception.Message.Length)]));
        Assert.That(mapped.Attributes["exceptions"], Is.EqualTo(new object[] { exception.GetType().FullName! }));
        Assert.That(mapped.Attributes["stackTrace"], Is.InstanceOf<string>());
    }

    [Test]
    public void A_storage_failure_message_says_writes_are_suspended()
    {
        var mapped = ErrorMapping.Map(new StorageFailureException("disk full"), ErrorMapping.Origin.Bytecode, NullLogger.Instance);
        Assert.That(mapped.Message, Is.EqualTo("writes suspended: disk full"));
    }

    [Test]
    public void An_unexpected_exception_is_an_internal_error_with_an_id_and_no_details()
    {
        var mapped = ErrorMapping.Map(new InvalidOperationException("secret detail"), ErrorMapping.Origin.Bytecode, NullLogger.Instance);
        Assert.That(mapped.Code, Is.EqualTo(ResponseStatusCode.ServerError));
        Assert.That(mapped.Message, Does.Match("^internal error [0-9a-f]{12}"));
        Assert.That(mapped.Message, Does.Not.Contain("secret detail"));
    }
}
