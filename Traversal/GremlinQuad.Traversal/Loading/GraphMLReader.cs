using System.Globalization;
using System.Xml;
using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Graph;

namespace GremlinQuad.Traversal.Loading;

/// <summary>
/// GraphML as TinkerPop writes it: &lt;key&gt; declarations with attr.type, the vertex label in the
/// "labelV" key and the edge label in "labelE". Node and edge ids are strings in GraphML; ids made of
/// digits load as Int32 (or Int64 when larger), as TinkerPop's own readers give them.
/// </summary>
internal static class GraphMLReader
{
    public static void Read(Stream input, GraphModel graph)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(input, settings);
        var keyTypes = new Dictionary<string, (string Name, string Type)>(StringComparer.Ordinal);
        var edges = new List<(string Id, string Source, string Target, Dictionary<string, string> Data)>();
        string? elementKind = null;
        string? elementId = null, source = null, target = null;
        Dictionary<string, string> data = new(StringComparer.Ordinal);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "key":
                            keyTypes[reader.GetAttribute("id") ?? ""] = (reader.GetAttribute("attr.name") ?? reader.GetAttribute("id") ?? "", reader.GetAttribute("attr.type") ?? "string");
                            break;
                        case "node" or "edge":
                            elementKind = reader.LocalName;
                            elementId = reader.GetAttribute("id");
                            source = reader.GetAttribute("source");
                            target = reader.GetAttribute("target");
                            data = new(StringComparer.Ordinal);
                            if (reader.IsEmptyElement) Finish();
                            break;
                        case "data":
                            var key = reader.GetAttribute("key") ?? "";
                            data[key] = reader.IsEmptyElement ? "" : reader.ReadElementContentAsString();
                            // ReadElementContentAsString leaves the reader on the next node, which may close the element.
                            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "node" or "edge") Finish();
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "node" or "edge")
                {
                    Finish();
                }
            }
        }
        catch (XmlException error)
        {
            throw new GremlinExecutionException($"The GraphML is malformed at line {error.LineNumber}, position {error.LinePosition}: {error.Message}", error);
        }
        foreach (var (id, from, to, edgeData) in edges)
        {
            if (!graph.TryFindVertex(ParseId(from), out var outVertex) || !graph.TryFindVertex(ParseId(to), out var inVertex))
                throw new GremlinExecutionException($"GraphML edge {id} joins {from} and {to}, but one of them is not a node in the file.");
            var label = edgeData.TryGetValue("labelE", out var l) ? l : "edge";
            var edge = graph.AddEdge(outVertex, label, inVertex, ParseId(id));
            foreach (var (key, text) in edgeData)
            {
                if (key == "labelE") continue;
                var (name, type) = keyTypes.TryGetValue(key, out var declared) ? declared : (key, "string");
                graph.SetProperty(edge.Id, name, Convert(text, type));
            }
        }

        void Finish()
        {
            if (elementKind == "node")
            {
                var label = data.TryGetValue("labelV", out var l) ? l : "vertex";
                var vertex = graph.AddVertex(ParseId(elementId ?? throw new GremlinExecutionException("A GraphML node has no id.")), label);
                foreach (var (key, text) in data)
                {
                    if (key == "labelV") continue;
                    var (name, type) = keyTypes.TryGetValue(key, out var declared) ? declared : (key, "string");
                    graph.SetVertexProperty(vertex.Id, Cardinality.single, name, Convert(text, type));
                }
            }
            else if (elementKind == "edge")
            {
                edges.Add((elementId ?? "", source ?? "", target ?? "", data));
            }
            elementKind = null;
        }
    }

    private static object ParseId(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i
        : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l
        : text;

    private static object Convert(string text, string type) => type switch
    {
        "int" => int.Parse(text, CultureInfo.InvariantCulture),
        "long" => long.Parse(text, CultureInfo.InvariantCulture),
        "float" => float.Parse(text, CultureInfo.InvariantCulture),
        "double" => double.Parse(text, CultureInfo.InvariantCulture),
        "boolean" => bool.Parse(text),
        _ => text,
    };
}
