using System.Text.Json;
using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Graph;

namespace GremlinQuad.Traversal.Loading;

/// <summary>
/// TinkerPop's GraphSON v3 "adjacency list" JSON lines: each line is a vertex with its properties
/// (ids kept) and its out-edges (ids kept); in-edges repeat the out-edges of other lines and are skipped.
/// Shared by <see cref="GremlinGraph.Load"/> and the io() step.
/// </summary>
internal static class GraphSonReader
{
    public static void Read(Stream input, GraphModel graph)
    {
        using var reader = new StreamReader(input);
        var lineNumber = 0;
        var edges = new List<(object OutId, JsonElement Edges)>();
        var documents = new List<JsonDocument>();
        try
        {
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(line);
                }
                catch (JsonException error)
                {
                    throw new GremlinExecutionException($"GraphSON line {lineNumber} is not valid JSON: {error.Message}", error);
                }
                documents.Add(document);
                var root = document.RootElement;
                var id = GraphSonValues.Read(root.GetProperty("id"))
                    ?? throw new GremlinExecutionException($"GraphSON line {lineNumber}: the vertex has a null id.");
                var label = root.TryGetProperty("label", out var labelElement) ? labelElement.GetString() ?? "vertex" : "vertex";
                var vertex = graph.AddVertex(id, label);
                if (root.TryGetProperty("properties", out var properties))
                    ReadVertexProperties(graph, vertex, properties);
                if (root.TryGetProperty("outE", out var outEdges)) edges.Add((id, outEdges));
            }
            // Edges after all vertices, so an in-vertex defined on a later line already exists.
            foreach (var (outId, byLabel) in edges)
            {
                if (!graph.TryFindVertex(outId, out var outVertex)) continue;
                foreach (var group in byLabel.EnumerateObject())
                {
                    foreach (var edge in group.Value.EnumerateArray())
                    {
                        var inId = GraphSonValues.Read(edge.GetProperty("inV"));
                        if (!graph.TryFindVertex(inId, out var inVertex))
                            throw new GremlinExecutionException($"GraphSON edge {edge}: its in-vertex {inId} is not in the file.");
                        var added = graph.AddEdge(outVertex, group.Name, inVertex, GraphSonValues.Read(edge.GetProperty("id")));
                        if (edge.TryGetProperty("properties", out var edgeProperties))
                        {
                            foreach (var property in edgeProperties.EnumerateObject())
                            {
                                var value = GraphSonValues.Read(property.Value);
                                if (value is not null) graph.SetProperty(added.Id, property.Name, value);
                            }
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var document in documents) document.Dispose();
        }
    }

    private static void ReadVertexProperties(GraphModel graph, VertexRef vertex, JsonElement properties)
    {
        foreach (var key in properties.EnumerateObject())
        {
            foreach (var property in key.Value.EnumerateArray())
            {
                var value = GraphSonValues.Read(property.GetProperty("value"));
                if (value is null) continue;
                var id = property.TryGetProperty("id", out var idElement) ? GraphSonValues.Read(idElement) : null;
                List<KeyValuePair<string, object?>>? meta = null;
                if (property.TryGetProperty("properties", out var metaElement))
                {
                    meta = [];
                    foreach (var entry in metaElement.EnumerateObject()) meta.Add(new(entry.Name, GraphSonValues.Read(entry.Value)));
                }
                graph.SetVertexProperty(vertex.Id, Cardinality.list, key.Name, value, meta, id);
            }
        }
    }
}
