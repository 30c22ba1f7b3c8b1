using System.Numerics;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace GremlinQuad.Storage.Tests.Terms;

public sealed class TermEncodingTests
{
    private static readonly object[] DictionaryValues =
    [
        "marko", "", 1.5f, 12.5m, 1.50m, BigInteger.Parse("123456789012345678901234567890"), long.MaxValue, long.MinValue,
        double.NaN, double.PositiveInfinity, 1e300, Guid.Parse("a1b2c3d4-0000-1111-2222-333344445555"), 'x', TimeSpan.FromSeconds(90),
        new byte[] { 1, 2, 3 },
    ];

    private static readonly object[] InlineValues =
    [
        true, false, (sbyte)-5, (byte)200, (short)-300, 42, -42, 1L << 40, 0.1, -2.5, 0.0, -0.0, 1e18,
        DateTimeOffset.FromUnixTimeMilliseconds(-86_400_000L * 365 * 30), DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123),
    ];

    [TestCaseSource(nameof(InlineValues))]
    public void Inline_values_round_trip_with_their_exact_type(object value)
    {
        using var store = QuadStore.InMemory();
        using var batch = store.BeginBatch();
        var kind = value switch
        {
            bool => TermKind.Boolean,
            DateTimeOffset => TermKind.DateTime,
            _ => TermKind.Number,
        };
        var term = batch.GetOrAddTerm(kind, value);
        Assert.That(term.IsInline, Is.True, $"{value} should be inline but is {term}");
        var back = batch.GetValue(term);
        Assert.That(back.GetType(), Is.EqualTo(value.GetType()));
        Assert.That(back, Is.EqualTo(value));
        if (value is double d) Assert.That(BitConverter.DoubleToInt64Bits((double)back), Is.EqualTo(BitConverter.DoubleToInt64Bits(d)), "sign of zero kept");
    }

    [TestCaseSource(nameof(DictionaryValues))]
    public async Task Dictionary_values_round_trip_with_their_exact_type(object value)
    {
        using var store = QuadStore.InMemory();
        var kind = value switch
        {
            string => TermKind.String,
            Guid or char or TimeSpan or byte[] => TermKind.Value,
            _ => TermKind.Number,
        };
        TermId term;
        using (var batch = store.BeginBatch())
        {
            term = batch.GetOrAddTerm(kind, value);
            Assert.That(batch.GetOrAddTerm(kind, value), Is.EqualTo(term), "same value, same term");
            await batch.CommitAsync();
        }
        using var snapshot = store.OpenSnapshot();
        Assert.That(term.Kind, Is.EqualTo(kind));
        var back = snapshot.GetValue(term);
        Assert.That(back.GetType(), Is.EqualTo(value.GetType()));
        Assert.That(back, Is.EqualTo(value));
        Assert.That(snapshot.TryGetTerm(kind, value, out var found) && found == term, Is.True);
    }

    [Test]
    public async Task Node_ids_of_every_supported_type_round_trip()
    {
        object[] ids = [1, 1L, "v1", Guid.NewGuid(), (short)1, 2.5, 'c', true];
        using var store = QuadStore.InMemory();
        var terms = new List<TermId>();
        using (var batch = store.BeginBatch())
        {
            foreach (var id in ids) terms.Add(batch.GetOrAddTerm(TermKind.Node, id));
            await batch.CommitAsync();
        }
        using var snapshot = store.OpenSnapshot();
        Assert.That(terms.Distinct().Count(), Is.EqualTo(ids.Length), "ids of different types are different nodes");
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.That(terms[i].Kind, Is.EqualTo(TermKind.Node));
            Assert.That(snapshot.GetValue(terms[i]), Is.EqualTo(ids[i]).And.TypeOf(ids[i].GetType()));
        }
    }

    [Test]
    public void A_value_of_the_wrong_type_for_a_kind_is_rejected_with_the_expected_types()
    {
        using var store = QuadStore.InMemory();
        using var batch = store.BeginBatch();
        Assert.That(() => batch.GetOrAddTerm(TermKind.String, 5), Throws.ArgumentException.With.Message.Contains("it takes string"));
        Assert.That(() => batch.GetOrAddTerm(TermKind.Node, new List<int>()), Throws.ArgumentException.With.Message.Contains("supported types are"));
        Assert.That(() => batch.GetOrAddTerm(TermKind.Default, "x"), Throws.ArgumentException);
    }

    [Test]
    public void Dates_are_stored_as_utc_milliseconds()
    {
        using var store = QuadStore.InMemory();
        using var batch = store.BeginBatch();
        var local = new DateTimeOffset(1960, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2));
        var term = batch.GetOrAddTerm(TermKind.DateTime, local);
        Assert.That(term.AsUnixMilliseconds(), Is.EqualTo(local.ToUnixTimeMilliseconds()).And.Negative);
        Assert.That(batch.GetValue(term), Is.EqualTo(local).And.Property("Offset").EqualTo(TimeSpan.Zero));
    }

    [FsCheckProperty(MaxTest = 500)]
    public void Integer_terms_keep_numeric_order_across_widths(long a, int b)
    {
        Assert.That(TermId.TryFromInteger(a >> 8, IntegerWidth.Int64, out var x), Is.True);
        Assert.That(TermId.TryFromInteger(b, IntegerWidth.Int32, out var y), Is.True);
        // Equal values of different widths differ only in the width bits; otherwise term order is numeric order.
        if ((a >> 8) != b) Assert.That(Math.Sign(x.CompareTo(y)), Is.EqualTo(Math.Sign((a >> 8).CompareTo(b))));
        Assert.That(x.AsInt64(), Is.EqualTo(a >> 8));
    }

    [TestCase(long.MinValue, false)]
    [TestCase(TermId.MinInlineInteger - 1, false)]
    [TestCase(TermId.MinInlineInteger, true)]
    [TestCase((long)int.MinValue - 1, true)]
    [TestCase(-1L, true)]
    [TestCase(0L, true)]
    [TestCase((long)int.MaxValue + 1, true)]
    [TestCase(TermId.MaxInlineInteger, true)]
    [TestCase(TermId.MaxInlineInteger + 1, false)]
    public void Integers_inline_exactly_within_the_documented_range(long value, bool inline)
    {
        Assert.That(TermId.TryFromInteger(value, IntegerWidth.Int64, out var term), Is.EqualTo(inline));
        if (inline) Assert.That(term.AsInt64(), Is.EqualTo(value));
    }

    [Test]
    public void Integer_order_holds_at_the_int_and_long_boundaries_and_for_negatives()
    {
        long[] values = [TermId.MinInlineInteger, int.MinValue - 1L, int.MinValue, -1, 0, 1, int.MaxValue, int.MaxValue + 1L, TermId.MaxInlineInteger];
        var terms = values.Select(v =>
        {
            TermId.TryFromInteger(v, v is >= int.MinValue and <= int.MaxValue ? IntegerWidth.Int32 : IntegerWidth.Int64, out var t);
            return t;
        }).ToArray();
        Assert.That(terms, Is.Ordered);
        var (low, high) = TermId.IntegerRange(-1, 1);
        Assert.That(terms.Count(t => t >= low && t <= high), Is.EqualTo(3));
    }

    [FsCheckProperty(MaxTest = 1000)]
    public void Inline_doubles_round_trip_bit_exactly_and_keep_numeric_order(double a, double b)
    {
        if (!TermId.TryFromDouble(a, out var x) || !TermId.TryFromDouble(b, out var y)) return;
        Assert.That(BitConverter.DoubleToInt64Bits(x.AsDouble()), Is.EqualTo(BitConverter.DoubleToInt64Bits(a)));
        if (a < b) Assert.That(x, Is.LessThan(y));
        if (a > b) Assert.That(x, Is.GreaterThan(y));
    }

    [Test]
    public void Double_range_covers_both_zeros_and_clamps_to_the_inline_range()
    {
        var (low, high) = TermId.DoubleRange(-1.5, 0);
        TermId.TryFromDouble(-0.0, out var negativeZero);
        TermId.TryFromDouble(0.0, out var positiveZero);
        TermId.TryFromDouble(-1.5, out var minusOneAndHalf);
        Assert.That(low, Is.EqualTo(minusOneAndHalf));
        Assert.That(negativeZero >= low && negativeZero <= high && positiveZero <= high, Is.True);
        var (emptyLow, emptyHigh) = TermId.DoubleRange(1e30, 1e31);
        Assert.That(emptyLow, Is.GreaterThan(emptyHigh), "no inline double is that large");
        Assert.That(TermId.TryFromDouble(double.NaN, out _), Is.False);
        Assert.That(TermId.TryFromDouble(1e-300, out _), Is.False);
    }

    [Test]
    public void Dates_before_1970_sort_before_later_ones()
    {
        TermId.TryFromUnixMilliseconds(-1, out var before);
        TermId.TryFromUnixMilliseconds(0, out var epoch);
        TermId.TryFromUnixMilliseconds(long.MinValue / 32, out var ancient);
        Assert.That(new[] { ancient, before, epoch }, Is.Ordered);
        Assert.That(before.AsUnixMilliseconds(), Is.EqualTo(-1));
    }
}
