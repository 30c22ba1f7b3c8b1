namespace GremlinQuad.Storage;

/// <summary>Running totals of the scans a snapshot has served; profile() reads them.</summary>
public sealed class ScanCounters
{
    public long RangeScans;
    public long QuadsRead;
    public long UnionScans;
}
