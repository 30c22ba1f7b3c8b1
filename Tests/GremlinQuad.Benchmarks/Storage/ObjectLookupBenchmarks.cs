using BenchmarkDotNet.Attributes;
using GremlinQuad.Storage;

namespace GremlinQuad.Benchmarks.Storage;

/// <summary>
/// ??O? (incoming links of a node) with many distinct predicates: union scan over all predicates,
/// union scan over predicates that link nodes, or one OSGP range. One operation = one lookup.
/// </summary>
[MemoryDiagnoser]
public class ObjectLookupBenchmarks
{
    private const int Vertices = 20_000;
    private const int Lookups = 100;
    private QuadStore? _store;
    private IReadSnapshot? _snapshot;
    private TermId[] _targets = [];

    public enum Strategy
    {
        UnionAllPredicates,
        UnionNodePredicates,
        Osgp,
    }

    [Params(10, 1_000, 10_000)]
    public int Predicates { get; set; }

    [ParamsAllValues]
    public Strategy Lookup { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new QuadStoreOptions
        {
            ObjectIndex = Lookup == Strategy.Osgp,
            ObjectScanMode = Lookup == Strategy.UnionNodePredicates ? ObjectScanMode.NodePredicates : ObjectScanMode.AllPredicates,
        };
        var random = new Random(3);
        var quads = new List<Quad>();
        for (var v = 0; v < Vertices; v++)
        {
            // Property keys are spread over the predicate set; five predicates are edge labels.
            for (var p = 0; p < 4; p++)
                quads.Add(new Quad(StorageData.Node(v), StorageData.Key(5 + random.Next(Math.Max(1, Predicates - 5))), StorageData.Integer(random.Next(1000)), TermId.Default));
            for (var e = 0; e < 3; e++)
                quads.Add(new Quad(StorageData.Node(v), StorageData.Key(random.Next(5)), StorageData.Node(random.Next(Vertices)), StorageData.Link(v * 3L + e)));
        }
        _store = StorageData.Load([.. quads], options);
        _snapshot = _store.OpenSnapshot();
        _targets = [.. Enumerable.Range(0, Lookups).Select(_ => StorageData.Node(random.Next(Vertices)))];
        Console.WriteLine($"// {Lookup}, {_snapshot.Predicates.Count} predicates: plan {_snapshot.Plan(QuadPattern.Of(@object: _targets[0]))}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _snapshot?.Dispose();
        _store?.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public long IncomingLinks()
    {
        long found = 0;
        foreach (var target in _targets)
            foreach (var quad in _snapshot!.Scan(QuadPattern.Of(@object: target)))
                found += (long)(quad.Subject.Value & 1) + 1;
        return found;
    }
}
