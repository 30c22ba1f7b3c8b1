namespace GremlinQuad.Storage;

/// <summary>
/// Where a scan stopped. Owned and interpreted only by the snapshot that produced it; start with
/// <c>default</c>, pass it back unchanged, stop when <see cref="Done"/>. A struct so that a scan
/// allocates nothing; <see cref="State"/> exists for implementations that need more than the
/// numeric fields (and should be left null on hot paths).
/// </summary>
public struct ScanCursor
{
    public bool Started;
    public bool Done;
    public int Part;
    public int Block;
    public long Position;
    public long Limit;
    public object? State;
}
