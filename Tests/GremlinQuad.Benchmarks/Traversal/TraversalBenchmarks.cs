using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using GremlinQuad.Benchmarks.Generators;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;
using GremlinQuad.Traversal.Loading.NeptuneCsv;

namespace GremlinQuad.Benchmarks.Traversal;

/// <summary>
/// Issue 3's traversal figures: two hops with bulk, a property lookup, and a 2-hop neighbourhood count,
/// on the Grateful Dead graph and on an R-MAT graph of 2^16 vertices and 2^20 edges.
/// Traversals are parsed once, so the figures are the engine's and the store's, not the parser's.
/// </summary>
[MemoryDiagnoser]
public class TraversalBenchmarks
{
    private GremlinGraph _graph = null!;
    private Bytecode _outOutCount = null!;
    private Bytecode _hasName = null!;
    private Bytecode _twoHop = null!;

    [Params("grateful", "rmat16")]
    public string Graph { get; set; } = "grateful";

    [GlobalSetup]
    public void Setup()
    {
        _graph = new GremlinGraph(QuadStore.InMemory());
        string name;
        object start;
        if (Graph == "grateful")
        {
            using var file = File.OpenRead(DataFile("grateful-dead.json"));
            _graph.Load(file, GraphFormat.GraphSon);
            name = "DARK STAR";
            start = _graph.Execute("g.V().has('name', 'DARK STAR').id()")[0]!;
        }
        else
        {
            // Through the bulk loader: one batch, sorted once, as a user would load a graph this size.
            var generator = new RmatGenerator(scale: 16);
            var report = new NeptuneCsvLoader(_graph).Load(RmatCsv(generator));
            if (report.Errors.Count > 0)
                throw new InvalidOperationException($"The generated graph did not load: {report.Errors[0]}");
            name = GraphSonLines.Name(1);
            start = "1";
        }
        var bindings = new Dictionary<string, object?> { ["x"] = name, ["start"] = start };
        _outOutCount = GremlinLangParser.Parse("g.V().out().out().count()");
        _hasName = GremlinLangParser.Parse("g.V().has('name', x)", bindings);
        _twoHop = GremlinLangParser.Parse("g.V(start).repeat(both()).times(2).emit().dedup().count()", bindings);
    }

    [GlobalCleanup]
    public void Cleanup() => _graph.Dispose();

    [Benchmark]
    public object? OutOutCount() => _graph.Execute(_outOutCount)[0];

    [Benchmark]
    public int HasName() => _graph.Execute(_hasName).Count;

    [Benchmark]
    public object? TwoHopNeighbourhoodCount() => _graph.Execute(_twoHop)[0];

    /// <summary>The R-MAT graph as Neptune CSV: vertices "0".."n-1" labelled node with a name, edges labelled link.</summary>
    private static NeptuneCsvSource[] RmatCsv(RmatGenerator generator)
    {
        var vertices = new StringBuilder("~id,~label,name:String\n");
        for (var vertex = 0; vertex < generator.VertexCount; vertex++)
            vertices.Append(CultureInfo.InvariantCulture, $"{vertex},node,{GraphSonLines.Name(vertex)}\n");
        var edges = new StringBuilder("~id,~from,~to,~label\n");
        var id = 0L;
        foreach (var (source, target) in generator.Edges())
            edges.Append(CultureInfo.InvariantCulture, $"e{id++},{source},{target},link\n");
        return [NeptuneCsvSource.FromText("vertices.csv", vertices.ToString()), NeptuneCsvSource.FromText("edges.csv", edges.ToString())];
    }

    /// <summary>TinkerPop's datasets sit in ../shared/tinkerpop/data beside the repository (or GREMLINQUAD_TINKERPOP).</summary>
    internal static string DataFile(string name)
    {
        var kit = Environment.GetEnvironmentVariable("GREMLINQUAD_TINKERPOP");
        if (string.IsNullOrEmpty(kit))
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GremlinQuad.sln")))
                directory = directory.Parent;
            kit = directory is null ? "" : Path.Combine(directory.FullName, "..", "shared", "tinkerpop");
        }
        var path = Path.Combine(kit, "data", name);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{name} not found under {kit}/data: put TinkerPop's kit at ../shared/tinkerpop or set GREMLINQUAD_TINKERPOP.", path);
    }
}
