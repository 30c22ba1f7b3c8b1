using GremlinQuad.Samples.Embedded;
using GremlinQuad.Samples.Generate;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Server.Tests.Interop;
using GremlinQuad.Traversal.Loading.NeptuneCsv;

namespace GremlinQuad.Server.Tests.Samples;

/// <summary>
/// Runs every sample under samples/ and checks what it prints against the sample data itself: the
/// generator reproduces the committed CSV byte for byte, the embedded sample and the JavaScript
/// quickstart report the counts the CSV files hold, and the load command loads them.
/// </summary>
public sealed class SamplesTests
{
    private static string SampleFolder => Path.Combine(NodeClient.FindRepositoryRoot(), "samples", "air-routes");

    private static string[] Lines(string file) => File.ReadAllLines(Path.Combine(SampleFolder, file)).Skip(1).ToArray();

    private static int Airports => Lines("vertices.csv").Count(line => line.Contains(",airport", StringComparison.Ordinal));

    private static int Hubs => Lines("vertices.csv").Count(line => line.Contains(",airport;hub,", StringComparison.Ordinal));

    private static int Routes => Lines("edges-routes.csv").Length;

    /// <summary>Routes leaving airport a0 (code AAA), counted in the CSV.</summary>
    private static int RoutesFromAaa => Lines("edges-routes.csv").Count(line => line.Split(',')[1] == "a0");

    [Test]
    public void The_generator_writes_exactly_the_committed_sample_data()
    {
        var folder = Directory.CreateTempSubdirectory("gremlinquad-generate-").FullName;
        try
        {
            AirRoutesGenerator.Write(folder);
            foreach (var file in Directory.GetFiles(SampleFolder).Select(Path.GetFileName))
                Assert.That(File.ReadAllBytes(Path.Combine(folder, file!)), Is.EqualTo(File.ReadAllBytes(Path.Combine(SampleFolder, file!))), $"{file} differs: regenerate with dotnet run --project samples/generate");
            Assert.That(Directory.GetFiles(folder), Has.Length.EqualTo(Directory.GetFiles(SampleFolder).Length));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_embedded_sample_loads_the_csv_and_answers_from_it()
    {
        using var output = new StringWriter();
        EmbeddedSample.Run(SampleFolder, output);
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        var vertices = Lines("vertices.csv").Length;
        var edges = Routes + Lines("edges-contains.csv").Length;
        Assert.That(lines, Does.Contain($"load: LOAD_COMPLETED, {vertices} vertices, {edges} edges, {lines[0].Split(' ')[^2]} quads"));
        Assert.That(lines, Does.Contain($"airports: {Airports}").And.Contain($"hubs: {Hubs}").And.Contain($"routes: {Routes}"));
        Assert.That(lines, Does.Contain("label of a0: airport::hub"), "a0 has the labels airport;hub in the CSV");
        Assert.That(lines, Does.Contain($"routes from AAA: {RoutesFromAaa}"));
        Assert.That(lines, Does.Contain("explain g.V('a0').in(): ??O? (in-vertex): OSGP prefix 1"));
    }

    [Test]
    public void The_load_command_loads_the_sample_and_reports_neptunes_counts()
    {
        using var output = new StringWriter();
        var code = LoadCommand.Run(SampleFolder, "g", null, inMemory: true, objectIndex: false, failOnError: true, LoadMode.Auto, output, CancellationToken.None);
        Assert.That(code, Is.EqualTo(0), output.ToString());
        Assert.That(output.ToString(), Does.Contain($"LOAD_COMPLETED: {Lines("vertices.csv").Length + Routes + Lines("edges-contains.csv").Length:N0} records")
            .And.Contain("100.0%").And.Contain("edges/s"));
    }

    [Test]
    public void The_server_option_load_fills_g_with_the_sample_instead_of_the_modern_graph()
    {
        using var graphs = GraphSetup.Build(new ServerOptions { InMemory = true, LoadCsv = SampleFolder }, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);
        Assert.That(graphs.TryGet("g", out var g), Is.True);
        Assert.That(g.Execute("g.V().hasLabel('airport').count()"), Is.EqualTo(new object[] { (long)Airports }));
        Assert.That(g.Execute("g.V().has('name', 'marko').count()"), Is.EqualTo(new object[] { 0L }), "the built-in sample is not loaded as well");
    }

    [Test]
    public void The_load_command_refuses_a_missing_folder_with_exit_code_2()
    {
        using var output = new StringWriter();
        Assert.That(LoadCommand.Run("/no/such/folder", "g", null, inMemory: true, objectIndex: false, failOnError: true, LoadMode.Auto, output, CancellationToken.None), Is.EqualTo(2));
        Assert.That(output.ToString(), Does.Contain("neither a file nor a folder"));
    }

    [Test]
    public async Task The_javascript_quickstart_loads_through_the_loader_api_and_queries_over_websocket()
    {
        var modules = Path.Combine(NodeClient.Directory, "node_modules");
        await using var server = await TestServer.StartAsync(options => options.Sample = false);
        var script = Path.Combine(NodeClient.FindRepositoryRoot(), "samples", "quickstart-js", "quickstart.js");
        var (exitCode, output, error) = NodeClient.Execute("node", [script, server.WebSocketUri.ToString(), SampleFolder], Path.GetDirectoryName(script)!,
            TimeSpan.FromSeconds(120), new Dictionary<string, string> { ["NODE_PATH"] = modules });
        Assert.That(exitCode, Is.EqualTo(0), output + error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.That(lines, Does.Contain($"load LOAD_COMPLETED: {Lines("vertices.csv").Length + Routes + Lines("edges-contains.csv").Length} records"));
        Assert.That(lines, Does.Contain($"airports: {Airports}").And.Contain($"routes: {Routes}").And.Contain($"routes from AAA: {RoutesFromAaa}"));
        Assert.That(lines, Has.Some.StartsWith("busiest hubs: AA").And.Some.Match(@"^longest route from AAA: [A-Z]{3} \(\d+ km\)$"));
    }
}
