using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Graph;

/// <summary>
/// A vertex property: the quad (vertex, key, value, G). G is <see cref="TermId.Default"/> for a plain
/// property, or a Statement term when the property has its own id (list cardinality, meta-properties,
/// loaded ids); that Statement term is then the subject of its meta-properties.
/// </summary>
internal sealed record VertexPropertyRef(TermId Vertex, TermId Key, TermId Value, TermId Statement)
{
    public Quad Quad => new(Vertex, Key, Value, Statement);

    public bool HasStatement => Statement.Kind == TermKind.Statement;
}
