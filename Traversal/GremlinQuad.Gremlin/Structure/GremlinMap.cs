using System.Collections;
using System.Diagnostics.CodeAnalysis;
using GremlinQuad.Gremlin.Language;

namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// Gremlin's map: keeps insertion order (TinkerPop returns LinkedHashMaps), accepts keys of any type
/// including null and tokens such as <see cref="T.label"/>, and finds keys by
/// <see cref="GremlinEquality.Equivalence"/> (so <c>1</c> and <c>1L</c> are distinct keys, as in
/// <c>group()</c>). Two maps are equal when they hold equivalent entries, in any order.
/// </summary>
public sealed class GremlinMap : IDictionary<object?, object?>, IReadOnlyDictionary<object?, object?>, IEquatable<GremlinMap>
{
    private readonly OrderedDictionary<object, object?> _entries;

    public GremlinMap()
        : this(GremlinEquality.Equivalence)
    {
    }

    /// <param name="keyComparer">How keys are matched; <see cref="GremlinEquality.Equivalence"/> unless told.</param>
    public GremlinMap(IEqualityComparer<object?> keyComparer)
    {
        _entries = new OrderedDictionary<object, object?>(new NullableKeyComparer(keyComparer));
    }

    public GremlinMap(IEnumerable<KeyValuePair<object?, object?>> entries)
        : this()
    {
        foreach (var (key, value) in entries)
            this[key] = value;
    }

    /// <summary>How keys are matched.</summary>
    public IEqualityComparer<object?> Comparer => ((NullableKeyComparer)_entries.Comparer).Inner;

    public int Count => _entries.Count;

    public bool IsReadOnly => false;

    public ICollection<object?> Keys => [.. _entries.Keys.Select(NullableKeyComparer.Unwrap)];

    public ICollection<object?> Values => _entries.Values;

    IEnumerable<object?> IReadOnlyDictionary<object?, object?>.Keys => _entries.Keys.Select(NullableKeyComparer.Unwrap);

    IEnumerable<object?> IReadOnlyDictionary<object?, object?>.Values => _entries.Values;

    /// <summary>Gets the value of a key (throws when absent) or sets it, keeping the first insertion position.</summary>
    public object? this[object? key]
    {
        get => _entries.TryGetValue(NullableKeyComparer.Wrap(key), out var value)
            ? value
            : throw new KeyNotFoundException($"The map has no key {GremlinLangWriter.WriteValue(key)}.");
        set => _entries[NullableKeyComparer.Wrap(key)] = value;
    }

    /// <summary>The entry at an insertion position.</summary>
    public KeyValuePair<object?, object?> GetAt(int index)
    {
        var (key, value) = _entries.GetAt(index);
        return new(NullableKeyComparer.Unwrap(key), value);
    }

    public void Add(object? key, object? value) => _entries.Add(NullableKeyComparer.Wrap(key), value);

    public void Add(KeyValuePair<object?, object?> item) => Add(item.Key, item.Value);

    public bool TryAdd(object? key, object? value) => _entries.TryAdd(NullableKeyComparer.Wrap(key), value);

    public bool ContainsKey(object? key) => _entries.ContainsKey(NullableKeyComparer.Wrap(key));

    public bool TryGetValue(object? key, [MaybeNullWhen(false)] out object? value) =>
        _entries.TryGetValue(NullableKeyComparer.Wrap(key), out value);

    public bool Remove(object? key) => _entries.Remove(NullableKeyComparer.Wrap(key));

    public bool Remove(KeyValuePair<object?, object?> item) =>
        Contains(item) && Remove(item.Key);

    public bool Contains(KeyValuePair<object?, object?> item) =>
        TryGetValue(item.Key, out var value) && GremlinEquality.Equivalence.Equals(value, item.Value);

    public void Clear() => _entries.Clear();

    public void CopyTo(KeyValuePair<object?, object?>[] array, int arrayIndex)
    {
        foreach (var entry in this)
            array[arrayIndex++] = entry;
    }

    public IEnumerator<KeyValuePair<object?, object?>> GetEnumerator()
    {
        foreach (var (key, value) in _entries)
            yield return new(NullableKeyComparer.Unwrap(key), value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(GremlinMap? other) => GremlinEquality.Equivalence.Equals(this, other);

    public override bool Equals(object? obj) => obj is GremlinMap other && Equals(other);

    public override int GetHashCode() => GremlinEquality.Equivalence.GetHashCode(this);

    /// <summary>Java's form, as Gremlin Console prints it: <c>{a=1, b=2}</c>.</summary>
    public override string ToString() => GremlinStringFactory.Format(this);
}
