using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Graph;

/// <summary>
/// A key/value property of an edge (owner is its Link term) or a meta-property of a vertex property
/// (owner is the property's Statement term): the quad (owner, key, value, Default).
/// </summary>
internal sealed record PropertyRef(TermId Owner, TermId Key, TermId Value)
{
    public Quad Quad => new(Owner, Key, Value, TermId.Default);
}
