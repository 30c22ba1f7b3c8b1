using System.Diagnostics;
using GremlinQuad.Benchmarks.Generators;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// The seed's trade-off: three indexes (object lookups by a union of POGS scans, over all predicates as
/// the seed did, or over edge labels only) against the fourth index OSGP. Measures bulk insert and
/// bytes per quad, then ??O? in the store and label-less in(), both() and drop() through Gremlin on
/// hubs of a given in-degree, as the number of distinct predicates grows.
/// </summary>
internal sealed class OsgpSuite : IBenchmarkSuite
{
    private static readonly (string Name, QuadStoreOptions Options)[] Layouts =
    [
        ("union, all predicates", new QuadStoreOptions { ObjectIndex = false, ObjectScanMode = ObjectScanMode.AllPredicates }),
        ("union, edge labels", new QuadStoreOptions { ObjectIndex = false, ObjectScanMode = ObjectScanMode.NodePredicates }),
        ("OSGP", new QuadStoreOptions { ObjectIndex = true, ObjectScanMode = ObjectScanMode.NodePredicates }),
    ];

    private static readonly string[] Forms = ["??O? (store)", "g.V(x).in()", "g.V(x).both()", "g.V(x).drop()"];

    public string Name => "osgp";

    public void Run(SuiteSettings settings, Action<MarkdownTable> publish)
    {
        var hubsPerDegree = settings.Full ? 4 : 3;   // drop() consumes one hub per timed run
        var insert = new MarkdownTable("OSGP cost: bulk insert and index memory (3 indexes vs 4)",
            "distinct predicates", "quads", "edges", "insert 3 idx (quads/s)", "insert OSGP (quads/s)", "insert cost",
            "bytes/quad 3 idx", "bytes/quad OSGP", "bytes/edge 3 idx", "bytes/edge OSGP", "memory cost");
        insert.Note("Insert: the store's own quads (terms already resolved) added to an empty store in one batch and committed; "
            + "runs alternate between the two layouts. Bytes: the indexes' own bytes (the term dictionary is the same for both), "
            + "per quad and per edge (all index bytes divided by the number of edges). Neptune publishes up to 23% slower inserts "
            + "and up to 20% more storage for OSGP; the goal here is at most 15% and 20%.");
        var lookups = Forms.ToDictionary(form => form, form => new MarkdownTable(
            $"Label-less {form}: average / p99 ms by distinct predicates and in-degree",
            "predicates", "in-degree", Layouts[0].Name, Layouts[1].Name, Layouts[2].Name, "all ÷ OSGP", "labels ÷ OSGP"));
        lookups[Forms[0]].Note("A single ??O? pattern read to the end through IReadSnapshot.Scan; the cells of the union layouts "
            + "end with the number of POGS range scans the plan used.");
        foreach (var form in Forms.Skip(1))
            lookups[form].Note($"{form} through GremlinGraph.Execute (parsed once; results as references, as with materializeProperties=tokens). "
                + (form.Contains("drop", StringComparison.Ordinal) ? "Each timed run drops a different hub of the same in-degree (and commits)." : "Runs rotate over hubs of the same in-degree."));

        WarmUp(settings, hubsPerDegree);
        foreach (var predicates in settings.OsgpPredicates)
        {
            var generator = ManyPredicatesGenerator.ForPredicates(settings.OsgpVertices, predicates);
            Progress.Report($"osgp: {predicates} predicates");
            var built = new List<Built>();
            try
            {
                foreach (var (_, options) in Layouts)
                    built.Add(Build(generator, options, settings.OsgpDegrees, hubsPerDegree));
                MeasureInsert(insert, built, generator, settings);
                foreach (var degree in settings.OsgpDegrees)
                    MeasureLookups(lookups, built, predicates, degree, settings);
            }
            finally
            {
                foreach (var b in built) b.Dispose();
            }
        }
        publish(insert);
        foreach (var table in lookups.Values) publish(table);
    }

