namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// A traversal path: the objects visited, each with the set of step labels it was given. Equal when both
/// the objects and the labels are equal position by position.
/// </summary>
public sealed class Path : IEquatable<Path>, IReadOnlyList<object?>
{
    public Path(IReadOnlyList<IReadOnlySet<string>> labels, IReadOnlyList<object?> objects)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(objects);
        if (labels.Count != objects.Count)
            throw new ArgumentException($"A path needs one label set per object, but has {labels.Count} label sets for {objects.Count} objects.", nameof(labels));
        Labels = labels;
        Objects = objects;
    }

    public IReadOnlyList<IReadOnlySet<string>> Labels { get; }

    public IReadOnlyList<object?> Objects { get; }

    public int Count => Objects.Count;

    public object? this[int index] => Objects[index];

    public IEnumerator<object?> GetEnumerator() => Objects.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(Path? other) => GremlinEquality.Equivalence.Equals(this, other);

    public override bool Equals(object? obj) => Equals(obj as Path);

    public override int GetHashCode() => GremlinEquality.Equivalence.GetHashCode(this);

    /// <summary>TinkerPop's string form, <c>path[v[1], v[2], vadas]</c>.</summary>
    public override string ToString() => GremlinStringFactory.Format(this);
}
