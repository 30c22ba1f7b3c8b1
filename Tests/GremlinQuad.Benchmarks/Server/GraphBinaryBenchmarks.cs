using System.Buffers;
using BenchmarkDotNet.Attributes;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Server.Serialization.GraphBinary;

namespace GremlinQuad.Benchmarks.Server;

/// <summary>The server's per-byte hot paths: writing a batch of results and decoding a bytecode request.</summary>
[MemoryDiagnoser]
public class GraphBinaryBenchmarks
{
    private readonly GraphBinaryMessageSerializer _serializer = new(SerializerRegistry.GraphBinaryMime, resultsAsStrings: false);
    private readonly ArrayBufferWriter<byte> _output = new(256 * 1024);
    private ResponseMessage _batch = null!;
    private byte[] _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = new object?[64];
        for (var i = 0; i < data.Length; i++)
            data[i] = new Traverser(new Vertex((long)i, "person", [new VertexProperty((long)i * 10, "name", "name-" + i)]), 1);
        _batch = ResponseMessage.Results(Guid.NewGuid(), ResponseStatusCode.Success, data, traversers: true);
        var request = new RequestMessage(Guid.NewGuid(), "bytecode", "traversal", new Dictionary<string, object?>
        {
            ["gremlin"] = new Bytecode().AddStep("V", 1).AddStep("has", "person", "name", P.Within("marko", "josh")).AddStep("out", "knows").AddStep("count"),
            ["aliases"] = new GremlinMap { ["g"] = "g" },
        });
        var buffer = new ArrayBufferWriter<byte>();
        GraphBinaryMessageSerializer.SerializeRequest(request, buffer);
        _request = buffer.WrittenSpan.ToArray();
    }

    /// <summary>One 206 frame of 64 vertex traversers (Gremlin Server's default batch size).</summary>
    [Benchmark]
    public int WriteBatchOf64Vertices()
    {
        _output.ResetWrittenCount();
        _serializer.SerializeResponse(_batch, _output, ResultOptions.Default);
        return _output.WrittenCount;
    }

    [Benchmark]
    public bool ReadBytecodeRequest() =>
        _serializer.TryDeserializeRequest(_request, out _, out _, out _) == ParseStatus.Done;
}
