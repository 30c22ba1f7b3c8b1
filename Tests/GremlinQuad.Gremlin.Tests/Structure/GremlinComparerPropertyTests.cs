using System.Numerics;
using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace GremlinQuad.Gremlin.Tests.Structure;

/// <summary>The comparers agree with each other and with hashing, over numbers of every type.</summary>
public sealed class GremlinComparerPropertyTests
{
    /// <summary>The same values in every numeric type that can hold them (plus near neighbours).</summary>
    private static List<object> Numbers(long integral, double floating)
    {
        var values = new List<object> { integral, new BigInteger(integral), (decimal)integral, (double)integral, (float)integral, floating, (float)floating };
        if (integral is >= int.MinValue and <= int.MaxValue)
            values.Add((int)integral);
        if (integral is >= short.MinValue and <= short.MaxValue)
            values.Add((short)integral);
        if (integral is >= sbyte.MinValue and <= sbyte.MaxValue)
            values.Add((sbyte)integral);
        if (double.IsFinite(floating) && Math.Abs(floating) < 7.9e27)
            values.Add((decimal)floating);
        values.Add(integral + 1);
        return values;
    }

    [FsCheckProperty(MaxTest = 500)]
    public void Numbers_that_are_equal_hash_alike_and_compare_as_zero(long integral, double floating)
    {
        var values = Numbers(integral, floating);
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                var equal = GremlinEquality.AreEqual(a, b);
                if (equal)
                    Assert.That(GremlinEquality.Equality.GetHashCode(a), Is.EqualTo(GremlinEquality.Equality.GetHashCode(b)), $"{a} {a.GetType().Name} / {b} {b.GetType().Name}");
                Assert.That(GremlinComparability.Compare(a, b) == 0, Is.EqualTo(equal), $"{a} {a.GetType().Name} / {b} {b.GetType().Name}");
                if (GremlinEquality.AreEquivalent(a, b))
                    Assert.That(GremlinEquality.Equivalence.GetHashCode(a), Is.EqualTo(GremlinEquality.Equivalence.GetHashCode(b)));
            }
        }
    }

    [FsCheckProperty(MaxTest = 300)]
    public void Orderability_is_antisymmetric_and_transitive_over_mixed_values(long integral, double floating, string? text, bool flag)
    {
        var values = Numbers(integral, floating).Cast<object?>().ToList();
        values.AddRange([text, flag, null, double.NaN, new List<object?> { integral, text }, new GremlinSet { text, flag }, new GremlinMap { [text ?? "k"] = floating }]);
        var order = GremlinOrder.Instance;
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                Assert.That(Math.Sign(order.Compare(a, b)), Is.EqualTo(-Math.Sign(order.Compare(b, a))), $"{a} / {b}");
                foreach (var c in values)
                {
                    if (order.Compare(a, b) <= 0 && order.Compare(b, c) <= 0)
                        Assert.That(order.Compare(a, c), Is.LessThanOrEqualTo(0), $"{a} <= {b} <= {c}");
                }
            }
        }
    }
}
