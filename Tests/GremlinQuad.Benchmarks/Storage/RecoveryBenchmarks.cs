using BenchmarkDotNet.Attributes;
using GremlinQuad.Storage;

namespace GremlinQuad.Benchmarks.Storage;

/// <summary>Opening a store whose last checkpoint is empty and whose log holds 1 M quads in 100 commits.</summary>
public class RecoveryBenchmarks
{
    private string _root = "";

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("gremlinquad-recovery-").FullName;
        var store = QuadStore.Open(_root, new QuadStoreOptions { CheckpointLogBytes = long.MaxValue });
        var quads = StorageData.Graph(1_000_000);
        for (var commit = 0; commit < 100; commit++)
        {
            using var batch = store.BeginBatch();
            for (var i = commit * 10_000; i < (commit + 1) * 10_000; i++) batch.Add(quads[i]);
            batch.CommitAsync().AsTask().GetAwaiter().GetResult();
        }
        // Not disposed: a clean shutdown would checkpoint, and the point is to replay the log. The open
        // handles are released by finalizers when the benchmark process ends.
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public long RecoverOneMillionQuadsFromTheLog()
    {
        var copy = _root + "-copy";
        Directory.CreateDirectory(copy);
        try
        {
            foreach (var file in Directory.GetFiles(_root)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
            var store = QuadStore.Open(copy);
            return store.QuadCount;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
