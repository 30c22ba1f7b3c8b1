using System.Globalization;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Traversal;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// k-hop neighbourhood counts on a seeded R-MAT graph from seeded random starts: GremlinQuad embedded
/// and over WebSocket, a CSR BFS over int arrays (the ceiling) and Kùzu (the native peer), all on the
/// same edges and starts in the same run. Every engine's counts are checked against the CSR's.
/// </summary>
internal sealed class KhopSuite : IBenchmarkSuite
{
    /// <summary>
    /// The query as a user writes it: walk out-edges k times, keeping each vertex once (dedup inside the
    /// loop is the visited set), emit every level, and count the distinct vertices other than the start.
    /// </summary>
    internal const string QueryText = "g.V(start).repeat(out().dedup()).times({0}).emit().hasId(neq(start)).dedup().count()";

    private static readonly System.Text.CompositeFormat Query = System.Text.CompositeFormat.Parse(QueryText);

    private const int WarmUpScale = 10;
    private const string WarmUpSource = "gwarmup";

    public string Name => "khop";

    public void Run(SuiteSettings settings, Action<MarkdownTable> publish)
    {
        var hops = settings.KhopHops;
        Progress.Report($"khop: generating and loading R-MAT scale {settings.KhopScale}");
        using var data = RmatDataset.Create(settings.KhopScale, names: false);
        Progress.Report($"khop: loaded {data.Store.QuadCount:N0} quads in {data.LoadTime.TotalSeconds:F1} s; heap {GC.GetTotalMemory(false) >> 20:N0} MiB");
        var csr = new CsrGraph(data.VertexCount, data.Edges);
        var starts = data.Starts(csr, settings.KhopStarts);
        var expected = hops.ToDictionary(k => k, k => starts.Select(s => (long)csr.CountWithin(s, k)).ToArray());

        var table = new MarkdownTable(
            $"k-hop neighbourhood count, R-MAT scale {settings.KhopScale} ({MarkdownTable.Count(data.VertexCount)} vertices, {MarkdownTable.Count(data.Edges.Length)} edges), {starts.Length} starts: average / p99 ms",
            "k", "avg. count", "GremlinQuad embedded", "GremlinQuad WebSocket", "CSR BFS (C#)", "Kùzu", "embedded ÷ CSR", "embedded ÷ Kùzu", "WebSocket ÷ Kùzu");

        var budget = settings.KhopBudget;
        var csrTimes = hops.ToDictionary(k => k, k => Timing.Measure(1, starts.Length, budget, run => csr.CountWithin(starts[run % starts.Length], k)));

        var mismatches = new List<string>();
        var embedded = new Dictionary<int, Timing>();
        var graph = data.Graph;
        using var warm = RmatDataset.Create(WarmUpScale, names: false, seed: 7);
        var warmStarts = warm.Starts(new CsrGraph(warm.VertexCount, warm.Edges), 20);
        WarmUp(warmStarts, hops, (k, s) => warm.Graph.Execute(string.Format(CultureInfo.InvariantCulture, Query, k), new Dictionary<string, object?> { ["start"] = (long)s }));
        foreach (var k in hops)
        {
            var queries = starts.Select(s => GremlinLangParser.Parse(string.Format(CultureInfo.InvariantCulture, Query, k),
                new Dictionary<string, object?> { ["start"] = (long)s })).ToArray();
            var wrong = 0;
            embedded[k] = Timing.Measure(0, starts.Length, budget, run =>
            {
                var index = run % starts.Length;
                if (Convert.ToInt64(graph.Execute(queries[index])[0], CultureInfo.InvariantCulture) != expected[k][index]) wrong++;
            });
            Progress.Report($"khop: embedded k={k}: {embedded[k].Count} runs, average {embedded[k].Average:F1} ms");
            if (wrong > 0) mismatches.Add($"embedded k={k}: {wrong} counts differ from the CSR BFS");
        }

        var socket = MeasureOverWebSocket(data, warm, warmStarts, starts, hops, expected, budget, mismatches, out var socketProblem);
        Progress.Report("khop: Kùzu");
        var kuzu = KuzuPeer.Run(data.VertexCount, data.Edges, starts, hops, budget);
        var kuzuTimes = new Dictionary<int, Timing>();
        foreach (var hop in kuzu.Hops)
        {
            var timing = new Timing();
            foreach (var ms in hop.Milliseconds) timing.Add(ms);
            kuzuTimes[hop.Hops] = timing;
            var wrong = hop.Counts.Where((count, i) => count != expected[hop.Hops][i]).Count();
            if (wrong > 0) mismatches.Add($"Kùzu k={hop.Hops}: {wrong} of {hop.Counts.Length} counts differ from the CSR BFS");
        }

        foreach (var k in hops)
        {
            var kz = kuzuTimes.GetValueOrDefault(k);
            var ws = socket.GetValueOrDefault(k);
            table.Row(
                k.ToString(CultureInfo.InvariantCulture),
                MarkdownTable.Number(expected[k].Average(), "N0"),
                Cell(embedded[k]),
                ws is null ? $"unavailable: {socketProblem}" : Cell(ws),
                Cell(csrTimes[k]),
                kz is null ? $"Kùzu unavailable: {kuzu.Unavailable ?? "no result for this k"}" : Cell(kz),
                MarkdownTable.Ratio(embedded[k].Average, csrTimes[k].Average),
                MarkdownTable.Ratio(embedded[k].Average, kz?.Average ?? double.NaN),
                MarkdownTable.Ratio(ws?.Average ?? double.NaN, kz?.Average ?? double.NaN));
        }
        table.Note($"Gremlin: `{string.Format(CultureInfo.InvariantCulture, Query, "k")}` (embedded: parsed once, GremlinGraph.Execute; "
            + "WebSocket: the same text as an eval request in a GraphBinary frame to the server started in-process on 127.0.0.1). "
            + "Kùzu " + (kuzu.Version ?? "") + ": `MATCH (a:N)-[:E* SHORTEST 1..k]->(b:N) WHERE a.id = $s AND b.id <> $s RETURN count(DISTINCT b.id)`, "
            + "in-memory database, default threads, driven from Node" + (double.IsNaN(kuzu.LoadMilliseconds) ? "" : $" (COPY load {kuzu.LoadMilliseconds / 1000:F1} s)") + ". "
            + $"CSR: level-synchronous BFS over two int arrays. GremlinQuad load (direct quad writes): {data.LoadTime.TotalSeconds:F1} s. "
            + $"Each engine first warms up (every k, 60 runs, on an R-MAT scale-10 graph); each cell then runs every start once, stopping early after {budget.TotalSeconds:F0} s (the count in brackets says how many ran).");
        table.Note(mismatches.Count == 0 ? "Counts: every engine agreed with the CSR BFS on every start it ran."
            : "**Count mismatches**: " + string.Join("; ", mismatches) + ".");
        publish(table);
    }

