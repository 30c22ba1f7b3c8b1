using System.Text.Json;

namespace GremlinQuad.Benchmarks.Generators;

/// <summary>
/// Writes a generated graph as TinkerPop's GraphSON v3 JSON lines, so benchmarks load it through the
/// same public path users take (<c>GremlinGraph.Load</c>).
/// </summary>
internal static class GraphSonLines
{
    /// <summary>Vertices 0..n-1 labelled "node" with a "name" property "v{n}"; edges labelled "link" with Long ids.</summary>
    public static MemoryStream Write(int vertexCount, IEnumerable<(int Source, int Target)> edges)
    {
        var outEdges = new List<(long Id, int Target)>[vertexCount];
        var nextId = 0L;
        foreach (var (source, target) in edges)
            (outEdges[source] ??= []).Add((nextId++, target));

        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            for (var vertex = 0; vertex < vertexCount; vertex++)
            {
                writer.WriteStartObject();
                WriteTyped(writer, "id", "g:Int32", vertex);
                writer.WriteString("label", "node");
                if (outEdges[vertex] is { } list)
                {
                    writer.WriteStartObject("outE");
                    writer.WriteStartArray("link");
                    foreach (var (id, target) in list)
                    {
                        writer.WriteStartObject();
                        WriteTyped(writer, "id", "g:Int64", id);
                        WriteTyped(writer, "inV", "g:Int32", target);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
                writer.WriteStartObject("properties");
                writer.WriteStartArray("name");
                writer.WriteStartObject();
                WriteTyped(writer, "id", "g:Int64", -1L - vertex);
                writer.WriteString("value", Name(vertex));
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.Flush();
                stream.Write("\n"u8);
                writer.Reset(stream);
            }
        }
        stream.Position = 0;
        return stream;
    }

    public static string Name(int vertex) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"v{vertex}");

    private static void WriteTyped(Utf8JsonWriter writer, string property, string type, long value)
    {
        writer.WriteStartObject(property);
        writer.WriteString("@type", type);
        writer.WriteNumber("@value", value);
        writer.WriteEndObject();
    }
}
