using System.Diagnostics;
using GremlinQuad.Gremlin;

namespace GremlinQuad.Server.Tests.Load;

/// <summary>
/// The load figure: requests/s and p50/p99 latency of <c>g.V(id).out().count()</c> over 16
/// concurrent WebSocket connections. Explicit: it measures, it does not judge, and it needs quiet cores.
/// </summary>
[Explicit("A measurement; run on demand: dotnet test --filter Name~Load_figure")]
public sealed class LoadFigureTests
{
    [Test]
    public async Task Load_figure_for_out_count_with_16_connections()
    {
        const int Connections = 16;
        var duration = TimeSpan.FromSeconds(10);
        await using var server = await TestServer.StartAsync();
        var clients = new List<TestClient>();
        for (var i = 0; i < Connections; i++)
            clients.Add(await TestClient.ConnectAsync(server.WebSocketUri));
        var bytecode = new Bytecode().AddStep("V", 1).AddStep("out").AddStep("count");
        foreach (var client in clients)
            Assert.That(await client.ResultsAsync(TestClient.Traversal(bytecode)), Is.EqualTo(new object[] { 3L }));

        var latencies = new List<double>[Connections];
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select(async (client, index) =>
        {
            var mine = latencies[index] = [];
            while (stopwatch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                await client.ResultsAsync(TestClient.Traversal(bytecode));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        foreach (var client in clients)
            await client.DisposeAsync();

        var p50 = all[all.Count / 2];
        var p99 = all[(int)(all.Count * 0.99)];
        await TestContext.Out.WriteLineAsync($"g.V(1).out().count(), {Connections} connections, {elapsed:0.0} s: {all.Count / elapsed:0} requests/s, p50 {p50:0.00} ms, p99 {p99:0.00} ms ({all.Count} requests)");
        Assert.That(all, Is.Not.Empty);
    }
}
