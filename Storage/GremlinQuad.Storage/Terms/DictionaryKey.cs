namespace GremlinQuad.Storage.Terms;

/// <summary>A dictionary entry's identity: the same value under two kinds is two terms.</summary>
internal readonly struct DictionaryKey(TermKind kind, object value) : IEquatable<DictionaryKey>
{
    public TermKind Kind { get; } = kind;
    public object Value { get; } = value;

    public bool Equals(DictionaryKey other) => Kind == other.Kind && TermValueComparer.Instance.Equals(Value, other.Value);

    public override bool Equals(object? obj) => obj is DictionaryKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, TermValueComparer.Instance.GetHashCode(Value));
}
