using System.Diagnostics;
using System.Globalization;
using System.Text;
using GremlinQuad.Traversal.Loading.NeptuneCsv;

namespace GremlinQuad.Traversal.Tests.Loading.NeptuneCsv;

/// <summary>
/// Measures the load rate of a generated graph (run by hand on a quiet machine, in Release):
/// <c>GREMLINQUAD_LOAD_EDGES=1000000 dotnet test -c Release --filter Load_rate</c>. The data is
/// generated deterministically into temporary files and deleted afterwards.
/// </summary>
[Explicit("A measurement, not a check: run it by hand on a quiet machine.")]
public sealed class NeptuneCsvLoadRateTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void Load_rate_of_a_generated_edge_file(bool objectIndex)
    {
        var edges = int.Parse(Environment.GetEnvironmentVariable("GREMLINQUAD_LOAD_EDGES") ?? "1000000", CultureInfo.InvariantCulture);
        var vertices = Math.Max(10, edges / 10);
        var folder = Directory.CreateTempSubdirectory("gremlinquad-load-");
        try
        {
            var vertexFile = Path.Combine(folder.FullName, "vertices.csv");
            var edgeFile = Path.Combine(folder.FullName, "edges.csv");
            Write(vertexFile, vertices, edges, vertexFileWanted: true);
            Write(edgeFile, vertices, edges, vertexFileWanted: false);

            using var graph = TestGraphs.Empty(objectIndex: objectIndex);
            var loader = new NeptuneCsvLoader(graph);
            var clock = Stopwatch.StartNew();
            var vertexReport = loader.Load([new NeptuneCsvSource("vertices.csv", () => File.OpenRead(vertexFile))]);
            var vertexTime = clock.Elapsed;
            clock.Restart();
            var edgeReport = loader.Load([new NeptuneCsvSource("edges.csv", () => File.OpenRead(edgeFile))]);
            var edgeTime = clock.Elapsed;

            Assert.That(vertexReport.Committed && edgeReport.Committed, Is.True, string.Join("; ", edgeReport.Errors.Take(3)));
            Assert.That(edgeReport.EdgesAdded, Is.EqualTo(edges));
            TestContext.Out.WriteLine(
                $"OSGP {(objectIndex ? "on" : "off")}: {vertices:N0} vertices ({vertexReport.QuadsAdded:N0} quads) in {vertexTime.TotalSeconds:F2} s; " +
                $"{edges:N0} edges ({edgeReport.QuadsAdded:N0} quads) in {edgeTime.TotalSeconds:F2} s = " +
                $"{edges / edgeTime.TotalSeconds:N0} edges/s, {edgeReport.QuadsAdded / edgeTime.TotalSeconds:N0} quads/s; " +
                $"whole load {(vertexReport.QuadsAdded + edgeReport.QuadsAdded) / (vertexTime + edgeTime).TotalSeconds:N0} quads/s");
            Assert.That(graph.Execute("g.V('v1').outE().count()"), Has.Count.EqualTo(1));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A seeded social graph: people with a name and an age; edges with a label and a weight, endpoints skewed towards low ids.</summary>
    private static void Write(string path, int vertices, int edges, bool vertexFileWanted)
    {
        var random = new Random(20261121);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        if (vertexFileWanted)
        {
            writer.WriteLine("~id,~label,name:String,age:Int");
            for (var i = 0; i < vertices; i++)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"v{i},person,name {i},{18 + random.Next(70)}"));
            return;
        }
        string[] labels = ["knows", "follows", "likes"];
        writer.WriteLine("~id,~from,~to,~label,weight:Double");
        for (var i = 0; i < edges; i++)
        {
            var from = (int)(Math.Pow(random.NextDouble(), 2) * vertices);
            var to = random.Next(vertices);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"e{i},v{from},v{to},{labels[i % 3]},{random.Next(1000) / 1000.0}"));
        }
    }
}
