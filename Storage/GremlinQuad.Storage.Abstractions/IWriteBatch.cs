namespace GremlinQuad.Storage;

/// <summary>
/// A transaction: reads see the snapshot it started from plus its own writes; its writes (quads and
/// new dictionary terms) become visible to others all at once on commit, or never. Disposing an
/// uncommitted batch aborts it and leaves no trace.
/// </summary>
public interface IWriteBatch : IReadSnapshot
{
    /// <summary>The term for <paramref name="value"/>, creating a dictionary entry if needed (visible to others only on commit).</summary>
    TermId GetOrAddTerm(TermKind kind, object value);

    /// <summary>Adds a quad; false when it is already there (set semantics).</summary>
    bool Add(in Quad quad);

    /// <summary>Removes a quad from every index; false when it was not there.</summary>
    bool Remove(in Quad quad);

    /// <summary>
    /// Marks the current changes so that <see cref="RollbackTo"/> can undo everything written after it
    /// (one request inside a multi-request transaction). Savepoints nest; a later one is inside an earlier one.
    /// </summary>
    BatchSavepoint Savepoint();

    /// <summary>Undoes every quad and new term written since <paramref name="savepoint"/>; changes before it stay.</summary>
    void RollbackTo(BatchSavepoint savepoint);

    /// <summary>Whether this batch has written anything.</summary>
    bool HasChanges { get; }

    /// <summary>
    /// Makes the batch visible atomically. Completes only when the commit is durable (for a
    /// durable store). A batch commits at most once.
    /// </summary>
    ValueTask CommitAsync(CancellationToken cancellationToken = default);
}

/// <summary>A position in a batch's change history (<see cref="IWriteBatch.Savepoint"/>); opaque to callers.</summary>
public readonly record struct BatchSavepoint(int Changes, int Terms);
