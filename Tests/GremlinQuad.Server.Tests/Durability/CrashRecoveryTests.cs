using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using GremlinQuad.Server.Protocol.Messages;

namespace GremlinQuad.Server.Tests.Durability;

/// <summary>
/// Issue 5's crash test with a real process: several clients stream committed writes into a server
/// with a data directory, the server is killed (SIGKILL) at a random moment, restarted on the same
/// directory, and every write a client saw acknowledged must be there, while no write is there in part.
/// Each write is one request that adds two vertices and an edge, all carrying the same key, so a
/// request that is only partly there is visible. Cycles: GREMLINQUAD_CRASH_CYCLES (default 10);
/// the random seed is printed and can be replayed with GREMLINQUAD_CRASH_SEED.
/// </summary>
[NonParallelizable]
public sealed class CrashRecoveryTests
{
    private const int HttpWriters = 2;
    private const int WebSocketWriters = 2;

    [Test]
    public async Task Every_acknowledged_write_survives_kill_minus_9_and_no_request_is_partly_there()
    {
        var cycles = EnvironmentNumber("GREMLINQUAD_CRASH_CYCLES", 10);
        var seed = EnvironmentNumber("GREMLINQUAD_CRASH_SEED", Random.Shared.Next());
        var random = new Random(seed);
        var data = Directory.CreateTempSubdirectory("gremlinquad-crash-").FullName;
        // A small checkpoint threshold, so kills also land during background checkpoints and log rotation.
        var settings = Path.Combine(data, "settings.json");
        await File.WriteAllTextAsync(settings, """{ "GremlinQuad": { "CheckpointLogBytes": 16384 } }""").ConfigureAwait(false);
        var store = Path.Combine(data, "store");
        string[] arguments = ["--config", settings, "--data", store, "--empty"];
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        var inDoubt = 0;
        TestContext.Progress.WriteLine($"crash test: {cycles} kill -9 cycles, seed {seed} (GREMLINQUAD_CRASH_SEED={seed} replays the kill timings)");
        try
        {
            var server = await ServerProcess.StartAsync(arguments).ConfigureAwait(false);
            try
            {
                for (var cycle = 1; cycle <= cycles; cycle++)
                {
                    var run = await WriteUntilKilledAsync(server, cycle, TimeSpan.FromMilliseconds(random.Next(0, 1000))).ConfigureAwait(false);
                    acknowledged.UnionWith(run.Acknowledged);
                    inDoubt += run.InDoubt;
                    server.Dispose();

                    server = await ServerProcess.StartAsync(arguments).ConfigureAwait(false);
                    await VerifyAsync(server, acknowledged, cycle).ConfigureAwait(false);
                    var checkpoint = Directory.GetFiles(Path.Combine(store, "g"), "snapshot-*.gqs").Select(Path.GetFileNameWithoutExtension).Max();
                    TestContext.Progress.WriteLine($"  cycle {cycle}: {run.Acknowledged.Count} writes acknowledged, {run.InDoubt} in flight at the kill; "
                        + $"{acknowledged.Count} acknowledged writes checked after restart (newest checkpoint: {checkpoint ?? "none"})");
                }
            }
            finally
            {
                server.Dispose();
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
        TestContext.Progress.WriteLine($"crash test: {cycles} kill -9 cycles, {acknowledged.Count} acknowledged writes checked after the last restart, none lost; {inDoubt} unacknowledged requests were in flight at the kills, none partly there");
        Assert.That(acknowledged, Is.Not.Empty, "no write was acknowledged at all, so nothing was tested");
    }

    private sealed record Run(IReadOnlyCollection<string> Acknowledged, int InDoubt);

    /// <summary>
    /// Starts the writers, kills the server <paramref name="delay"/> after the first acknowledgement (so
    /// the kill lands while writes stream, not while the cold server compiles its first request), and
    /// collects what was acknowledged.
    /// </summary>
    private static async Task<Run> WriteUntilKilledAsync(ServerProcess server, int cycle, TimeSpan delay)
    {
        var acknowledged = new AcknowledgedWrites();
        var inDoubt = 0;
        var unexpected = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var writers = new List<Task>();
        for (var w = 0; w < HttpWriters + WebSocketWriters; w++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"c{cycle}w{w}s");
            writers.Add(w < HttpWriters
                ? HttpWriterAsync(http, server.HttpUri, prefix, acknowledged, unexpected, () => Interlocked.Increment(ref inDoubt), stop.Token)
                : WebSocketWriterAsync(server.WebSocketUri, prefix, acknowledged, unexpected, () => Interlocked.Increment(ref inDoubt), stop.Token));
        }
        try
        {
            await acknowledged.First.WaitAsync(TimeSpan.FromSeconds(90)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no write was acknowledged within 90 s; failures: {string.Join("; ", unexpected)}. Server output:\n{server.Output}");
        }
        await Task.Delay(delay).ConfigureAwait(false);
        server.Kill();
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(writers).ConfigureAwait(false);
        Assert.That(unexpected, Is.Empty, $"while the server was running, writes failed. Server output:\n{server.Output}");
        return new Run([.. acknowledged.Keys], inDoubt);
    }

    private sealed class AcknowledgedWrites
    {
        private readonly ConcurrentBag<string> _keys = [];
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task First => _first.Task;

        public IEnumerable<string> Keys => _keys;

        public void Add(string key)
        {
            _keys.Add(key);
            _first.TrySetResult();
        }
    }

    private static string Write(string key) =>
        $"g.addV('w').property('k','{key}').as('a').addV('w2').property('k','{key}').addE('pair').from('a').property('k','{key}')";

    private static async Task HttpWriterAsync(HttpClient http, Uri uri, string prefix, AcknowledgedWrites acknowledged,
        ConcurrentQueue<string> unexpected, Action lost, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var key = prefix + n.ToString(CultureInfo.InvariantCulture);
            try
            {
                // Not cancelled by us: a request in flight ends with its answer or with the connection the kill broke.
                using var response = await http.PostAsJsonAsync(uri, new { gremlin = Write(key) }, CancellationToken.None).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    unexpected.Enqueue($"{key}: HTTP {(int)response.StatusCode} {body}");
                    return;
                }
                acknowledged.Add(key);
            }
            catch (HttpRequestException)
            {
                // The server died with this request in flight: it may or may not have committed.
                lost();
                return;
            }
        }
    }

