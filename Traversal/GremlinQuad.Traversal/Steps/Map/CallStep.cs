using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// call([service[, params map][, params traversal]]).with(key, value): runs a named provider service.
/// Parameters merge in order: the static map, the map the traversal yields for the traverser, then each
/// with(key, value) (a traversal value gives its first result). The services are the ones TinkerGraph
/// registers, so TinkerPop's feature suite and its documentation examples run unchanged:
/// <list type="bullet">
/// <item><c>--list</c> (also call() alone): the service names, or only the one named by the <c>service</c> parameter.</item>
/// <item><c>tinker.search</c> (start only): properties whose String value contains <c>search</c>; <c>type</c> limits
/// them to Vertex (vertex properties), Edge (edge properties) or VertexProperty (meta-properties).</item>
/// <item><c>tinker.degree.centrality</c>: per vertex, the number of its edges in <c>direction</c> (IN unless given).</item>
/// </list>
/// </summary>
[GremlinStep("call")]
internal sealed class CallStepFactory : IStepFactory
{
    private const string List = "--list";
    private const string Search = "tinker.search";
    private const string DegreeCentrality = "tinker.degree.centrality";
    private static readonly string[] Services = [Search, DegreeCentrality];

    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 3);
        // Read before compiling child traversals: compiling a child resets the compiler's start flag.
        var atStart = compiler.AtStart;
        var service = spec.Arguments.Count == 0 ? List : Args.String(spec, 0);
        GremlinMap? staticParameters = null;
        CompiledTraversal? parameterTraversal = null;
        for (var i = 1; i < spec.Arguments.Count; i++)
        {
            switch (spec.Arguments[i])
            {
                case GremlinMap map when staticParameters is null && parameterTraversal is null: staticParameters = map; break;
                case TraversalPlan plan when parameterTraversal is null: parameterTraversal = compiler.Child(plan); break;
                default: throw Args.Reject(spec.Name, i, "a parameter map followed by an optional parameter traversal", spec.Arguments[i]);
            }
        }
        var withs = new List<(string Key, object? Value, CompiledTraversal? Traversal)>();
        foreach (var with in spec.ModulatorsNamed("with"))
        {
            if (with.Arguments.Count != 2 || with.Arguments[0] is not string key)
                throw new GremlinRequestException($"call('{service}').with(): give a parameter name and a value, as in with('search', 'mar').");
            withs.Add((key, with.Arguments[1], with.Arguments[1] is TraversalPlan plan ? compiler.Child(plan) : null));
        }
        if (service is not (List or Search or DegreeCentrality))
            throw new GremlinRequestException($"call(): there is no service named '{service}'; the services are {string.Join(", ", Services)} (call('--list') lists them).");
        if (service is List or Search && !atStart)
            throw new GremlinRequestException($"call('{service}') is a start service: use it as g.call('{service}', ...).");

        GremlinMap Parameters(Traverser traverser, ExecutionContext context)
        {
            var parameters = staticParameters is null ? new GremlinMap() : new GremlinMap(staticParameters);
            if (parameterTraversal is not null && parameterTraversal.TryFirst(traverser, context, out var produced))
            {
                if (produced is not GremlinMap map)
                    throw new GremlinExecutionException($"call('{service}'): the parameter traversal must yield a Map, but yielded {Args.Describe(produced)}.");
                foreach (var (key, value) in map) parameters[key] = value;
            }
            foreach (var (key, value, traversal) in withs)
            {
                if (traversal is null) parameters[key] = value;
                else if (traversal.TryFirst(traverser, context, out var result)) parameters[key] = result;
            }
            return parameters;
        }

        return service switch
        {
            List => new LambdaFlatMapStep((t, c) => ListServices(Parameters(t, c))),
            Search => new LambdaFlatMapStep((t, c) => SearchProperties(c, Parameters(t, c))),
            _ => new LambdaMapStep((t, c) => Degree(t, c, Parameters(t, c))),
        };
    }

    private static IEnumerable<object?> ListServices(GremlinMap parameters)
    {
        if (!parameters.TryGetValue("service", out var only)) return Services;
        return Services.Where(s => Equals(s, only));
    }

    private static IEnumerable<object?> SearchProperties(ExecutionContext context, GremlinMap parameters)
    {
        var text = parameters.TryGetValue("search", out var given) && given is string search
            ? search
            : throw new GremlinExecutionException("call('tinker.search') needs a String parameter 'search', e.g. call('tinker.search', [search: 'mar']).");
        var type = parameters.TryGetValue("type", out var typeValue) ? typeValue as string : null;
        if (type is not (null or "Vertex" or "Edge" or "VertexProperty"))
            throw new GremlinExecutionException($"call('tinker.search'): type must be Vertex, Edge or VertexProperty, but was {Args.Describe(typeValue)}.");
        bool Matches(object property) =>
            Execution.Elements.PropertyValue(context, property) is string value && value.Contains(text, StringComparison.Ordinal);

        foreach (var vertex in context.Graph.Vertices())
        {
            foreach (var property in Execution.Elements.Properties(context, vertex, []))
            {
                context.Tick();
                if (type is null or "Vertex" && Matches(property)) yield return property;
                if (type is null or "VertexProperty")
                    foreach (var meta in Execution.Elements.Properties(context, property, []))
                        if (Matches(meta)) yield return meta;
            }
        }
        if (type is not (null or "Edge")) yield break;
        foreach (var edge in context.Graph.Edges())
            foreach (var property in Execution.Elements.Properties(context, edge, []))
                if (Matches(property)) yield return property;
    }

    private static long Degree(Traverser traverser, ExecutionContext context, GremlinMap parameters)
    {
        if (traverser.Value is not VertexRef vertex)
            throw new GremlinExecutionException($"call('tinker.degree.centrality') applies to vertices, but the traverser holds {Args.Describe(traverser.Value)}.");
        var direction = parameters.TryGetValue("direction", out var given) ? given as Direction? ?? throw new GremlinExecutionException($"call('tinker.degree.centrality'): direction must be IN, OUT or BOTH, but was {Args.Describe(given)}.") : Direction.IN;
        long count = 0;
        if (direction is Direction.OUT or Direction.BOTH) count += context.Graph.OutEdges(vertex.Id, null).LongCount();
        if (direction is Direction.IN or Direction.BOTH) count += context.Graph.InEdges(vertex.Id, null).LongCount();
        return count;
    }
}
