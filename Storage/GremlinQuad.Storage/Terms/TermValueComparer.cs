namespace GremlinQuad.Storage.Terms;

/// <summary>
/// Equality of dictionary values: type-sensitive (an int 1 and a long 1 are different ids, as in
/// TinkerPop), bit-exact for floating point (so -0.0 and NaN payloads round-trip), by content for byte[].
/// </summary>
internal sealed class TermValueComparer : IEqualityComparer<object>
{
    public static readonly TermValueComparer Instance = new();

    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.GetType() != y.GetType()) return false;
        return x switch
        {
            double a => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits((double)y),
            float a => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits((float)y),
            // decimal equality ignores scale (1.0m == 1.00m); the dictionary must keep both apart to round-trip.
            decimal a => decimal.GetBits(a).AsSpan().SequenceEqual(decimal.GetBits((decimal)y)),
            byte[] a => a.AsSpan().SequenceEqual((byte[])y),
            _ => x.Equals(y),
        };
    }

    public int GetHashCode(object obj) => obj switch
    {
        double a => BitConverter.DoubleToInt64Bits(a).GetHashCode(),
        float a => BitConverter.SingleToInt32Bits(a),
        decimal a => HashCode.Combine(a, a.Scale),
        byte[] a => HashBytes(a),
        _ => obj.GetHashCode(),
    };

    private static int HashBytes(byte[] bytes)
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        return hash.ToHashCode();
    }
}
