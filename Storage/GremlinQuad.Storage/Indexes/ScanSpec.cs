namespace GremlinQuad.Storage.Indexes;

/// <summary>
/// A pattern turned into one range of one index: low and high keys over the bound prefix (plus the
/// range on the next slot when there is one), and whether quads in it must still be filtered.
/// </summary>
internal readonly struct ScanSpec
{
    public ScanSpec(in QuadPattern pattern, IndexOrder order)
    {
        Order = order;
        Prefix = IndexSelector.BoundPrefix(order, pattern.Bound);
        Span<ulong> low = stackalloc ulong[4];
        Span<ulong> high = stackalloc ulong[4];
        var rangeNext = false;
        for (var slot = 0; slot < 4; slot++)
        {
            var position = IndexSelector.PositionAt(order, slot);
            if (slot < Prefix)
            {
                low[slot] = high[slot] = TermAt(pattern, position).Value;
            }
            else if (slot == Prefix && pattern.RangePosition == position)
            {
                low[slot] = pattern.RangeLow.Value;
                high[slot] = pattern.RangeHigh.Value;
                rangeNext = true;
            }
            else
            {
                low[slot] = 0;
                high[slot] = ulong.MaxValue;
            }
        }
        Low = new QuadKey(low[0], low[1], low[2], low[3]);
        High = new QuadKey(high[0], high[1], high[2], high[3]);
        RangeOnNextPosition = rangeNext;
        var boundInKey = 0;
        var bound = (int)pattern.Bound & 15;
        while (bound != 0)
        {
            boundInKey++;
            bound &= bound - 1;
        }
        Filtered = boundInKey > Prefix || (pattern.RangePosition != AccessPattern.None && !rangeNext);
        Empty = pattern.RangePosition != AccessPattern.None && pattern.RangeLow > pattern.RangeHigh;
    }

    private static TermId TermAt(in QuadPattern pattern, AccessPattern position) => position switch
    {
        AccessPattern.Subject => pattern.Subject,
        AccessPattern.Predicate => pattern.Predicate,
        AccessPattern.Object => pattern.Object,
        _ => pattern.Graph,
    };

    public IndexOrder Order { get; }
    public int Prefix { get; }
    public QuadKey Low { get; }
    public QuadKey High { get; }
    public bool RangeOnNextPosition { get; }
    public bool Filtered { get; }

    /// <summary>An inverted range: nothing can match.</summary>
    public bool Empty { get; }
}