    /// <summary>
    /// Before timing an engine: three rounds of every k from 20 starts on a small R-MAT graph, then a pause
    /// for the background compiler. The JIT recompiles hot methods at tier 1 only after many calls, so
    /// without this the engine measured first pays for compiling code the one measured next reuses; warming
    /// up on the big graph instead would cost as much as the timed runs at k=6.
    /// </summary>
    private static void WarmUp(int[] starts, int[] hops, Action<int, int> run)
    {
        for (var round = 0; round < 3; round++)
            foreach (var k in hops)
                foreach (var start in starts) run(k, start);
        Thread.Sleep(500);
    }

    /// <summary>The query as a script with the start id written in, as an app that sends text would (Neptune ignores bindings).</summary>
    private static string Script(int k, int start) =>
        string.Format(CultureInfo.InvariantCulture, Query, k).Replace("start", start.ToString(CultureInfo.InvariantCulture) + "L", StringComparison.Ordinal);

    private static string Cell(Timing timing) =>
        $"{MarkdownTable.Ms(timing.Average)} / {MarkdownTable.Ms(timing.P99)} ({timing.Count})";

    private static Dictionary<int, Timing> MeasureOverWebSocket(RmatDataset data, RmatDataset warm, int[] warmStarts, int[] starts, int[] hops, Dictionary<int, long[]> expected,
        TimeSpan budget, List<string> mismatches, out string problem)
    {
        problem = "";
        var results = new Dictionary<int, Timing>();
        using var registry = new GraphRegistry();
        registry.Add(GraphRegistry.DefaultSourceName, new GremlinGraph(data.Store, new GraphOptions { MaterializeProperties = false }));
        registry.Add(WarmUpSource, new GremlinGraph(warm.Store, new GraphOptions { MaterializeProperties = false }));
        GremlinServer? server = null;
        try
        {
            server = GremlinServer.StartAsync(new ServerOptions { Host = "127.0.0.1", Port = 0, Sample = false, EvaluationTimeoutMilliseconds = 0 },
                registry, logging: _ => { }).GetAwaiter().GetResult();
            var client = GremlinWireClient.ConnectAsync(new Uri($"ws://127.0.0.1:{server.Port}/gremlin"), CancellationToken.None).GetAwaiter().GetResult();
            try
            {
                WarmUp(warmStarts, hops, (k, s) => client.SubmitAsync(GremlinWireClient.Eval(Script(k, s), WarmUpSource), CancellationToken.None).GetAwaiter().GetResult());
                foreach (var k in hops)
                {
                    var requests = starts.Select(s => GremlinWireClient.Eval(Script(k, s))).ToArray();
                    var wrong = 0;
                    results[k] = Timing.Measure(0, starts.Length, budget, run =>
                    {
                        var index = run % starts.Length;
                        if (client.SubmitAsync(requests[index], CancellationToken.None).GetAwaiter().GetResult() != expected[k][index]) wrong++;
                    });
                    Progress.Report($"khop: WebSocket k={k}: {results[k].Count} runs, average {results[k].Average:F1} ms");
                    if (wrong > 0) mismatches.Add($"WebSocket k={k}: {wrong} counts differ from the CSR BFS");
                }
            }
            finally
            {
                client.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            problem = exception.Message;
        }
        finally
        {
            server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return results;
    }
}
