namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// A vertex property result: its own id, key (= label), value, the owning vertex when known, and its
/// meta-properties when returned (null for a reference).
/// </summary>
public sealed class VertexProperty : Element
{
    public VertexProperty(object id, string key, object? value, Vertex? vertex = null, IReadOnlyList<Property>? properties = null)
        : base(id, key)
    {
        Value = value;
        Vertex = vertex;
        Properties = properties;
    }

    /// <summary>The property key; the same as <see cref="Element.Label"/>.</summary>
    public string Key => Label;

    public object? Value { get; }

    public Vertex? Vertex { get; }

    /// <summary>Meta-properties, or null when only a reference was returned.</summary>
    public IReadOnlyList<Property>? Properties { get; }

    /// <summary>TinkerPop's string form, <c>vp[name-&gt;marko]</c>.</summary>
    public override string ToString() => GremlinStringFactory.Format(this);
}
