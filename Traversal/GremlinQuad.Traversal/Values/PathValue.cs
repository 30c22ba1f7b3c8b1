namespace GremlinQuad.Traversal.Values;

/// <summary>A path as the engine carries it (objects still internal references); a Structure Path at the output.</summary>
internal sealed class PathValue(IReadOnlyList<object?> objects, IReadOnlyList<IReadOnlyList<string>> labels) : IEquatable<PathValue>
{
    public IReadOnlyList<object?> Objects { get; } = objects;
    public IReadOnlyList<IReadOnlyList<string>> Labels { get; } = labels;

    public bool Equals(PathValue? other)
    {
        if (other is null || other.Objects.Count != Objects.Count) return false;
        for (var i = 0; i < Objects.Count; i++)
        {
            if (!GremlinValues.Equal(Objects[i], other.Objects[i])) return false;
            if (!Labels[i].SequenceEqual(other.Labels[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PathValue);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Objects) hash.Add(GremlinValues.HashCode(item));
        return hash.ToHashCode();
    }

    /// <summary>The objects labelled <paramref name="label"/>, oldest first.</summary>
    public List<object?> Get(string label)
    {
        var found = new List<object?>();
        for (var i = 0; i < Objects.Count; i++)
            if (Labels[i].Contains(label)) found.Add(Objects[i]);
        return found;
    }

    public override string ToString() => "path[" + string.Join(", ", Objects) + "]";
}
