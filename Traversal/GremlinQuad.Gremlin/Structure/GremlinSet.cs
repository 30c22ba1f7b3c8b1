using System.Collections;

namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// Gremlin's set: keeps insertion order (TinkerPop returns LinkedHashSets) and matches members by
/// <see cref="GremlinEquality.Equivalence"/>. Two sets are equal when they hold equivalent members.
/// </summary>
public sealed class GremlinSet : ISet<object?>, IReadOnlySet<object?>, IReadOnlyCollection<object?>, IEquatable<GremlinSet>
{
    private readonly OrderedDictionary<object, bool> _members;

    public GremlinSet()
        : this(GremlinEquality.Equivalence)
    {
    }

    public GremlinSet(IEqualityComparer<object?> comparer)
    {
        _members = new OrderedDictionary<object, bool>(new NullableKeyComparer(comparer));
    }

    public GremlinSet(IEnumerable<object?> members)
        : this()
    {
        UnionWith(members);
    }

    /// <summary>How keys are matched.</summary>
    public IEqualityComparer<object?> Comparer => ((NullableKeyComparer)_members.Comparer).Inner;

    public int Count => _members.Count;

    public bool IsReadOnly => false;

    /// <summary>The member at an insertion position.</summary>
    public object? GetAt(int index) => NullableKeyComparer.Unwrap(_members.GetAt(index).Key);

    public bool Add(object? item) => _members.TryAdd(NullableKeyComparer.Wrap(item), true);

    void ICollection<object?>.Add(object? item) => Add(item);

    public bool Contains(object? item) => _members.ContainsKey(NullableKeyComparer.Wrap(item));

    public bool Remove(object? item) => _members.Remove(NullableKeyComparer.Wrap(item));

    public void Clear() => _members.Clear();

    public void CopyTo(object?[] array, int arrayIndex)
    {
        foreach (var member in this)
            array[arrayIndex++] = member;
    }

    public void UnionWith(IEnumerable<object?> other)
    {
        foreach (var item in other)
            Add(item);
    }

    public void ExceptWith(IEnumerable<object?> other)
    {
        foreach (var item in other)
            Remove(item);
    }

    public void IntersectWith(IEnumerable<object?> other)
    {
        var keep = new GremlinSet(other);
        foreach (var item in this.ToList())
        {
            if (!keep.Contains(item))
                Remove(item);
        }
    }

    public void SymmetricExceptWith(IEnumerable<object?> other)
    {
        foreach (var item in new GremlinSet(other))
        {
            if (!Remove(item))
                Add(item);
        }
    }

    public bool IsSubsetOf(IEnumerable<object?> other)
    {
        var set = new GremlinSet(other);
        return this.All(set.Contains);
    }

    public bool IsSupersetOf(IEnumerable<object?> other) => other.All(Contains);

    public bool IsProperSubsetOf(IEnumerable<object?> other)
    {
        var set = new GremlinSet(other);
        return set.Count > Count && this.All(set.Contains);
    }

    public bool IsProperSupersetOf(IEnumerable<object?> other)
    {
        var set = new GremlinSet(other);
        return Count > set.Count && set.All(Contains);
    }

    public bool Overlaps(IEnumerable<object?> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<object?> other)
    {
        var set = new GremlinSet(other);
        return set.Count == Count && set.All(Contains);
    }

    public IEnumerator<object?> GetEnumerator()
    {
        foreach (var key in _members.Keys)
            yield return NullableKeyComparer.Unwrap(key);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(GremlinSet? other) => GremlinEquality.Equivalence.Equals(this, other);

    public override bool Equals(object? obj) => obj is GremlinSet other && Equals(other);

    public override int GetHashCode() => GremlinEquality.Equivalence.GetHashCode(this);

    /// <summary>Java's form, as Gremlin Console prints it: <c>[a, b]</c>.</summary>
    public override string ToString() => GremlinStringFactory.Format(this);
}
