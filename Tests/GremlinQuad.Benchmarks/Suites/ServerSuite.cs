using System.Diagnostics;
using GremlinQuad.Benchmarks.Generators;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Traversal;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// Server throughput: the server started in-process on 127.0.0.1, then 1, 16 and 64 WebSocket
/// connections each sending one GraphBinary bytecode request at a time (closed loop) for a fixed time.
/// Requests/s counts completed requests; latency is per request, send to final response.
/// </summary>
internal sealed class ServerSuite : IBenchmarkSuite
{
    public string Name => "server";

    public void Run(SuiteSettings settings, Action<MarkdownTable> publish)
    {
        using var data = RmatDataset.Create(settings.ServerScale, names: true);
        using var registry = new GraphRegistry();
        registry.Add(GraphRegistry.DefaultSourceName, new GremlinGraph(data.Store, new GraphOptions()));
        var server = GremlinServer.StartAsync(new ServerOptions { Host = "127.0.0.1", Port = 0, Sample = false }, registry, logging: _ => { })
            .GetAwaiter().GetResult();
        try
        {
            var uri = new Uri($"ws://127.0.0.1:{server.Port}/gremlin");
            var table = new MarkdownTable(
                $"Server throughput over WebSocket (GraphBinary, R-MAT scale {settings.ServerScale}: {MarkdownTable.Count(data.VertexCount)} vertices, {MarkdownTable.Count(data.Edges.Length)} edges)",
                "traversal", "connections", "requests/s", "p50 ms", "p99 ms", "errors");
            var vertexCount = data.VertexCount;
            var check = Check(uri, new CsrGraph(vertexCount, data.Edges));
            var traversals = new (string Name, Func<Random, byte[]> Request)[]
            {
                ("g.V(id).out().count()", random => GremlinWireClient.Bytecode(("V", [(long)random.Next(vertexCount)]), ("out", []), ("count", []))),
                ("g.V().has('name', x).valueMap()", random => GremlinWireClient.Bytecode(("V", []), ("has", ["name", GraphSonLines.Name(random.Next(vertexCount))]), ("valueMap", []))),
            };
            foreach (var (name, request) in traversals)
            {
                foreach (var connections in settings.ServerConnections)
                {
                    var (rate, latency, errors, firstError) = Drive(uri, connections, request, settings.ServerDuration);
                    Progress.Report($"server: {name} x {connections}: {rate:F0} requests/s");
                    table.Row($"`{name}`", connections.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        latency.Count == 0 ? "-" : MarkdownTable.Number(rate, "N0"), MarkdownTable.Ms(latency.P50), MarkdownTable.Ms(latency.P99),
                        errors == 0 ? "0" : $"{errors} ({firstError})");
                }
            }
            table.Note(check);
            table.Note($"Our load generator (Suites/GremlinWireClient: hand-built GraphBinary v1 bytecode requests, one in flight per connection) runs in the same process "
                + $"and shares the CPU with the server. Each row: 1 s warm-up, then {settings.ServerDuration.TotalSeconds:F0} s measured; ids and names are seeded random vertices.");
            publish(table);
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Before timing anything: the server's answers to out().count() must match the CSR out-degrees.</summary>
    private static string Check(Uri uri, CsrGraph csr)
    {
        var random = new Random(99);
        var client = GremlinWireClient.ConnectAsync(uri, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            const int Probes = 20;
            var wrong = 0;
            for (var i = 0; i < Probes; i++)
            {
                var vertex = random.Next(csr.VertexCount);
                var answer = client.SubmitAsync(GremlinWireClient.Bytecode(("V", [(long)vertex]), ("out", []), ("count", [])), CancellationToken.None)
                    .GetAwaiter().GetResult();
                if (answer != csr.OutDegree(vertex)) wrong++;
            }
            return wrong == 0 ? $"Check: g.V(id).out().count() matched the generated out-degree for {Probes} of {Probes} random vertices."
                : $"**Check failed**: g.V(id).out().count() differed from the generated out-degree for {wrong} of {Probes} random vertices.";
        }
        finally
        {
            client.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static (double Rate, Timing Latency, int Errors, string FirstError) Drive(Uri uri, int connections, Func<Random, byte[]> request, TimeSpan duration)
    {
        var clients = Enumerable.Range(0, connections)
            .Select(_ => GremlinWireClient.ConnectAsync(uri, CancellationToken.None)).ToArray();
        Task.WaitAll(clients);
        var latencies = new List<double>[connections];
        var errors = 0;
        string firstError = "";
        var warmupEnds = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * 1.0);
        var ends = warmupEnds + (long)(Stopwatch.Frequency * duration.TotalSeconds);
        var workers = clients.Select((task, c) => Task.Run(async () =>
        {
            var client = task.Result;
            var random = new Random(1_000 + c);
            var mine = latencies[c] = [];
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                if (started >= ends) break;
                try
                {
                    await client.SubmitAsync(request(random), CancellationToken.None).ConfigureAwait(false);
                    if (started >= warmupEnds) mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception exception) when (exception is InvalidOperationException or System.Net.WebSockets.WebSocketException)
                {
                    if (Interlocked.Increment(ref errors) == 1) firstError = exception.Message;
                    if (errors > 1_000) break;
                }
            }
        })).ToArray();
        Task.WaitAll(workers);
        foreach (var client in clients) client.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var timing = new Timing();
        foreach (var list in latencies)
            foreach (var ms in list) timing.Add(ms);
        return (timing.Count / duration.TotalSeconds, timing, errors, firstError);
    }
}
