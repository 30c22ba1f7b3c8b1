using System.Text;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;

namespace GremlinQuad.Server.Tests;

/// <summary>A complete directed graph, generated: path-heavy traversals over it run long enough to hit any timeout.</summary>
internal static class BigGraph
{
    public static void AddTo(GraphRegistry graphs, string name, int vertices)
    {
        var text = new StringBuilder();
        var edgeId = vertices + 1;
        for (var v = 1; v <= vertices; v++)
        {
            text.Append("{\"id\":{\"@type\":\"g:Int32\",\"@value\":").Append(v).Append("},\"label\":\"node\",\"outE\":{\"link\":[");
            var first = true;
            for (var w = 1; w <= vertices; w++)
            {
                if (w == v)
                    continue;
                if (!first)
                    text.Append(',');
                first = false;
                text.Append("{\"id\":{\"@type\":\"g:Int32\",\"@value\":").Append(edgeId++).Append("},\"inV\":{\"@type\":\"g:Int32\",\"@value\":").Append(w).Append("}}");
            }
            text.Append("]},\"properties\":{\"n\":[{\"id\":{\"@type\":\"g:Int64\",\"@value\":").Append(v).Append("},\"value\":{\"@type\":\"g:Int32\",\"@value\":").Append(v).Append("}}]}}\n");
        }
        var store = QuadStore.InMemory();
        var graph = new GremlinGraph(store);
        using (var input = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())))
            graph.Load(input, GraphFormat.GraphSon);
        graphs.Add(name, graph, store);
    }
}
