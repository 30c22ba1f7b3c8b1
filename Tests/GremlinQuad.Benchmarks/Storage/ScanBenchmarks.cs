using BenchmarkDotNet.Attributes;
using GremlinQuad.Storage;

namespace GremlinQuad.Benchmarks.Storage;

/// <summary>Sequential prefix scans (one operation = one quad read).</summary>
[MemoryDiagnoser]
public class ScanBenchmarks
{
    private const int Quads = 1_000_000;
    private QuadStore? _store;
    private IReadSnapshot? _snapshot;
    private long _spogCount;
    private long _pogsCount;

    [GlobalSetup]
    public void Setup()
    {
        _store = StorageData.Load(StorageData.Graph(Quads), new QuadStoreOptions());
        _snapshot = _store.OpenSnapshot();
        _spogCount = _snapshot.Count(QuadPattern.All);
        _pogsCount = _snapshot.Count(PogsPattern);
        Console.WriteLine($"// {StorageData.Footprint(_store)}; POGS prefix holds {_pogsCount} quads");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _snapshot?.Dispose();
        _store?.Dispose();
    }

    private static readonly QuadPattern PogsPattern = QuadPattern.Of(predicate: StorageData.Key(1));

    [Benchmark(OperationsPerInvoke = Quads)]
    public ulong SpogFullScan() => Drain(QuadPattern.All);

    /// <summary>P bound: one contiguous POGS range of a fifth of the store.</summary>
    [Benchmark(OperationsPerInvoke = Quads / 5)]
    public ulong PogsPrefixScan() => Drain(PogsPattern);

    private ulong Drain(in QuadPattern pattern)
    {
        ulong sum = 0;
        foreach (var quad in _snapshot!.Scan(pattern)) sum += quad.Object.Value;
        return sum;
    }
}
