using System.Diagnostics;
using GremlinQuad.Gremlin;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Hosting;

/// <summary>
/// Builds the graphs the options ask for. Part of the composition root: the only server code that
/// names the concrete store.
/// Writable graphs (<c>g</c> and every <c>--graph</c>) are durable stores in the data directory, one
/// subdirectory per traversal source name, unless the server runs in memory. Their initial content
/// (the built-in sample for <c>g</c>, the file for a <c>--graph</c>) is loaded only when the store is
/// created: after that the store holds whatever was committed, and loading again would duplicate it.
/// The TinkerPop test graphs are fixtures and stay in memory.
/// </summary>
public static class GraphSetup
{
    /// <summary>
    /// Held open, exclusively, for as long as a server uses a data directory: two processes appending
    /// to the same log would corrupt it. The OS releases the lock when the process dies, even by kill -9.
    /// </summary>
    public const string LockFileName = "gremlinquad.lock";

    /// <summary>TinkerPop's test graph names (as its own client tests use them) and their data files.</summary>
    public static readonly IReadOnlyList<(string Name, string File)> TinkerPopTestGraphs =
    [
        ("gmodern", "tinkerpop-modern.json"),
        ("gclassic", "tinkerpop-classic.json"),
        ("gcrew", "tinkerpop-crew.json"),
        ("ggrateful", "grateful-dead.json"),
        ("gsink", "tinkerpop-sink.json"),
    ];

    /// <summary>Names taken by <c>--tinkerpop-test-graphs</c>, including the empty <c>ggraph</c>.</summary>
    public static readonly IReadOnlySet<string> TinkerPopTestGraphNames =
        new HashSet<string>(TinkerPopTestGraphs.Select(graph => graph.Name).Append("ggraph"), StringComparer.Ordinal);

