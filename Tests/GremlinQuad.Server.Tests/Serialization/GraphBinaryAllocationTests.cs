using System.Buffers;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Server.Serialization.GraphBinary;

namespace GremlinQuad.Server.Tests.Serialization;

/// <summary>Writing a batch of results is a per-byte hot path (style.md §6): it allocates nothing once warm.</summary>
[Category("Allocations")]
public sealed class GraphBinaryAllocationTests
{
    [Test]
    public void Writing_a_response_of_traversers_allocates_nothing_when_warm()
    {
        var data = new object?[64];
        for (var i = 0; i < data.Length; i++)
            data[i] = new Traverser(i % 2 == 0 ? "marko" : (object)(long)i, 1);
        var response = ResponseMessage.Results(Guid.NewGuid(), ResponseStatusCode.Success, data, traversers: true);
        var serializer = new GraphBinaryMessageSerializer(SerializerRegistry.GraphBinaryMime, resultsAsStrings: false);
        var output = new ArrayBufferWriter<byte>(64 * 1024);

        for (var warm = 0; warm < 3; warm++)
        {
            output.ResetWrittenCount();
            serializer.SerializeResponse(response, output, ResultOptions.Default);
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var run = 0; run < 100; run++)
        {
            output.ResetWrittenCount();
            serializer.SerializeResponse(response, output, ResultOptions.Default);
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.Zero);
    }
}
