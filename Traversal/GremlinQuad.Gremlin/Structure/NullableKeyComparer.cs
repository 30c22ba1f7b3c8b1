namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// Lets BCL hash collections hold a null key: null is stored as <see cref="NullKey"/>, which equals only itself.
/// </summary>
internal sealed class NullableKeyComparer(IEqualityComparer<object?> inner) : IEqualityComparer<object>
{
    public static readonly object NullKey = new();

    public IEqualityComparer<object?> Inner { get; } = inner;

    public static object Wrap(object? key) => key ?? NullKey;

    public static object? Unwrap(object key) => ReferenceEquals(key, NullKey) ? null : key;

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, NullKey) || ReferenceEquals(y, NullKey))
            return ReferenceEquals(x, y);
        return Inner.Equals(x, y);
    }

    public int GetHashCode(object obj) => ReferenceEquals(obj, NullKey) ? 0 : Inner.GetHashCode(obj);
}
