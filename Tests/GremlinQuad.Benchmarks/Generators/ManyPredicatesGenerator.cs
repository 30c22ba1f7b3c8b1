using System.Globalization;

namespace GremlinQuad.Benchmarks.Generators;

/// <summary>
/// The "many predicates" graph: <paramref name="vertices"/> background vertices, each with enough
/// properties that all <paramref name="propertyKeys"/> keys are used (at least three per vertex) and two
/// out-edges to random vertices, with labels from <paramref name="edgeLabels"/> distinct labels; plus
/// hub vertices that have exactly a given in-degree (and two out-edges). The distinct predicates are
/// the edge labels, the property keys and "~label". Deterministic for a seed.
/// </summary>
internal sealed class ManyPredicatesGenerator(int vertices, int edgeLabels, int propertyKeys, int seed = 7)
{
    /// <summary>Splits a target number of distinct predicates the way real graphs look: a few edge labels, many property keys.</summary>
    public static ManyPredicatesGenerator ForPredicates(int vertices, int predicates, int seed = 7)
    {
        if (predicates < 3)
            throw new ArgumentOutOfRangeException(nameof(predicates), predicates, "Need at least 3 predicates: ~label, one edge label and one property key.");
        var labels = Math.Min(5, (predicates - 1) / 2);
        return new ManyPredicatesGenerator(vertices, labels, predicates - 1 - labels, seed);
    }

    public int EdgeLabels => edgeLabels;

    public int PropertyKeys => propertyKeys;

    public int DistinctPredicates => edgeLabels + propertyKeys + 1;

    /// <summary>
    /// Writes the graph. Hubs get ids from the number of background vertices upward, <paramref name="hubsPerDegree"/>
    /// per entry of <paramref name="hubDegrees"/>; returns them by degree, in id order.
    /// </summary>
    public IReadOnlyDictionary<int, long[]> Write(QuadGraphWriter writer, IReadOnlyList<int> hubDegrees, int hubsPerDegree)
    {
        var random = new Random(seed);
        var propertiesPerVertex = Math.Max(3, (propertyKeys + vertices - 1) / vertices);
        var labels = Enumerable.Range(0, edgeLabels).Select(i => Name("link", i)).ToArray();
        var keys = Enumerable.Range(0, propertyKeys).Select(i => Name("key", i)).ToArray();
        long edgeId = 0;
        for (long v = 0; v < vertices; v++)
        {
            writer.AddVertex(v, "item");
            for (var j = 0; j < propertiesPerVertex; j++)
                writer.AddProperty(v, keys[(int)((v * propertiesPerVertex + j) % propertyKeys)], random.Next(1_000_000));
            for (var e = 0; e < 2; e++)
                writer.AddEdge(edgeId++, v, labels[random.Next(edgeLabels)], random.Next(vertices));
        }

        var hubs = new Dictionary<int, long[]>();
        long next = vertices;
        foreach (var degree in hubDegrees)
        {
            var ids = new long[hubsPerDegree];
            for (var h = 0; h < hubsPerDegree; h++)
            {
                var hub = ids[h] = next++;
                writer.AddVertex(hub, "hub");
                writer.AddProperty(hub, "key0", degree);
                for (var e = 0; e < degree; e++)
                    writer.AddEdge(edgeId++, random.Next(vertices), labels[random.Next(edgeLabels)], hub);
                for (var e = 0; e < 2; e++)
                    writer.AddEdge(edgeId++, hub, labels[random.Next(edgeLabels)], random.Next(vertices));
            }
            hubs[degree] = ids;
        }
        return hubs;
    }

    private static string Name(string prefix, int n) => string.Create(CultureInfo.InvariantCulture, $"{prefix}{n}");
}
