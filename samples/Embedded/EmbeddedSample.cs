using GremlinQuad.Storage;
using GremlinQuad.Traversal;
using GremlinQuad.Traversal.Loading.NeptuneCsv;

namespace GremlinQuad.Samples.Embedded;

/// <summary>
/// GremlinQuad in-process, no server: open a quad store, bulk-load the air-routes sample (Neptune
/// Gremlin CSV) with the loader, and run gremlin-lang queries against it.
/// </summary>
public static class EmbeddedSample
{
    public static void Run(string csvFolder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        // In memory here; QuadStore.Open(directory) gives a durable store with the same API.
        using var store = QuadStore.InMemory(new QuadStoreOptions { ObjectIndex = true });
        using var graph = new GremlinGraph(store);

        var files = Directory.GetFiles(csvFolder, "*.csv").Order(StringComparer.Ordinal).ToList();
        var report = new NeptuneCsvLoader(graph).Load(files.Select(file => new NeptuneCsvSource(Path.GetFileName(file), () => File.OpenRead(file))));
        output.WriteLine($"load: {report.Status}, {report.VerticesAdded} vertices, {report.EdgesAdded} edges, {report.QuadsAdded} quads");

        void Show(string title, string gremlin) => output.WriteLine($"{title}: {string.Join(", ", graph.Execute(gremlin).Select(Format))}");
        Show("airports", "g.V().hasLabel('airport').count()");
        Show("hubs", "g.V().hasLabel('hub').count()");
        Show("routes", "g.E().hasLabel('route').count()");
        Show("label of a0", "g.V('a0').label()");
        Show("routes from AAA", "g.V().has('code', 'AAA').out('route').count()");
        Show("airports one stop from AAA", "g.V().has('code', 'AAA').out('route').out('route').dedup().count()");
        Show("longest route from AAA", "g.V().has('code', 'AAA').outE('route').order().by('dist', desc).limit(1).project('to', 'km').by(inV().values('code')).by('dist')");
        Show("busiest hubs", "g.V().hasLabel('hub').order().by(out('route').count(), desc).limit(3).values('code')");
        Show("country of AAA", "g.V().has('code', 'AAA').in('contains').values('name')");
        // The explain report names the index each step reads: OSGP is on in this store.
        var explain = graph.Explain("g.V('a0').in()");
        output.WriteLine("explain g.V('a0').in(): " + explain.Split('\n').First(line => line.TrimStart().StartsWith("??O?", StringComparison.Ordinal)).Trim());
    }

    private static string Format(object? value) => value switch
    {
        System.Collections.IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(key => $"{key}={map[key]}")) + "}",
        _ => value?.ToString() ?? "null",
    };
}
