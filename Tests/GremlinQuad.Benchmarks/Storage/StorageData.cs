using GremlinQuad.Storage;

namespace GremlinQuad.Benchmarks.Storage;

/// <summary>
/// Property-graph-shaped quads without the graph layer: per vertex a label, two string properties and
/// an integer, plus edges with one of a few labels to random vertices (edge id in G).
/// </summary>
internal static class StorageData
{
    public static TermId Node(long n) => TermId.Create(TermKind.Node, (ulong)n + 1);
    public static TermId Key(long n) => TermId.Create(TermKind.String, (ulong)n + 1);
    public static TermId Link(long n) => TermId.Create(TermKind.Link, (ulong)n + 1);

    public static Quad[] Graph(int count, int seed = 1)
    {
        var random = new Random(seed);
        var vertices = Math.Max(1, count / 5);
        var quads = new Quad[count];
        for (var i = 0; i < count; i++)
        {
            var v = i / 5;
            quads[i] = (i % 5) switch
            {
                0 => new Quad(Node(v), Key(0), Key(100 + v % 3), TermId.Default),
                1 => new Quad(Node(v), Key(1), Key(1_000 + v), TermId.Default),
                2 => new Quad(Node(v), Key(2), Integer(random.Next(100)), TermId.Default),
                _ => new Quad(Node(v), Key(10 + random.Next(5)), Node(random.Next(vertices)), Link(i)),
            };
        }
        return quads;
    }

    public static TermId Integer(long value) =>
        TermId.TryFromInteger(value, IntegerWidth.Int32, out var term) ? term : throw new ArgumentOutOfRangeException(nameof(value));

    public static QuadStore Load(Quad[] quads, QuadStoreOptions options)
    {
        var store = QuadStore.InMemory(options);
        using var batch = store.BeginBatch();
        foreach (var quad in quads) batch.Add(quad);
        batch.CommitAsync().AsTask().GetAwaiter().GetResult();
        return store;
    }

    /// <summary>Bytes per quad of each index and all together, as printed by the benchmarks.</summary>
    public static string Footprint(QuadStore store)
    {
        var quads = Math.Max(1, store.QuadCount);
        var parts = new List<string>();
        long total = 0;
        foreach (var order in Enum.GetValues<IndexOrder>())
        {
            var bytes = store.IndexBytes(order);
            if (bytes == 0) continue;
            total += bytes;
            parts.Add($"{order.ToString().ToUpperInvariant()} {(double)bytes / quads:F1}");
        }
        return $"{store.QuadCount} quads, bytes/quad: {string.Join(", ", parts)}, all {(double)total / quads:F1}";
    }
}
