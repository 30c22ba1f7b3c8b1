using GremlinQuad.Traversal.Loading.NeptuneCsv;

namespace GremlinQuad.Traversal.Tests.Loading.NeptuneCsv;

/// <summary>Small helpers: CSV text as sources, and a load with options.</summary>
internal static class NeptuneCsvTestData
{
    public static NeptuneCsvSource Csv(string name, params string[] lines) =>
        NeptuneCsvSource.FromText(name, string.Join("\n", lines) + "\n");

    public static LoadReport Load(GremlinGraph graph, NeptuneCsvLoadOptions? options, params NeptuneCsvSource[] sources) =>
        new NeptuneCsvLoader(graph).Load(sources, options);

    public static LoadReport Load(GremlinGraph graph, params NeptuneCsvSource[] sources) => Load(graph, null, sources);

    public static readonly NeptuneCsvLoadOptions KeepGoing = new() { FailOnError = false };

    public static string Lines(LoadReport report) =>
        string.Join("; ", report.Errors.Select(e => $"{e.FileName}:{e.LineNumber} {e.ErrorCode}"));
}
