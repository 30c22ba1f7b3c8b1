namespace GremlinQuad.Traversal.Execution;

/// <summary>
/// A position in the traversal: the current object, how many identical traversers it stands for
/// (bulk), its path, the repeat loops it is inside and its sack. Immutable: steps create new ones.
/// </summary>
internal sealed class Traverser
{
    public Traverser(object? value, long bulk, PathNode? path, LoopFrame? loops, object? sack)
    {
        Value = value;
        Bulk = bulk;
        Path = path;
        Loops = loops;
        Sack = sack;
    }

    public object? Value { get; }
    public long Bulk { get; }
    public PathNode? Path { get; }
    public LoopFrame? Loops { get; }
    public object? Sack { get; }

    /// <summary>False when paths are not tracked: <see cref="Split"/> then records no history.</summary>
    public bool TracksPath { get; init; } = true;

    public static Traverser Start(object? value, long bulk, object? sack) =>
        new(value, bulk, new PathNode(value, PathNode.NoLabels, null), null, sack);

    /// <summary>A child at a new object; the path grows by one entry (when paths are tracked).</summary>
    public Traverser Split(object? value) =>
        new(value, Bulk, TracksPath ? new PathNode(value, PathNode.NoLabels, Path) : null, Loops, Sack) { TracksPath = TracksPath };

    /// <summary>A child at a new object; the path does not grow (filters, side effects).</summary>
    public Traverser Replace(object? value) => new(value, Bulk, Path, Loops, Sack) { TracksPath = TracksPath };

    public Traverser WithBulk(long bulk) => new(Value, bulk, Path, Loops, Sack) { TracksPath = TracksPath };

    public Traverser WithSack(object? sack) => new(Value, Bulk, Path, Loops, sack) { TracksPath = TracksPath };

    public Traverser WithLoops(LoopFrame? loops) => new(Value, Bulk, Path, loops, Sack) { TracksPath = TracksPath };

    public Traverser WithLabels(IReadOnlyList<string> labels) =>
        labels.Count == 0 ? this : new(Value, Bulk, (Path ?? new PathNode(Value, PathNode.NoLabels, null)).WithLabels(labels), Loops, Sack) { TracksPath = TracksPath };

    public Traverser WithPath(PathNode? path) => new(Value, Bulk, path, Loops, Sack) { TracksPath = TracksPath };

    /// <summary>The innermost loop count (0 outside repeat).</summary>
    public int LoopCount(string? name)
    {
        for (var frame = Loops; frame is not null; frame = frame.Outer)
            if (name is null || frame.Name == name) return frame.Count;
        return 0;
    }
}
