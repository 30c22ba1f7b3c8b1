
namespace GremlinQuad.Traversal.Tests;

/// <summary>
/// Opens in-memory graphs loaded with TinkerPop's datasets. The data is not committed: it is read from
/// ../shared/tinkerpop relative to the repository root, or from the folder in GREMLINQUAD_TINKERPOP;
/// tests that need it are ignored with a clear message when it is absent.
/// </summary>
internal static class TestGraphs
{
    public static string? DataFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("GREMLINQUAD_TINKERPOP");
        if (!string.IsNullOrEmpty(fromEnvironment)) return Directory.Exists(Path.Combine(fromEnvironment, "data")) ? Path.Combine(fromEnvironment, "data") : null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GremlinQuad.sln")))
            {
                var data = Path.Combine(directory.FullName, "..", "shared", "tinkerpop", "data");
                return Directory.Exists(data) ? Path.GetFullPath(data) : null;
            }
        }
        return null;
    }

    public static string DataFile(string name)
    {
        var folder = DataFolder();
        if (folder is null)
            Assert.Ignore("TinkerPop datasets not found: put them in ../shared/tinkerpop/data next to the repository or set GREMLINQUAD_TINKERPOP.");
        return Path.Combine(folder!, name);
    }

    public static GremlinGraph Empty(GraphOptions? options = null, bool objectIndex = false) =>
        new(Storage.QuadStore.InMemory(new Storage.QuadStoreOptions { ObjectIndex = objectIndex }), options);

    public static GremlinGraph Load(string file, GraphOptions? options = null, bool objectIndex = false)
    {
        var graph = Empty(options, objectIndex);
        using var stream = File.OpenRead(DataFile(file));
        graph.Load(stream, file.EndsWith(".xml", StringComparison.Ordinal) ? GraphFormat.GraphML : GraphFormat.GraphSon);
        return graph;
    }

    public static GremlinGraph Modern(bool objectIndex = false) => Load("tinkerpop-modern.json", objectIndex: objectIndex);

}
