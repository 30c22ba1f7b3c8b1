using GremlinQuad.Server.Hosting;
using GremlinQuad.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace GremlinQuad.Server.Tests.Durability;

/// <summary>The server's data directory (--data, the default, --in-memory) as GraphSetup and the real process see it.</summary>
public sealed class DataDirectoryTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("gremlinquad-data-").FullName;

    [TearDown]
    public void DeleteRoot()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private ServerOptions Durable(Action<ServerOptions>? configure = null)
    {
        var options = new ServerOptions { DataDirectory = Path.Combine(_root, "data") };
        configure?.Invoke(options);
        return options;
    }

    private static object? Single(GraphRegistry graphs, string script, string source = "g")
    {
        Assert.That(graphs.TryGet(source, out var graph), Is.True, $"graph '{source}' is not served");
        return graph.Execute(script).Single();
    }

    [Test]
    public void A_restart_keeps_the_data_and_loads_the_sample_only_into_a_new_store()
    {
        using (var graphs = GraphSetup.Build(Durable(), NullLogger.Instance))
        {
            Assert.That(Single(graphs, "g.V().count()"), Is.EqualTo(6L), "a new store gets the sample");
            Single(graphs, "g.addV('person').property('name','zoe').count()");
        }
        // The clean shutdown above took a checkpoint: the next start loads it rather than replaying the log.
        Assert.That(Directory.GetFiles(Path.Combine(_root, "data", "g"), "snapshot-*"), Is.Not.Empty);

        using (var graphs = GraphSetup.Build(Durable(), NullLogger.Instance))
        {
            Assert.That(Single(graphs, "g.V().count()"), Is.EqualTo(7L), "the sample is not loaded twice and the write is kept");
            Assert.That(Single(graphs, "g.V().has('name','zoe').count()"), Is.EqualTo(1L));
            Single(graphs, "g.V().has('name','marko').drop().count()");
        }
        using (var graphs = GraphSetup.Build(Durable(), NullLogger.Instance))
            Assert.That(Single(graphs, "g.V().has('name','marko').count()"), Is.EqualTo(0L), "a dropped sample vertex stays dropped");
    }

    [Test]
    public void Empty_decides_only_when_the_store_is_created()
    {
        using (var graphs = GraphSetup.Build(Durable(o => o.Sample = false), NullLogger.Instance))
            Assert.That(Single(graphs, "g.V().count()"), Is.EqualTo(0L));
        using (var graphs = GraphSetup.Build(Durable(), NullLogger.Instance))
            Assert.That(Single(graphs, "g.V().count()"), Is.EqualTo(0L), "a later start without --empty does not add the sample to an existing store");
    }

    [Test]
    public void A_graph_file_is_loaded_once_into_its_own_durable_store()
    {
        var file = Path.Combine(_root, "air.json");
        using (var sample = SampleGraph.GraphSonLines())
        using (var output = File.Create(file))
            sample.CopyTo(output);
        var options = Durable(o => o.Graphs["air"] = file);
        using (var graphs = GraphSetup.Build(options, NullLogger.Instance))
        {
            Assert.That(Single(graphs, "g.V().count()", "air"), Is.EqualTo(6L));
            Single(graphs, "g.addV('airport').count()", "air");
        }
        Assert.That(Directory.Exists(Path.Combine(_root, "data", "air")), Is.True, "each graph lives in DATA/NAME");
        File.Delete(file);
        using (var graphs = GraphSetup.Build(options, NullLogger.Instance))
            Assert.That(Single(graphs, "g.V().count()", "air"), Is.EqualTo(7L), "the existing store is opened; the file is not read again");
    }

    [Test]
    public void A_graph_file_that_fails_to_load_leaves_no_store_behind()
    {
        var file = Path.Combine(_root, "bad.json");
        File.WriteAllText(file, "{ this is not GraphSON");
        var options = Durable(o => o.Graphs["bad"] = file);
        Assert.That(() => GraphSetup.Build(options, NullLogger.Instance), Throws.Exception);
        Assert.That(Directory.Exists(Path.Combine(_root, "data", "bad")), Is.False, "a half-created store would be opened empty next time, without the file");
        using var graphs = GraphSetup.Build(Durable(), NullLogger.Instance);
        Assert.That(Single(graphs, "g.V().count()"), Is.EqualTo(6L), "the data directory is still usable (its lock was released)");
    }

    [Test]
    public void In_memory_mode_writes_nothing_to_disk()
    {
        var options = new ServerOptions { InMemory = true };
        Assert.That(options.EffectiveDataDirectory, Is.Null);
        using (var graphs = GraphSetup.Build(options, NullLogger.Instance))
            Assert.That(Single(graphs, "g.V().count()"), Is.EqualTo(6L));
        var both = new ServerOptions { InMemory = true, DataDirectory = _root };
        Assert.That(both.Validate, Throws.ArgumentException.With.Message.Contains("either --in-memory or --data"));
    }

    [Test]
    public void Without_data_the_default_directory_is_the_per_user_application_data_folder()
    {
        var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        var expected = string.IsNullOrEmpty(appData) ? Path.GetFullPath("gremlinquad-data") : Path.Combine(appData, "GremlinQuad");
        Assert.That(ServerOptions.DefaultDataDirectory, Is.EqualTo(expected));
        Assert.That(new ServerOptions().EffectiveDataDirectory, Is.EqualTo(expected));
    }

    [Test]
    public async Task Help_names_the_default_data_directory_and_the_in_memory_mode()
    {
        var (exitCode, output) = await ServerProcess.RunToExitAsync("--help").ConfigureAwait(false);
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain(ServerOptions.DefaultDataDirectory).And.Contain("--in-memory"));
    }

    [Test]
    public void Two_servers_cannot_share_a_data_directory()
    {
        using var first = GraphSetup.Build(Durable(), NullLogger.Instance);
        var error = Assert.Throws<IOException>(() => GraphSetup.Build(Durable(), NullLogger.Instance));
        Assert.That(error!.Message, Does.Contain("Another GremlinQuad server is probably using this data directory"));
    }

    [Test]
    public void Opening_a_store_with_another_osgp_choice_names_the_option()
    {
        using (GraphSetup.Build(Durable(), NullLogger.Instance))
        {
        }
        var error = Assert.Throws<StorageConfigurationException>(() => GraphSetup.Build(Durable(o => o.ObjectIndex = true), NullLogger.Instance));
        Assert.That(error!.Message, Does.Contain("created without the OSGP index").And.Contain("Start without --osgp"));
    }

    [Test]
    public async Task A_data_path_that_is_a_file_stops_the_server_with_a_clear_message()
    {
        var file = Path.Combine(_root, "not-a-directory");
        await File.WriteAllTextAsync(file, "x").ConfigureAwait(false);
        var (exitCode, output) = await ServerProcess.RunToExitAsync("--data", file, "--port", "0").ConfigureAwait(false);
        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain($"cannot start: --data '{file}' is a file, not a directory"));
    }

    [Test]
    public async Task A_data_directory_that_cannot_be_written_stops_the_server_with_a_clear_message()
    {
        if (OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess)
        {
            Assert.Ignore("Needs Unix permissions that bind the user: root may write anywhere, so a read-only directory cannot be made here.");
            return;
        }
        var readOnly = Path.Combine(_root, "read-only");
        Directory.CreateDirectory(readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var (exitCode, output) = await ServerProcess.RunToExitAsync("--data", Path.Combine(readOnly, "data"), "--port", "0").ConfigureAwait(false);
            Assert.That(exitCode, Is.EqualTo(2), output);
            Assert.That(output, Does.Contain("the data directory cannot be created").And.Contain("Give a directory this user may write to"));
            (exitCode, output) = await ServerProcess.RunToExitAsync("--data", readOnly, "--port", "0").ConfigureAwait(false);
            Assert.That(exitCode, Is.EqualTo(2), output);
            Assert.That(output, Does.Contain("is not writable"));
        }
        finally
        {
            File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public async Task A_server_stopped_with_sigterm_exits_cleanly_after_a_checkpoint_of_every_commit()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("SIGTERM is a Unix signal.");
            return;
        }
        var data = Path.Combine(_root, "data");
        using var server = await ServerProcess.StartAsync("--data", data, "--empty").ConfigureAwait(false);
        var client = await TestClient.ConnectAsync(server.WebSocketUri).ConfigureAwait(false);
        await using (client.ConfigureAwait(false))
        {
            await client.ResultsAsync(TestClient.Eval("g.addV('a')")).ConfigureAwait(false);
            await client.ResultsAsync(TestClient.Eval("g.addV('b')")).ConfigureAwait(false);
        }
        Assert.That(await server.StopAsync().ConfigureAwait(false), Is.Zero, server.Output);
        // The store's file names carry log sequence numbers: the two commits are LSN 1 and 2, so the
        // shutdown checkpoint is snapshot 2 and the log that remains starts after it.
        var files = Directory.GetFiles(Path.Combine(data, "g")).Select(Path.GetFileName).ToList();
        Assert.That(files, Does.Contain("snapshot-00000000000000000002.gqs"), server.Output);
        Assert.That(files.Where(name => name!.StartsWith("wal-", StringComparison.Ordinal)), Is.EqualTo(new[] { "wal-00000000000000000003.log" }));
    }

    [Test]
    public async Task A_damaged_log_stops_the_server_naming_the_file_and_offset()
    {
        var data = Path.Combine(_root, "data");
        using (var server = await ServerProcess.StartAsync("--data", data, "--empty").ConfigureAwait(false))
        {
            var client = await TestClient.ConnectAsync(server.WebSocketUri).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
            {
                for (var i = 0; i < 3; i++)
                    await client.ResultsAsync(TestClient.Eval($"g.addV('v{i}')")).ConfigureAwait(false);
            }
            server.Kill(); // no shutdown checkpoint: the three commits stay in the log
        }
        var log = Directory.GetFiles(Path.Combine(data, "g"), "wal-*.log").Single();
        var bytes = await File.ReadAllBytesAsync(log).ConfigureAwait(false);
        bytes[bytes.Length / 3] ^= 0xFF; // inside the first record, with good records after it: corruption, not a torn tail
        await File.WriteAllBytesAsync(log, bytes).ConfigureAwait(false);

        var (exitCode, output) = await ServerProcess.RunToExitAsync("--data", data, "--port", "0").ConfigureAwait(false);
        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(output, Does.Contain("cannot start: " + log).And.Contain("offset").And.Contain("Restore the data directory from a backup"));
    }

    [Test]
    public async Task A_server_process_restarted_after_a_kill_serves_what_it_acknowledged()
    {
        var data = Path.Combine(_root, "data");
        using (var server = await ServerProcess.StartAsync("--data", data, "--empty").ConfigureAwait(false))
        {
            var client = await TestClient.ConnectAsync(server.WebSocketUri).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
                await client.ResultsAsync(TestClient.Eval("g.addV('kept').property('n',1)")).ConfigureAwait(false);
        }
        using (var server = await ServerProcess.StartAsync("--data", data).ConfigureAwait(false))
        {
            var client = await TestClient.ConnectAsync(server.WebSocketUri).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
            {
                var labels = await client.ResultsAsync(TestClient.Eval("g.V().label()")).ConfigureAwait(false);
                Assert.That(labels, Is.EqualTo(new object[] { "kept" }), server.Output);
            }
        }
    }
}
