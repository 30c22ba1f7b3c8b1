using System.Runtime.CompilerServices;

namespace GremlinQuad.Storage.Indexes;

/// <summary>
/// A quad's four term values in one index's key order. Keys compare as four unsigned 64-bit numbers,
/// most significant first, which is the order of every index.
/// </summary>
internal readonly record struct QuadKey(ulong K0, ulong K1, ulong K2, ulong K3) : IComparable<QuadKey>
{
    public static readonly QuadKey Min = new(0, 0, 0, 0);
    public static readonly QuadKey Max = new(ulong.MaxValue, ulong.MaxValue, ulong.MaxValue, ulong.MaxValue);

    public ulong this[int position] => position switch
    {
        0 => K0,
        1 => K1,
        2 => K2,
        _ => K3,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static QuadKey From(in Quad quad, IndexOrder order) => order switch
    {
        IndexOrder.Spog => new(quad.Subject.Value, quad.Predicate.Value, quad.Object.Value, quad.Graph.Value),
        IndexOrder.Pogs => new(quad.Predicate.Value, quad.Object.Value, quad.Graph.Value, quad.Subject.Value),
        IndexOrder.Gpso => new(quad.Graph.Value, quad.Predicate.Value, quad.Subject.Value, quad.Object.Value),
        _ => new(quad.Object.Value, quad.Subject.Value, quad.Graph.Value, quad.Predicate.Value),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Quad ToQuad(IndexOrder order) => order switch
    {
        IndexOrder.Spog => new(new(K0), new(K1), new(K2), new(K3)),
        IndexOrder.Pogs => new(new(K3), new(K0), new(K1), new(K2)),
        IndexOrder.Gpso => new(new(K2), new(K1), new(K3), new(K0)),
        _ => new(new(K1), new(K3), new(K0), new(K2)),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(QuadKey other)
    {
        if (K0 != other.K0) return K0 < other.K0 ? -1 : 1;
        if (K1 != other.K1) return K1 < other.K1 ? -1 : 1;
        if (K2 != other.K2) return K2 < other.K2 ? -1 : 1;
        if (K3 != other.K3) return K3 < other.K3 ? -1 : 1;
        return 0;
    }

    public static bool operator <(QuadKey left, QuadKey right) => left.CompareTo(right) < 0;
    public static bool operator >(QuadKey left, QuadKey right) => left.CompareTo(right) > 0;
    public static bool operator <=(QuadKey left, QuadKey right) => left.CompareTo(right) <= 0;
    public static bool operator >=(QuadKey left, QuadKey right) => left.CompareTo(right) >= 0;

    /// <summary>The next key in order, or false after <see cref="Max"/>.</summary>
    public bool TryIncrement(out QuadKey next)
    {
        if (K3 != ulong.MaxValue) { next = new(K0, K1, K2, K3 + 1); return true; }
        if (K2 != ulong.MaxValue) { next = new(K0, K1, K2 + 1, 0); return true; }
        if (K1 != ulong.MaxValue) { next = new(K0, K1 + 1, 0, 0); return true; }
        if (K0 != ulong.MaxValue) { next = new(K0 + 1, 0, 0, 0); return true; }
        next = default;
        return false;
    }
}