    /// <summary>
    /// Runs every measurement on a small graph first (results thrown away), so JIT tiering does not charge
    /// the layout measured first for compiling code the others reuse.
    /// </summary>
    private static void WarmUp(SuiteSettings settings, int hubsPerDegree)
    {
        var small = settings with { OsgpSamples = 30, Full = false };
        for (var round = 0; round < 2; round++)
        {
            var generator = ManyPredicatesGenerator.ForPredicates(300, 20, seed: 100 + round);
            var built = Layouts.Select(layout => Build(generator, layout.Options, [10, 100], hubsPerDegree)).ToList();
            try
            {
                var throwaway = Forms.ToDictionary(form => form, form => new MarkdownTable(form, "predicates", "in-degree", "a", "b", "c", "d", "e"));
                MeasureLookups(throwaway, built, 20, 10, small);
                MeasureLookups(throwaway, built, 20, 100, small);
            }
            finally
            {
                foreach (var b in built) b.Dispose();
            }
        }
        Thread.Sleep(500);
    }

    private sealed class Built(QuadStore store, GremlinGraph graph, IReadOnlyDictionary<int, long[]> hubs, long edges) : IDisposable
    {
        public QuadStore Store => store;
        public GremlinGraph Graph => graph;
        public IReadOnlyDictionary<int, long[]> Hubs => hubs;
        public long Edges => edges;

        public long IndexBytes => Enum.GetValues<IndexOrder>().Sum(store.IndexBytes);

        public void Dispose()
        {
            graph.Dispose();
            store.Dispose();
        }
    }

    private static Built Build(ManyPredicatesGenerator generator, QuadStoreOptions options, IReadOnlyList<int> degrees, int hubsPerDegree)
    {
        var store = QuadStore.InMemory(options);
        IReadOnlyDictionary<int, long[]> hubs;
        long edges;
        using (var batch = store.BeginBatch())
        {
            var writer = new QuadGraphWriter(batch);
            hubs = generator.Write(writer, degrees, hubsPerDegree);
            edges = writer.Edges;
            batch.CommitAsync().AsTask().GetAwaiter().GetResult();
        }
        using (var snapshot = store.OpenSnapshot())
        {
            if (snapshot.Predicates.Count != generator.DistinctPredicates)
                throw new InvalidOperationException($"The many-predicates graph should have {generator.DistinctPredicates} distinct predicates but the store counts {snapshot.Predicates.Count}.");
        }
        return new Built(store, new GremlinGraph(store, new GraphOptions { MaterializeProperties = false }), hubs, edges);
    }