    public static GraphRegistry Build(ServerOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        var registry = new GraphRegistry();
        try
        {
            var storeOptions = new QuadStoreOptions { ObjectIndex = options.ObjectIndex, CheckpointLogBytes = options.CheckpointLogBytes };
            var dataDirectory = options.EffectiveDataDirectory;
            if (dataDirectory is null)
                logger.LogInformation("in-memory mode: graphs are not written to disk and are lost on exit");
            else
                registry.Own(LockDataDirectory(dataDirectory));

            using (var store = new OpenedStore(GraphRegistry.DefaultSourceName, dataDirectory, storeOptions, logger))
            {
                if (store.Created && options.LoadCsv is { } csv)
                    LoadCommand.LoadInto(store.Graph, csv, logger);
                else if (store.Created && options.Sample)
                {
                    using (var sample = SampleGraph.GraphSonLines())
                        store.Graph.Load(sample, GraphFormat.GraphSon);
                    logger.LogInformation("graph 'g' holds the built-in sample (TinkerPop's modern graph: 6 vertices, 6 edges)");
                }
                store.AddTo(registry);
            }

            foreach (var (name, file) in options.Graphs)
            {
                using var store = new OpenedStore(name, dataDirectory, storeOptions, logger, createIfNew: () => GraphFormatOf(file));
                if (store.Created)
                {
                    using (var input = File.OpenRead(file))
                        store.Graph.Load(input, GraphFormatOf(file));
                    if (logger.IsEnabled(LogLevel.Information))
                        logger.LogInformation("graph '{Name}' loaded from {File}", name, file);
                }
                else if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("graph '{Name}' already exists in the data directory; {File} is read only when the store is created", name, file);
                }
                store.AddTo(registry);
            }

            if (options.TinkerPopTestGraphsDirectory is { } directory)
            {
                if (!Directory.Exists(directory))
                    throw new DirectoryNotFoundException($"--tinkerpop-test-graphs: the folder '{directory}' does not exist; point it at TinkerPop's data folder (with tinkerpop-modern.json and friends).");
                foreach (var (name, file) in TinkerPopTestGraphs)
                    registry.Add(name, LoadReadOnlyGraph(Path.Combine(directory, file), storeOptions, out var owned), owned);
                var empty = QuadStore.InMemory(storeOptions);
                var kitRoot = KitRootOf(directory);
                registry.Add("ggraph", new GremlinGraph(empty, new GraphOptions { OpenFile = name => OpenKitFile(kitRoot, name) }), empty);
            }
            return registry;
        }
        catch
        {
            registry.Dispose();
            throw;
        }
    }

    /// <summary>Creates the data directory if needed and locks it for this process.</summary>
    private static FileStream LockDataDirectory(string directory)
    {
        if (File.Exists(directory))
            throw new IOException($"--data '{directory}' is a file, not a directory. Give a directory path (it is created if missing), or move the file away.");
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"--data '{directory}': the data directory cannot be created ({error.Message}). Give a directory this user may write to.", error);
        }
        var lockFile = Path.Combine(directory, LockFileName);
        try
        {
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException error)
        {
            throw new IOException($"--data '{directory}' is not writable ({error.Message}). Give a directory this user may write to, or fix its permissions.", error);
        }
        catch (IOException error)
        {
            throw new IOException($"--data '{directory}': cannot lock {lockFile} ({error.Message}). Another GremlinQuad server is probably using this data directory: stop it, or give this one another --data directory.", error);
        }
    }

    /// <summary>
    /// TinkerPop's io() scenarios name files relative to the kit's root (<c>data/tinkerpop-modern.xml</c>),
    /// and the data folder sits directly under it, so the writable test graph reads from the data folder's parent.
    /// </summary>
    private static string KitRootOf(string dataDirectory) =>
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)))
        ?? Path.GetFullPath(dataDirectory);

    /// <summary>io(file).read() for ggraph: only files inside the TinkerPop kit, never elsewhere on the machine.</summary>
    private static FileStream OpenKitFile(string kitRoot, string name)
    {
        var path = Path.GetFullPath(Path.Combine(kitRoot, name));
        if (!path.StartsWith(kitRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new GremlinRequestException($"io('{name}'): ggraph reads only files inside the TinkerPop kit folder '{kitRoot}' (for example data/tinkerpop-modern.xml).");
        return File.OpenRead(path);
    }

    private static GraphFormat GraphFormatOf(string file)
    {
        if (!File.Exists(file))
            throw new FileNotFoundException($"The graph file '{file}' does not exist; give a GraphSON (.json, one vertex per line) or GraphML (.xml) file.", file);
        return Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".json" or ".graphson" => GraphFormat.GraphSon,
            ".xml" or ".graphml" => GraphFormat.GraphML,
            var other => throw new ArgumentException($"The graph file '{file}' has extension '{other}'; use .json (GraphSON lines) or .xml (GraphML)."),
        };
    }

    private static GremlinGraph LoadReadOnlyGraph(string file, QuadStoreOptions storeOptions, out IDisposable owned)
    {
        var format = GraphFormatOf(file);
        var store = QuadStore.InMemory(storeOptions);
        try
        {
            using (var input = File.OpenRead(file))
                new GremlinGraph(store).Load(input, format);
            owned = store;
            // A read-only graph shares the loaded store; the loader above was the only writer it ever had.
            return new GremlinGraph(store, new GraphOptions { ReadOnly = true });
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// One writable graph's store while it is being set up: durable in <c>DATA/NAME</c>, or in memory.
    /// Until <see cref="AddTo"/> hands it to the registry, disposing it undoes the setup, and removes a
    /// store created here so the next start creates (and loads) it again instead of finding it empty.
    /// </summary>
    private sealed class OpenedStore : IDisposable
    {
        private readonly string? _directory;
        private QuadStore? _store;

        public OpenedStore(string name, string? dataDirectory, QuadStoreOptions options, ILogger logger, Func<GraphFormat>? createIfNew = null)
        {
            Name = name;
            if (dataDirectory is null)
            {
                createIfNew?.Invoke();
                _store = QuadStore.InMemory(options);
                Created = true;
            }
            else
            {
                var directory = Path.Combine(dataDirectory, name);
                Created = !Directory.Exists(directory) || !Directory.EnumerateFileSystemEntries(directory).Any();
                // A bad file must fail before the store exists, or the next start would find it created and empty.
                if (Created) createIfNew?.Invoke();
                var clock = Stopwatch.StartNew();
                _store = Open(name, directory, options);
                _directory = Created ? directory : null;
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("graph '{Name}': {Action} durable store in {Directory} ({Quads} quads, {Milliseconds} ms)",
                        name, Created ? "created" : "opened", directory, _store.QuadCount, clock.ElapsedMilliseconds);
                }
                if (_store.RecoveredTornBytes > 0 && logger.IsEnabled(LogLevel.Warning))
                {
                    logger.LogWarning("graph '{Name}': dropped {Bytes} bytes at the end of the write-ahead log: a commit cut short by a crash, never acknowledged to a client",
                        name, _store.RecoveredTornBytes);
                }
            }
            Graph = new GremlinGraph(_store);
        }

        public string Name { get; }

        /// <summary>Whether the store is new (always, in memory): the graph's initial content belongs in it.</summary>
        public bool Created { get; }

        public GremlinGraph Graph { get; }

        public void AddTo(GraphRegistry registry)
        {
            registry.Add(Name, Graph, _store);
            _store = null;
        }

        public void Dispose()
        {
            if (_store is null) return;
            _store.Dispose();
            _store = null;
            if (_directory is not null) Directory.Delete(_directory, recursive: true);
        }

        private static QuadStore Open(string name, string directory, QuadStoreOptions options)
        {
            try
            {
                return QuadStore.Open(directory, options);
            }
            catch (StorageConfigurationException)
            {
                // The store's own message speaks of QuadStoreOptions; a server user needs the option name.
                throw new StorageConfigurationException(options.ObjectIndex
                    ? $"graph '{name}': the store in {directory} was created without the OSGP index, and OSGP can only be chosen when a store is created. "
                      + "Start without --osgp (ObjectIndex false in the settings file), or give a new --data directory and load the data again."
                    : $"graph '{name}': the store in {directory} was created with the OSGP index. Start with --osgp (ObjectIndex true in the settings file) "
                      + "to open it, or give a new --data directory to create a store without OSGP.");
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"graph '{name}': the store in {directory} cannot be opened ({error.Message}). Check that the data directory is writable and the disk is not full.", error);
            }
        }
    }
}
