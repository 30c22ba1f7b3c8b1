using System.Text;

namespace GremlinQuad.Server.Hosting;

/// <summary>
/// A small built-in graph for first runs and demos: TinkerPop's "modern" toy graph (6 people and pieces
/// of software, 6 edges), generated here as GraphSON lines so it needs no data files.
/// </summary>
internal static class SampleGraph
{
    private static readonly (int Id, string Label, string Name, int? Age, string? Lang)[] Vertices =
    [
        (1, "person", "marko", 29, null),
        (2, "person", "vadas", 27, null),
        (3, "software", "lop", null, "java"),
        (4, "person", "josh", 32, null),
        (5, "software", "ripple", null, "java"),
        (6, "person", "peter", 35, null),
    ];

    private static readonly (int Id, int Out, string Label, int In, double Weight)[] Edges =
    [
        (7, 1, "knows", 2, 0.5),
        (8, 1, "knows", 4, 1.0),
        (9, 1, "created", 3, 0.4),
        (10, 4, "created", 5, 1.0),
        (11, 4, "created", 3, 0.4),
        (12, 6, "created", 3, 0.2),
    ];

    /// <summary>One JSON object per vertex with its properties and out-edges (TinkerPop's GraphSON lines layout).</summary>
    public static Stream GraphSonLines()
    {
        var text = new StringBuilder();
        var propertyId = 0L;
        foreach (var (id, label, name, age, lang) in Vertices)
        {
            text.Append("{\"id\":{\"@type\":\"g:Int32\",\"@value\":").Append(id).Append("},\"label\":\"").Append(label).Append('"');
            var outEdges = Edges.Where(e => e.Out == id).GroupBy(e => e.Label).ToList();
            if (outEdges.Count > 0)
            {
                text.Append(",\"outE\":{");
                text.AppendJoin(',', outEdges.Select(group => $"\"{group.Key}\":[" + string.Join(',', group.Select(e =>
                    $"{{\"id\":{{\"@type\":\"g:Int32\",\"@value\":{e.Id}}},\"inV\":{{\"@type\":\"g:Int32\",\"@value\":{e.In}}},\"properties\":{{\"weight\":{{\"@type\":\"g:Double\",\"@value\":{e.Weight.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture)}}}}}}}")) + "]"));
                text.Append('}');
            }
            var inEdges = Edges.Where(e => e.In == id).GroupBy(e => e.Label).ToList();
            if (inEdges.Count > 0)
            {
                text.Append(",\"inE\":{");
                text.AppendJoin(',', inEdges.Select(group => $"\"{group.Key}\":[" + string.Join(',', group.Select(e =>
                    $"{{\"id\":{{\"@type\":\"g:Int32\",\"@value\":{e.Id}}},\"outV\":{{\"@type\":\"g:Int32\",\"@value\":{e.Out}}},\"properties\":{{\"weight\":{{\"@type\":\"g:Double\",\"@value\":{e.Weight.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture)}}}}}}}")) + "]"));
                text.Append('}');
            }
            text.Append(",\"properties\":{\"name\":[{\"id\":{\"@type\":\"g:Int64\",\"@value\":").Append(propertyId++).Append("},\"value\":\"").Append(name).Append("\"}]");
            if (age is { } years)
                text.Append(",\"age\":[{\"id\":{\"@type\":\"g:Int64\",\"@value\":").Append(propertyId++).Append("},\"value\":{\"@type\":\"g:Int32\",\"@value\":").Append(years).Append("}}]");
            if (lang is not null)
                text.Append(",\"lang\":[{\"id\":{\"@type\":\"g:Int64\",\"@value\":").Append(propertyId++).Append("},\"value\":\"").Append(lang).Append("\"}]");
            text.Append("}}\n");
        }
        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
