namespace GremlinQuad.Traversal.Execution;

/// <summary>
/// A traverser's history as an immutable linked list, newest first: extending a path shares the
/// prefix, so splitting a traverser into many children costs one node each.
/// </summary>
internal sealed class PathNode(object? value, IReadOnlyList<string> labels, PathNode? previous)
{
    public static readonly IReadOnlyList<string> NoLabels = [];

    public object? Value { get; } = value;
    public IReadOnlyList<string> Labels { get; } = labels;
    public PathNode? Previous { get; } = previous;

    public PathNode WithLabels(IReadOnlyList<string> labels)
    {
        if (labels.Count == 0) return this;
        var merged = new List<string>(Labels);
        foreach (var label in labels)
            if (!merged.Contains(label)) merged.Add(label);
        return new PathNode(Value, merged, Previous);
    }

    /// <summary>Oldest first.</summary>
    public List<PathNode> ToList()
    {
        var list = new List<PathNode>();
        for (var node = this; node is not null; node = node.Previous) list.Add(node);
        list.Reverse();
        return list;
    }
}