    private static async Task WebSocketWriterAsync(Uri uri, string prefix, AcknowledgedWrites acknowledged,
        ConcurrentQueue<string> unexpected, Action lost, CancellationToken stop)
    {
        TestClient client;
        try
        {
            client = await TestClient.ConnectAsync(uri).ConfigureAwait(false);
        }
        catch (System.Net.WebSockets.WebSocketException)
        {
            return; // killed before this writer connected
        }
        await using (client.ConfigureAwait(false))
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var key = prefix + n.ToString(CultureInfo.InvariantCulture);
                try
                {
                    var responses = await client.SubmitAsync(TestClient.Eval(Write(key))).ConfigureAwait(false);
                    var last = responses[^1];
                    if (last.Code != ResponseStatusCode.Success)
                    {
                        unexpected.Enqueue($"{key}: {(int)last.Code} {last.Message}");
                        return;
                    }
                    acknowledged.Add(key);
                }
                catch (Exception error) when (error is System.Net.WebSockets.WebSocketException or InvalidOperationException or IOException)
                {
                    // The connection broke (server killed) before the answer arrived: the write is in doubt.
                    lost();
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Every acknowledged key has its two vertices and its edge, and every key present at all (an
    /// unacknowledged request may have committed just before the kill) is there completely and once.
    /// </summary>
    private static async Task VerifyAsync(ServerProcess server, HashSet<string> acknowledged, int cycle)
    {
        var client = await TestClient.ConnectAsync(server.WebSocketUri).ConfigureAwait(false);
        await using (client.ConfigureAwait(false))
        {
            async Task<List<string>> Keys(string query) =>
                [.. (await client.ResultsAsync(TestClient.Eval(query)).ConfigureAwait(false)).Cast<string>()];

            var first = await Keys("g.V().hasLabel('w').values('k')").ConfigureAwait(false);
            var second = await Keys("g.V().hasLabel('w2').values('k')").ConfigureAwait(false);
            var edges = await Keys("g.E().hasLabel('pair').values('k')").ConfigureAwait(false);
            var linked = await Keys("g.V().hasLabel('w').as('a').out('pair').where(eq('a')).by('k').values('k')").ConfigureAwait(false);

            var context = $"after kill -9 number {cycle}. Server output:\n{server.Output}";
            var present = first.ToHashSet(StringComparer.Ordinal);
            Assert.That(present, Has.Count.EqualTo(first.Count), $"a write is there twice {context}");
            var missing = acknowledged.Where(key => !present.Contains(key)).Take(10).ToList();
            Assert.That(missing, Is.Empty, $"acknowledged writes were lost ({acknowledged.Count(key => !present.Contains(key))} of {acknowledged.Count}) {context}");
            Assert.That(second, Is.EquivalentTo(first), $"a request is partly there: its second vertex differs {context}");
            Assert.That(edges, Is.EquivalentTo(first), $"a request is partly there: its edge differs {context}");
            Assert.That(linked, Is.EquivalentTo(first), $"an edge joins the wrong vertices {context}");
        }
    }

    private static int EnvironmentNumber(string name, int fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrEmpty(text)) return fallback;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{name} must be a positive whole number, but was '{text}'.");
    }
}
