using BenchmarkDotNet.Attributes;
using GremlinQuad.Storage;

namespace GremlinQuad.Benchmarks.Storage;

/// <summary>
/// Commits that wait for fsync on the real disk: one writer (latency per commit) and 16 concurrent
/// writers (group commit: one operation = one commit), and recovery of a 1 M-quad log.
/// </summary>
public class DurabilityBenchmarks
{
    private const int CommitsPerInvoke = 64;
    private string _root = "";
    private QuadStore? _store;
    private long _next;

    [Params(1, 16)]
    public int Writers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("gremlinquad-bench-").FullName;
        _store = QuadStore.Open(Path.Combine(_root, "store"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = CommitsPerInvoke)]
    public Task DurableCommit() =>
        Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < CommitsPerInvoke / Writers; i++)
            {
                var n = Interlocked.Increment(ref _next);
                using var batch = _store!.BeginBatch();
                batch.Add(new Quad(StorageData.Node(n), StorageData.Key(1), StorageData.Node(n + 1), TermId.Default));
                await batch.CommitAsync().ConfigureAwait(false);
            }
        })));
}
