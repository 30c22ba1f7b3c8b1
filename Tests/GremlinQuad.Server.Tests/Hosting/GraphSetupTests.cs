using GremlinQuad.Server.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GremlinQuad.Server.Tests.Hosting;

public sealed class GraphSetupTests
{
    /// <summary>TinkerPop's data folder: GREMLINQUAD_TINKERPOP, else ../shared/tinkerpop beside the repository.</summary>
    private static string? TinkerPopData()
    {
        var configured = Environment.GetEnvironmentVariable("GREMLINQUAD_TINKERPOP");
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); configured is null && directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GremlinQuad.sln")))
                configured = Path.Combine(directory.FullName, "..", "shared", "tinkerpop");
        }
        var data = configured is null ? null : Path.Combine(configured, "data");
        return data is not null && File.Exists(Path.Combine(data, "tinkerpop-modern.json")) ? data : null;
    }

    [Test]
    public void The_TinkerPop_test_graphs_are_served_under_their_client_test_names()
    {
        var data = TinkerPopData();
        if (data is null)
            Assert.Ignore("TinkerPop's data files are not available: set GREMLINQUAD_TINKERPOP or place them in ../shared/tinkerpop/data.");
        using var graphs = GraphSetup.Build(new ServerOptions { InMemory = true, TinkerPopTestGraphsDirectory = data }, NullLogger.Instance);

        Assert.That(graphs.Names, Is.EquivalentTo(new[] { "g", "gmodern", "gclassic", "gcrew", "ggrateful", "gsink", "ggraph" }));
        Assert.That(graphs.TryGet("gmodern", out var modern), Is.True);
        Assert.That(modern.Execute("g.V().count()"), Is.EqualTo(new object[] { 6L }));
        Assert.That(modern.IsReadOnly, Is.True);
        Assert.That(graphs.TryGet("ggrateful", out var grateful), Is.True);
        Assert.That(grateful.Execute("g.V().count()"), Is.EqualTo(new object[] { 808L }));
        Assert.That(graphs.TryGet("ggraph", out var empty), Is.True);
        Assert.That(empty.IsReadOnly, Is.False);
        Assert.That(empty.Execute("g.V().count()"), Is.EqualTo(new object[] { 0L }));
    }

    [Test]
    public void The_writable_test_graph_reads_io_files_from_the_kit_and_nowhere_else()
    {
        var data = TinkerPopData();
        if (data is null)
            Assert.Ignore("TinkerPop's data files are not available: set GREMLINQUAD_TINKERPOP or place them in ../shared/tinkerpop/data.");
        using var graphs = GraphSetup.Build(new ServerOptions { InMemory = true, TinkerPopTestGraphsDirectory = data }, NullLogger.Instance);
        Assert.That(graphs.TryGet("ggraph", out var graph), Is.True);

        // The scenarios' own spelling: relative to the kit root, which holds the data folder.
        graph.Execute("g.io('data/tinkerpop-modern.xml').read().iterate()");
        Assert.That(graph.Execute("g.V().count()"), Is.EqualTo(new object[] { 6L }));

        var escape = Assert.Throws<GremlinQuad.Gremlin.GremlinRequestException>(() => graph.Execute("g.io('../../etc/passwd.xml').read().iterate()"));
        Assert.That(escape!.Message, Does.Contain("only files inside the TinkerPop kit folder"));
    }

    [Test]
    public void The_default_graph_holds_the_sample_unless_asked_to_start_empty()
    {
        using (var graphs = GraphSetup.Build(new ServerOptions { InMemory = true }, NullLogger.Instance))
        {
            graphs.TryGet("g", out var g);
            Assert.That(g.Execute("g.V().has('name','marko').out('knows').values('name').order()"), Is.EqualTo(new object[] { "josh", "vadas" }));
        }
        using (var graphs = GraphSetup.Build(new ServerOptions { InMemory = true, Sample = false }, NullLogger.Instance))
        {
            graphs.TryGet("g", out var g);
            Assert.That(g.Execute("g.V().count()"), Is.EqualTo(new object[] { 0L }));
        }
    }

    [Test]
    public void A_graph_file_option_loads_a_writable_graph()
    {
        var file = Path.Combine(Path.GetTempPath(), "gremlinquad-graph-" + Guid.NewGuid().ToString("N") + ".json");
        using (var sample = SampleGraph.GraphSonLines())
        using (var output = File.Create(file))
            sample.CopyTo(output);
        try
        {
            var options = new ServerOptions { InMemory = true };
            options.Graphs["air"] = file;
            using var graphs = GraphSetup.Build(options, NullLogger.Instance);
            graphs.TryGet("air", out var air);
            Assert.That(air.Execute("g.V().count()"), Is.EqualTo(new object[] { 6L }));
            Assert.That(air.IsReadOnly, Is.False);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void A_missing_graph_file_is_named_in_the_error()
    {
        var options = new ServerOptions { InMemory = true };
        options.Graphs["air"] = "no-such-file.json";
        var exception = Assert.Throws<FileNotFoundException>(() => GraphSetup.Build(options, NullLogger.Instance));
        Assert.That(exception!.Message, Does.Contain("no-such-file.json"));
    }

    [Test]
    public void Bad_option_values_are_refused_with_the_allowed_range()
    {
        var exception = Assert.Throws<ArgumentException>(() => new ServerOptions { BatchSize = 0 }.Validate());
        Assert.That(exception!.Message, Does.Contain("BatchSize must be at least 1"));
        var options = new ServerOptions();
        options.Graphs["bad name"] = "x.json";
        Assert.That(() => options.Validate(), Throws.ArgumentException.With.Message.Contains("letters, digits"));
    }
}
