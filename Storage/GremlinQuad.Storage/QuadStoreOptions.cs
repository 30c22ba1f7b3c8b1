namespace GremlinQuad.Storage;

/// <summary>Settings chosen when a store is created.</summary>
public sealed record QuadStoreOptions
{
    /// <summary>
    /// Keep the fourth index, OSGP, so an object-only lookup is one range scan. Fixed at creation:
    /// it can be turned on only while the store is empty.
    /// </summary>
    public bool ObjectIndex { get; init; }

    /// <summary>How object-only lookups are answered without OSGP.</summary>
    public ObjectScanMode ObjectScanMode { get; init; } = ObjectScanMode.NodePredicates;

    /// <summary>
    /// Durable stores: a checkpoint is taken in the background once the current log segment grows past
    /// this many bytes (and on clean shutdown), after which the segments it covers are deleted.
    /// </summary>
    public long CheckpointLogBytes { get; init; } = 64L << 20;
}