    private static void MeasureInsert(MarkdownTable table, List<Built> built, ManyPredicatesGenerator generator, SuiteSettings settings)
    {
        Quad[] quads;
        using (var snapshot = built[0].Store.OpenSnapshot())
        {
            var list = new List<Quad>((int)built[0].Store.QuadCount);
            foreach (var quad in snapshot.Scan(QuadPattern.All)) list.Add(quad);
            quads = [.. list];
        }
        var plain = new Timing();
        var osgp = new Timing();
        var runs = settings.Full ? 5 : 2;
        for (var run = -1; run < runs; run++)          // run -1 warms both up
        {
            foreach (var (withOsgp, timing) in new[] { (false, plain), (true, osgp) })
            {
                GC.Collect();
                var started = Stopwatch.GetTimestamp();
                using (var store = QuadStore.InMemory(new QuadStoreOptions { ObjectIndex = withOsgp }))
                using (var batch = store.BeginBatch())
                {
                    foreach (var quad in quads) batch.Add(quad);
                    batch.CommitAsync().AsTask().GetAwaiter().GetResult();
                }
                if (run >= 0) timing.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        var plainRate = quads.Length / (plain.Average / 1000);
        var osgpRate = quads.Length / (osgp.Average / 1000);
        var quadCount = (double)built[0].Store.QuadCount;
        var plainBytes = built[0].IndexBytes;
        var osgpBytes = built[2].IndexBytes;
        table.Row(
            MarkdownTable.Count(generator.DistinctPredicates), MarkdownTable.Count(quads.Length), MarkdownTable.Count(built[0].Edges),
            MarkdownTable.Number(plainRate, "N0"), MarkdownTable.Number(osgpRate, "N0"),
            MarkdownTable.Number(100 * (1 - osgpRate / plainRate), "F1") + "%",
            MarkdownTable.Number(plainBytes / quadCount), MarkdownTable.Number(osgpBytes / quadCount),
            MarkdownTable.Number(plainBytes / (double)built[0].Edges), MarkdownTable.Number(osgpBytes / (double)built[2].Edges),
            MarkdownTable.Number(100.0 * (osgpBytes - plainBytes) / plainBytes, "F1") + "%");
    }

    private static void MeasureLookups(Dictionary<string, MarkdownTable> tables, List<Built> built, int predicates, int degree, SuiteSettings settings)
    {
        var budget = TimeSpan.FromSeconds(settings.Full ? 3 : 2);
        var samples = settings.OsgpSamples;
        var averages = new double[Forms.Length, built.Count];
        var cells = new string[Forms.Length, built.Count];
        for (var layout = 0; layout < built.Count; layout++)
        {
            var b = built[layout];
            var hubs = b.Hubs[degree];
            using var snapshot = b.Store.OpenSnapshot();
            var terms = hubs.Select(id => snapshot.TryGetTerm(TermKind.Node, id, out var term) ? term
                : throw new InvalidOperationException($"Hub {id} has no term; the generator wrote nothing for it.")).ToArray();
            var plan = snapshot.Plan(QuadPattern.Of(@object: terms[0]));

            var store = Timing.Measure(2, samples * 4, budget, run =>
            {
                long found = 0;
                foreach (var quad in snapshot.Scan(QuadPattern.Of(@object: terms[run % terms.Length]))) found++;
                Check(found, degree, "??O?");
            });
            Record(0, store, plan.UnionScan ? $" ({plan.RangeScans} scans)" : "");

            // in() and both() run first: drop() then takes the hubs one by one.
            var inQueries = hubs.Select(id => Parse("g.V(x).in()", id)).ToArray();
            var bothQueries = hubs.Select(id => Parse("g.V(x).both()", id)).ToArray();
            Record(1, Timing.Measure(1, samples, budget, run => Check(b.Graph.Execute(inQueries[run % inQueries.Length]).Count, degree, "in()")), "");
            Record(2, Timing.Measure(1, samples, budget, run => Check(b.Graph.Execute(bothQueries[run % bothQueries.Length]).Count, degree + 2, "both()")), "");
            var dropQueries = hubs.Select(id => Parse("g.V(x).drop()", id)).ToArray();
            Record(3, Timing.Measure(1, dropQueries.Length - 1, budget, run => b.Graph.Execute(dropQueries[run])), "");

            void Record(int form, Timing timing, string suffix)
            {
                averages[form, layout] = timing.Average;
                cells[form, layout] = $"{MarkdownTable.Ms(timing.Average)} / {MarkdownTable.Ms(timing.P99)}{suffix}";
            }
        }
        for (var form = 0; form < Forms.Length; form++)
        {
            tables[Forms[form]].Row(MarkdownTable.Count(predicates), MarkdownTable.Count(degree), cells[form, 0], cells[form, 1], cells[form, 2],
                MarkdownTable.Ratio(averages[form, 0], averages[form, 2]), MarkdownTable.Ratio(averages[form, 1], averages[form, 2]));
        }
    }

    private static Bytecode Parse(string gremlin, long id) =>
        GremlinLangParser.Parse(gremlin, new Dictionary<string, object?> { ["x"] = id });

    private static void Check(long found, long expected, string what)
    {
        if (found != expected)
            throw new InvalidOperationException($"{what} on a hub of in-degree {expected - (what == "both()" ? 2 : 0)} found {found} results, expected {expected}: the layouts disagree, so their timings would not be comparable.");
    }
}
