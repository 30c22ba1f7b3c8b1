namespace GremlinQuad.Storage.Indexes;

/// <summary>
/// The pattern → index rule of design.md §3, as a table over the 16 combinations of bound positions.
/// Most rows are "the index whose key starts with the most bound positions"; the table's exceptions
/// (a bound G goes to GPSO, an object-only lookup is a union scan without OSGP) are spelled out.
/// </summary>
internal static class IndexSelector
{
    private static readonly AccessPattern[][] KeyOrder =
    [
        [AccessPattern.Subject, AccessPattern.Predicate, AccessPattern.Object, AccessPattern.Graph], // Spog
        [AccessPattern.Predicate, AccessPattern.Object, AccessPattern.Graph, AccessPattern.Subject], // Pogs
        [AccessPattern.Graph, AccessPattern.Predicate, AccessPattern.Subject, AccessPattern.Object], // Gpso
        [AccessPattern.Object, AccessPattern.Subject, AccessPattern.Graph, AccessPattern.Predicate], // Osgp
    ];

    private const AccessPattern S = AccessPattern.Subject;
    private const AccessPattern P = AccessPattern.Predicate;
    private const AccessPattern O = AccessPattern.Object;
    private const AccessPattern G = AccessPattern.Graph;

    // Indexed by the bound-position flags; the "served here by" column of design.md §3 without OSGP.
    private static readonly IndexOrder[] WithoutObjectIndex = Build(withObjectIndex: false);
    private static readonly IndexOrder[] WithObjectIndex = Build(withObjectIndex: true);

    /// <summary>The index for <paramref name="bound"/>. For ??O? without OSGP this is POGS: the union scan's index.</summary>
    public static IndexOrder Choose(AccessPattern bound, bool hasObjectIndex) =>
        (hasObjectIndex ? WithObjectIndex : WithoutObjectIndex)[(int)bound & 15];

    /// <summary>True for ??O? without OSGP: one POGS scan per predicate.</summary>
    public static bool IsUnionScan(AccessPattern bound, bool hasObjectIndex) => !hasObjectIndex && bound == O;

    /// <summary>How many leading key positions of <paramref name="order"/> are bound.</summary>
    public static int BoundPrefix(IndexOrder order, AccessPattern bound)
    {
        var positions = KeyOrder[(int)order];
        var count = 0;
        while (count < 4 && (bound & positions[count]) != 0) count++;
        return count;
    }

    /// <summary>The position at key slot <paramref name="slot"/> (0..3) of <paramref name="order"/>.</summary>
    public static AccessPattern PositionAt(IndexOrder order, int slot) => KeyOrder[(int)order][slot];

    private static IndexOrder[] Build(bool withObjectIndex)
    {
        var table = new IndexOrder[16];
        for (var flags = 0; flags < 16; flags++)
        {
            var bound = (AccessPattern)flags;
            table[flags] = bound switch
            {
                // A bound graph position goes to GPSO, whatever else is bound (except the full SPOG key
                // and ?POG, which have a longer prefix on SPOG / POGS).
                S | P | O | G => IndexOrder.Spog,
                P | O | G => IndexOrder.Pogs,
                _ when (bound & G) != 0 => IndexOrder.Gpso,
                O => withObjectIndex ? IndexOrder.Osgp : IndexOrder.Pogs,
                S | O => withObjectIndex ? IndexOrder.Osgp : IndexOrder.Spog,
                _ => BestPrefix(bound),
            };
        }
        return table;
    }

    private static IndexOrder BestPrefix(AccessPattern bound)
    {
        var best = IndexOrder.Spog;
        var bestPrefix = -1;
        foreach (var order in (ReadOnlySpan<IndexOrder>)[IndexOrder.Spog, IndexOrder.Pogs, IndexOrder.Gpso])
        {
            var prefix = BoundPrefix(order, bound);
            if (prefix > bestPrefix)
            {
                best = order;
                bestPrefix = prefix;
            }
        }
        return best;
    }
}
