using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Graph;

/// <summary>An edge: its quad (out-vertex, label, in-vertex, Link id). Equality is by the Link term alone.</summary>
internal sealed class EdgeRef(TermId id, TermId outVertex, TermId label, TermId inVertex) : IEquatable<EdgeRef>
{
    public TermId Id { get; } = id;
    public TermId OutVertex { get; } = outVertex;
    public TermId Label { get; } = label;
    public TermId InVertex { get; } = inVertex;

    public Quad Quad => new(OutVertex, Label, InVertex, Id);

    public bool Equals(EdgeRef? other) => other is not null && other.Id == Id;

    public override bool Equals(object? obj) => Equals(obj as EdgeRef);

    public override int GetHashCode() => Id.GetHashCode();

    public override string ToString() => $"e[{Id}]";
}
