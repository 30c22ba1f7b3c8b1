using BenchmarkDotNet.Attributes;
using GremlinQuad.Storage;

namespace GremlinQuad.Benchmarks.Storage;

/// <summary>Bulk insert into an empty store, 3 indexes vs 4 (one operation = one quad). Prints bytes per quad.</summary>
[MemoryDiagnoser]
public class InsertBenchmarks
{
    private const int Quads = 500_000;
    private Quad[] _quads = [];

    [Params(false, true)]
    public bool ObjectIndex { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _quads = StorageData.Graph(Quads);
        using var store = StorageData.Load(_quads, new QuadStoreOptions { ObjectIndex = ObjectIndex });
        Console.WriteLine($"// footprint (ObjectIndex={ObjectIndex}): {StorageData.Footprint(store)}");
    }

    [Benchmark(OperationsPerInvoke = Quads)]
    public long BulkInsertAndCommit()
    {
        using var store = StorageData.Load(_quads, new QuadStoreOptions { ObjectIndex = ObjectIndex });
        return store.QuadCount;
    }
}
