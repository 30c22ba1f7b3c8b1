namespace GremlinQuad.Storage;

/// <summary>
/// The storage layer's whole surface: a quad store of 64-bit terms with snapshot reads and atomic
/// write batches. Knows nothing of what the quads mean.
/// </summary>
public interface IQuadStore : IDisposable
{
    /// <summary>Whether OSGP is kept (chosen when the store was created).</summary>
    bool HasObjectIndex { get; }

    /// <summary>How object-only lookups are answered without OSGP.</summary>
    ObjectScanMode ObjectScanMode { get; }

    /// <summary>A view of the latest committed state. Never blocks on writers.</summary>
    IReadSnapshot OpenSnapshot();

    /// <summary>A new transaction over the latest committed state. Commits are serialized; beginning one does not block.</summary>
    IWriteBatch BeginBatch();

    /// <summary>
    /// A long-lived transaction (a session's): like <see cref="BeginBatch"/>, but its commit is validated,
    /// first committer wins: when a resource (node, link or statement term) that one of its changed quads
    /// names was changed by a commit made after it began, <see cref="IWriteBatch.CommitAsync"/> throws
    /// <see cref="StorageConflictException"/> and nothing of it is written. Other writers are never blocked by it.
    /// </summary>
    IWriteBatch BeginTransaction();

    /// <summary>Set when a write failure has made the store read-only; null while writable.</summary>
    string? WritesSuspendedReason { get; }
}
