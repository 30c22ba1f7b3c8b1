namespace GremlinQuad.Gremlin.Structure;

/// <summary>A vertex result. <see cref="Properties"/> is null when only a reference (id and label) is returned.</summary>
public sealed class Vertex : Element
{
    /// <summary>The label TinkerPop gives a vertex added without one.</summary>
    public const string DefaultLabel = "vertex";

    public Vertex(object id, string label = DefaultLabel, IReadOnlyList<VertexProperty>? properties = null)
        : base(id, label)
    {
        Properties = properties;
    }

    public IReadOnlyList<VertexProperty>? Properties { get; }

    /// <summary>TinkerPop's string form, <c>v[1]</c>.</summary>
    public override string ToString() => GremlinStringFactory.Format(this);
}
