using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Tests.Strategies;

/// <summary>Seeded random graphs for comparing an optimised plan with the generic one.</summary>
internal static class RandomGraphs
{
    /// <summary>Vertices 0..n-1 labelled 'n' or 'm'; edges labelled a, b or c between random vertices, written as the graph layout stores them.</summary>
    public static GremlinGraph Create(Random random, int vertices, int edges)
    {
        var store = QuadStore.InMemory();
        using (var batch = store.BeginBatch())
        {
            var labelKey = batch.GetOrAddTerm(TermKind.String, "~label");
            for (var v = 0; v < vertices; v++)
                batch.Add(new Quad(Node(v), labelKey, batch.GetOrAddTerm(TermKind.String, random.Next(4) == 0 ? "m" : "n"), TermId.Default));
            string[] edgeLabels = ["a", "b", "c"];
            for (var e = 0; e < edges; e++)
            {
                var label = batch.GetOrAddTerm(TermKind.String, edgeLabels[random.Next(3)]);
                batch.Add(new Quad(Node(random.Next(vertices)), label, Node(random.Next(vertices)), batch.GetOrAddTerm(TermKind.Link, (long)e)));
            }
            batch.CommitAsync().AsTask().GetAwaiter().GetResult();

            TermId Node(int id) => batch.GetOrAddTerm(TermKind.Node, (long)id);
        }
        return new GremlinGraph(store);
    }
}
