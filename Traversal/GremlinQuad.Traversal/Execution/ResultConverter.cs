using System.Collections;
using System.Globalization;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Execution;

/// <summary>
/// Turns the engine's internal references (TermIds) into Structure results at the output, inside
/// the transaction so the terms can still be resolved. Collections are converted deeply.
/// </summary>
internal sealed class ResultConverter(GraphModel graph, bool materializeProperties)
{
    public object? Convert(object? value) => value switch
    {
        null => null,
        VertexRef vertex => ToVertex(vertex, materializeProperties),
        EdgeRef edge => ToEdge(edge, materializeProperties),
        VertexPropertyRef property => ToVertexProperty(property, materializeProperties),
        PropertyRef property => ToProperty(property),
        PathValue path => new Gremlin.Structure.Path([.. path.Labels.Select(l => (IReadOnlySet<string>)new HashSet<string>(l, StringComparer.Ordinal))], [.. path.Objects.Select(Convert)]),
        GremlinMap map => ConvertMap(map),
        GremlinSet set => new GremlinSet(set.Select(Convert)),
        Tree tree => ConvertTree(tree),
        string => value,
        IList list => list.Cast<object?>().Select(Convert).ToList(),
        _ => value,
    };

    private GremlinMap ConvertMap(GremlinMap map)
    {
        var result = new GremlinMap();
        foreach (var (key, item) in map) result[Convert(key)] = Convert(item);
        return result;
    }

    private Tree ConvertTree(Tree tree)
    {
        var result = new Tree();
        foreach (var (key, child) in tree) result.GetOrAdd(Convert(key)).Merge(ConvertTree(child));
        return result;
    }

    public Vertex ToVertex(VertexRef vertex, bool withProperties)
    {
        var id = graph.ElementIdValue(vertex.Id);
        var label = graph.VertexLabel(vertex.Id);
        if (!withProperties) return new Vertex(id, label);
        var bare = new Vertex(id, label);
        var properties = graph.VertexProperties(vertex.Id, null).Select(p => ToVertexProperty(p, bare, true)).ToList();
        return new Vertex(id, label, properties);
    }

    public Edge ToEdge(EdgeRef edge, bool withProperties)
    {
        var outV = new Vertex(graph.ElementIdValue(edge.OutVertex), graph.VertexLabel(edge.OutVertex));
        var inV = new Vertex(graph.ElementIdValue(edge.InVertex), graph.VertexLabel(edge.InVertex));
        var properties = withProperties ? graph.Properties(edge.Id, null).Select(ToProperty).ToList() : null;
        return new Edge(graph.ElementIdValue(edge.Id), outV, graph.GetString(edge.Label), inV, properties);
    }

    public VertexProperty ToVertexProperty(VertexPropertyRef property, bool withProperties)
    {
        var vertex = new Vertex(graph.ElementIdValue(property.Vertex), graph.VertexLabel(property.Vertex));
        return ToVertexProperty(property, vertex, withProperties);
    }

    private VertexProperty ToVertexProperty(VertexPropertyRef property, Vertex vertex, bool withProperties)
    {
        var meta = withProperties && property.HasStatement ? graph.Properties(property.Statement, null).Select(ToProperty).ToList() : null;
        return new VertexProperty(PropertyId(graph, property), graph.GetString(property.Key), graph.GetValue(property.Value), vertex, meta);
    }

    public Property ToProperty(PropertyRef property) =>
        new(graph.GetString(property.Key), graph.GetValue(property.Value));

    /// <summary>
    /// A vertex property's id: its Statement term's value when it has one; otherwise a string made of
    /// the three terms of its quad, which identifies it uniquely and stably while it exists.
    /// </summary>
    public static object PropertyId(GraphModel graph, VertexPropertyRef property) =>
        property.HasStatement
            ? graph.ElementIdValue(property.Statement)
            : string.Create(CultureInfo.InvariantCulture, $"{property.Vertex.Value:x}.{property.Key.Value:x}.{property.Value.Value:x}");
}
