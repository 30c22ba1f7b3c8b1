namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// An edge property or meta-property: key and value, and the owning element when known. Equal when keys
/// and values are equivalent (and owners too, when both are known).
/// </summary>
public sealed class Property : IEquatable<Property>
{
    public Property(string key, object? value, Element? element = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key;
        Value = value;
        Element = element;
    }

    public string Key { get; }

    public object? Value { get; }

    public Element? Element { get; }

    public bool Equals(Property? other) => GremlinEquality.Equivalence.Equals(this, other);

    public override bool Equals(object? obj) => Equals(obj as Property);

    public override int GetHashCode() => GremlinEquality.Equivalence.GetHashCode(this);

    /// <summary>TinkerPop's string form, <c>p[weight-&gt;0.5]</c>.</summary>
    public override string ToString() => GremlinStringFactory.Format(this);
}
