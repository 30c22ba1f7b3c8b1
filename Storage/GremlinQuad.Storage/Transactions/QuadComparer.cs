using System.Runtime.CompilerServices;

namespace GremlinQuad.Storage.Transactions;

/// <summary>Quad equality with a well-mixed hash: term ids share their high bits, so xor-folding hashes collide.</summary>
internal sealed class QuadComparer : IEqualityComparer<Quad>
{
    public static readonly QuadComparer Instance = new();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(Quad x, Quad y) =>
        x.Subject.Value == y.Subject.Value && x.Predicate.Value == y.Predicate.Value
        && x.Object.Value == y.Object.Value && x.Graph.Value == y.Graph.Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetHashCode(Quad obj)
    {
        var h = obj.Subject.Value * 0x9E3779B97F4A7C15UL;
        h = (h ^ obj.Predicate.Value) * 0xC2B2AE3D27D4EB4FUL;
        h = (h ^ obj.Object.Value) * 0x165667B19E3779F9UL;
        h = (h ^ obj.Graph.Value) * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 32);
    }
}
