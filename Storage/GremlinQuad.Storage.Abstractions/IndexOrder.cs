namespace GremlinQuad.Storage;

/// <summary>
/// A sorted index's key permutation. Persisted (store manifests, snapshots): never renumber.
/// </summary>
public enum IndexOrder : byte
{
    Spog = 0,
    Pogs = 1,
    Gpso = 2,
    /// <summary>Optional; chosen when a store is created, never added later.</summary>
    Osgp = 3,
}
