namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// A graph element as a result value. Two elements are equal when they are of the same kind
/// (vertex, edge, vertex property) and their ids are equivalent; labels and properties do not take part.
/// </summary>
public abstract class Element : IEquatable<Element>
{
    protected Element(object id, string label)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(label);
        Id = id;
        Label = label;
    }

    public object Id { get; }

    public string Label { get; }

    public bool Equals(Element? other) =>
        other is not null && other.GetType() == GetType() && GremlinEquality.Equivalence.Equals(Id, other.Id);

    public override bool Equals(object? obj) => Equals(obj as Element);

    public override int GetHashCode() => HashCode.Combine(GetType(), GremlinEquality.Equivalence.GetHashCode(Id));
}
