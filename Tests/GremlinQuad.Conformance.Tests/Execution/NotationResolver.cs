using System.Globalization;
using GremlinQuad.Conformance.Tests.Notation;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinPath = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>
/// Turns notation into the object model's .NET values, looking elements up by <c>name</c> in the graph the
/// scenario runs on, through the executor (so it works the same in-process and over the wire). Lookups are
/// cached: one resolver lives for one scenario, after its initializer ran.
/// </summary>
public sealed class NotationResolver
{
    private readonly IScenarioExecutor _executor;
    private readonly string _graphName;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, Vertex> _vertices = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Out, string Label, string In), Edge> _edges = [];

    public NotationResolver(IScenarioExecutor executor, string graphName, CancellationToken cancellationToken)
    {
        _executor = executor;
        _graphName = graphName;
        _cancellationToken = cancellationToken;
    }

    public object? Resolve(NotationValue value) => value switch
    {
        LiteralNotation literal => literal.Value,
        VertexNotation vertex => Face(FindVertex(vertex.Name), vertex.Form),
        EdgeNotation edge => Face(FindEdge(edge.OutName, edge.Label, edge.InName), edge.Form),
        VertexPropertyNotation property => FindVertexProperty(property),
        ListNotation list => list.Items.Select(Resolve).ToList(),
        SetNotation set => new GremlinSet(set.Items.Select(Resolve)),
        PathNotation path => new GremlinPath(
            [.. path.Items.Select(_ => (IReadOnlySet<string>)new HashSet<string>())],
            [.. path.Items.Select(Resolve)]),
        MapNotation map => new GremlinMap(map.Entries.Select(e => new KeyValuePair<object?, object?>(Resolve(e.Key), Resolve(e.Value)))),
        TokenNotation token => ResolveToken(token),
        LambdaNotation lambda => throw new ScenarioSetupException(
            $"the scenario uses a lambda c[{lambda.Text}], which gremlin-lang cannot express; such scenarios are not runnable here."),
        _ => throw new ScenarioSetupException($"unknown notation {value.GetType().Name}."),
    };

    private static object Face(Element element, ElementForm form) => form switch
    {
        ElementForm.Id => element.Id,
        ElementForm.StringId => Convert.ToString(element.Id, CultureInfo.InvariantCulture)!,
        _ => element,
    };

    private static object ResolveToken(TokenNotation token) => token.Kind switch
    {
        TokenKind.T => Enum.TryParse<T>(token.Name, out var t) ? t : throw UnknownToken(token, "T"),
        TokenKind.Direction => token.Name switch
        {
            // from/to are Gremlin's aliases used by mergeE maps.
            "from" => Direction.OUT,
            "to" => Direction.IN,
            _ => Enum.TryParse<Direction>(token.Name, out var d) ? d : throw UnknownToken(token, "Direction"),
        },
        _ => Enum.TryParse<Merge>(token.Name, out var m) ? m : throw UnknownToken(token, "Merge"),
    };

    private static ScenarioSetupException UnknownToken(TokenNotation token, string enumName) =>
        new($"'{token.Name}' is not a member of {enumName}.");

    private Vertex FindVertex(string name)
    {
        if (_vertices.TryGetValue(name, out var cached))
            return cached;
        var found = Query("g.V().has(\"name\", n)", new Dictionary<string, object?> { ["n"] = name });
        if (found.Count == 0 || found[0] is not Vertex vertex)
            throw new ScenarioSetupException($"no vertex named '{name}' in the {_graphName} graph (needed by v[{name}]).");
        _vertices[name] = vertex;
        return vertex;
    }

    private Edge FindEdge(string outName, string label, string inName)
    {
        if (_edges.TryGetValue((outName, label, inName), out var cached))
            return cached;

        // Only plain steps here (has, outE): the lookup must not depend on the steps under test elsewhere.
        var inVertex = FindVertex(inName);
        var candidates = Query("g.V().has(\"name\", n).outE(l)", new Dictionary<string, object?> { ["n"] = outName, ["l"] = label });
        var edge = candidates.OfType<Edge>().FirstOrDefault(e => ResultComparer.AreEqual(inVertex.Id, e.InV.Id, _executor.Comparison))
            ?? throw new ScenarioSetupException($"no edge {outName}-{label}->{inName} in the {_graphName} graph (needed by e[{outName}-{label}->{inName}]).");
        _edges[(outName, label, inName)] = edge;
        return edge;
    }

    private VertexProperty FindVertexProperty(VertexPropertyNotation notation)
    {
        var expectedValue = Resolve(notation.Value);
        var candidates = Query("g.V().has(\"name\", n).properties(k)", new Dictionary<string, object?> { ["n"] = notation.VertexName, ["k"] = notation.Key });
        return candidates.OfType<VertexProperty>().FirstOrDefault(p => ResultComparer.AreEqual(expectedValue, p.Value, _executor.Comparison))
            ?? throw new ScenarioSetupException(
                $"vertex '{notation.VertexName}' of the {_graphName} graph has no property {notation.Key} = {ResultComparer.Describe(expectedValue)}.");
    }

    private IReadOnlyList<object?> Query(string text, IReadOnlyDictionary<string, object?> bindings)
    {
        try
        {
            return _executor.Execute(_graphName, text, bindings, [], _cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ScenarioSetupException($"looking up an element with {text} failed: {e.GetType().Name}: {FirstLine(e.Message)}", e);
        }
    }

    internal static string FirstLine(string text)
    {
        var newline = text.IndexOfAny(['\r', '\n']);
        return newline < 0 ? text : text[..newline];
    }
}
