namespace GremlinQuad.Gremlin.Structure;

/// <summary>An edge result with its two end vertices (as references). <see cref="Properties"/> is null for a reference.</summary>
public sealed class Edge : Element
{
    /// <summary>The label TinkerPop gives an edge added without one.</summary>
    public const string DefaultLabel = "edge";

    public Edge(object id, Vertex outV, string label, Vertex inV, IReadOnlyList<Property>? properties = null)
        : base(id, label)
    {
        ArgumentNullException.ThrowIfNull(outV);
        ArgumentNullException.ThrowIfNull(inV);
        OutV = outV;
        InV = inV;
        Properties = properties;
    }

    /// <summary>The tail: the vertex the edge goes out of.</summary>
    public Vertex OutV { get; }

    /// <summary>The head: the vertex the edge comes into.</summary>
    public Vertex InV { get; }

    public IReadOnlyList<Property>? Properties { get; }

    /// <summary>TinkerPop's string form, <c>e[7][1-knows-&gt;2]</c>.</summary>
    public override string ToString() => GremlinStringFactory.Format(this);
}
