using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// The result of <c>tree()</c>: an ordered map from each node object to the subtree below it. Keys are
/// matched by <see cref="GremlinEquality.Equivalence"/>; equality is structural.
/// </summary>
public sealed class Tree : IReadOnlyDictionary<object?, Tree>, IEquatable<Tree>
{
    private readonly OrderedDictionary<object, Tree> _children = new(new NullableKeyComparer(GremlinEquality.Equivalence));

    public int Count => _children.Count;

    public IEnumerable<object?> Keys => _children.Keys.Select(NullableKeyComparer.Unwrap);

    public IEnumerable<Tree> Values => _children.Values;

    public Tree this[object? key] => _children[NullableKeyComparer.Wrap(key)];

    /// <summary>The subtree under <paramref name="key"/>, created empty if absent.</summary>
    public Tree GetOrAdd(object? key)
    {
        var wrapped = NullableKeyComparer.Wrap(key);
        if (!_children.TryGetValue(wrapped, out var child))
        {
            child = new Tree();
            _children.Add(wrapped, child);
        }
        return child;
    }

    /// <summary>Adds the branches of <paramref name="other"/> into this tree, merging shared nodes.</summary>
    public void Merge(Tree other)
    {
        foreach (var (key, subtree) in other)
            GetOrAdd(key).Merge(subtree);
    }

    public bool ContainsKey(object? key) => _children.ContainsKey(NullableKeyComparer.Wrap(key));

    public bool TryGetValue(object? key, [MaybeNullWhen(false)] out Tree value) =>
        _children.TryGetValue(NullableKeyComparer.Wrap(key), out value);

    public IEnumerator<KeyValuePair<object?, Tree>> GetEnumerator()
    {
        foreach (var (key, value) in _children)
            yield return new(NullableKeyComparer.Unwrap(key), value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(Tree? other)
    {
        if (other is null || other.Count != Count)
            return false;
        foreach (var (key, subtree) in _children)
        {
            if (!other._children.TryGetValue(key, out var otherSubtree) || !subtree.Equals(otherSubtree))
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Tree);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, subtree) in _children)
            hash += HashCode.Combine(GremlinEquality.Equivalence.GetHashCode(key), subtree.GetHashCode());
        return hash;
    }

    /// <summary>A nested-map form, <c>{v[1]={v[2]={}}}</c>, as Java prints a tree.</summary>
    public override string ToString() => GremlinStringFactory.Format(this);
}
