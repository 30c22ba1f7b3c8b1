using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Loading;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.SideEffect;

/// <summary>
/// g.io(file).read(): loads GraphSON (.json) or GraphML (.xml) through the same readers as
/// GremlinGraph.Load. The engine never opens files itself: the host supplies GraphOptions.OpenFile,
/// and without it io() is refused. write() is not supported.
/// </summary>
[GremlinStep("io")]
internal sealed class IoStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1, 1);
        var file = Args.String(spec, 0);
        if (spec.ModulatorsNamed("write").Any())
            throw new GremlinRequestException($"io('{file}').write() is not supported; export with a client-side traversal instead.");
        if (!spec.ModulatorsNamed("read").Any())
            throw new GremlinRequestException($"io('{file}') needs read().");
        string? reader = null;
        foreach (var with in spec.ModulatorsNamed("with"))
            if (with.Arguments is ["~tinkerpop.io.reader", string named]) reader = named;
        var format = reader switch
        {
            "graphson" => GraphFormat.GraphSon,
            "graphml" => GraphFormat.GraphML,
            null when file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) => GraphFormat.GraphSon,
            null when file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) => GraphFormat.GraphML,
            _ => throw new GremlinRequestException($"io('{file}'): only GraphSON (.json) and GraphML (.xml) can be read, not {reader ?? Path.GetExtension(file)}."),
        };
        return new StreamStep((input, context) => Read(input, context, file, format));
    }

    private static IEnumerable<Traverser> Read(IEnumerable<Traverser> input, ExecutionContext context, string file, GraphFormat format)
    {
        foreach (var _ in input)
        {
            var open = context.Options.OpenFile
                ?? throw new GremlinRequestException("io() is disabled: this graph has no file access configured (GraphOptions.OpenFile).");
            using var stream = open(file);
            if (format == GraphFormat.GraphSon) GraphSonReader.Read(stream, context.Graph);
            else GraphMLReader.Read(stream, context.Graph);
        }
        yield break;
    }
}
