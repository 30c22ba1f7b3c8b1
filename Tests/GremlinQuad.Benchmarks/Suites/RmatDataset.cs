using System.Diagnostics;
using GremlinQuad.Benchmarks.Generators;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// One seeded R-MAT graph held three ways for side-by-side runs: the edge list (for peers), CSR arrays
/// (the ceiling) and a GremlinQuad store (vertices "node" with a "name", edges "link", ids as Longs).
/// </summary>
internal sealed class RmatDataset : IDisposable
{
    private RmatDataset(int scale, (int Source, int Target)[] edges, QuadStore store, GremlinGraph graph, TimeSpan loadTime)
    {
        Scale = scale;
        Edges = edges;
        Store = store;
        Graph = graph;
        LoadTime = loadTime;
    }

    public int Scale { get; }

    public int VertexCount => 1 << Scale;

    public (int Source, int Target)[] Edges { get; }

    public QuadStore Store { get; }

    public GremlinGraph Graph { get; }

    public TimeSpan LoadTime { get; }

    public static RmatDataset Create(int scale, bool names, int seed = 42)
    {
        var generator = new RmatGenerator(scale, seed: seed);
        var edges = generator.Edges().ToArray();
        var store = QuadStore.InMemory();
        var watch = Stopwatch.StartNew();
        // Batches of a few million quads keep a batch's private state small at scale 20.
        const int QuadsPerBatch = 2_000_000;
        var batch = store.BeginBatch();
        var writer = new QuadGraphWriter(batch);
        try
        {
            for (var v = 0; v < generator.VertexCount; v++)
            {
                writer.AddVertex(v, "node");
                if (names) writer.AddProperty(v, "name", GraphSonLines.Name(v));
                Flush();
            }
            for (var e = 0; e < edges.Length; e++)
            {
                writer.AddEdge(e, edges[e].Source, "link", edges[e].Target);
                Flush();
            }
            batch.CommitAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            batch.Dispose();
        }
        var loadTime = watch.Elapsed;
        return new RmatDataset(scale, edges, store, new GremlinGraph(store, new GraphOptions { MaterializeProperties = false }), loadTime);

        void Flush()
        {
            if (writer.Quads < QuadsPerBatch) return;
            batch.CommitAsync().AsTask().GetAwaiter().GetResult();
            batch.Dispose();
            batch = store.BeginBatch();
            writer = new QuadGraphWriter(batch);
        }
    }

    /// <summary>Distinct seeded start vertices with at least one out-edge (as Graph500 picks its BFS roots).</summary>
    public int[] Starts(CsrGraph csr, int count, int seed = 2026)
    {
        var random = new Random(seed);
        var chosen = new List<int>(count);
        var seen = new HashSet<int>();
        for (var attempts = 0; chosen.Count < count && attempts < count * 1_000; attempts++)
        {
            var v = random.Next(VertexCount);
            if (csr.OutDegree(v) > 0 && seen.Add(v)) chosen.Add(v);
        }
        return [.. chosen];
    }

    public void Dispose()
    {
        Graph.Dispose();
        Store.Dispose();
    }
}
