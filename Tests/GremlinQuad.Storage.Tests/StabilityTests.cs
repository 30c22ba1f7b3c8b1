namespace GremlinQuad.Storage.Tests;

/// <summary>These numbers are in every key, log record and snapshot: changing one breaks every stored file.</summary>
public sealed class StabilityTests
{
    [TestCase(TermKind.Default, 0)]
    [TestCase(TermKind.Boolean, 1)]
    [TestCase(TermKind.Integer, 2)]
    [TestCase(TermKind.DateTime, 3)]
    [TestCase(TermKind.Double, 4)]
    [TestCase(TermKind.String, 8)]
    [TestCase(TermKind.Node, 9)]
    [TestCase(TermKind.Link, 10)]
    [TestCase(TermKind.Statement, 11)]
    [TestCase(TermKind.Number, 12)]
    [TestCase(TermKind.Value, 13)]
    public void Term_kind_numbers_never_change(TermKind kind, int number) => Assert.That((int)kind, Is.EqualTo(number));

    [TestCase(IndexOrder.Spog, 0)]
    [TestCase(IndexOrder.Pogs, 1)]
    [TestCase(IndexOrder.Gpso, 2)]
    [TestCase(IndexOrder.Osgp, 3)]
    public void Index_order_numbers_never_change(IndexOrder order, int number) => Assert.That((int)order, Is.EqualTo(number));

    [TestCase(IntegerWidth.SByte, 0)]
    [TestCase(IntegerWidth.Byte, 1)]
    [TestCase(IntegerWidth.Int16, 2)]
    [TestCase(IntegerWidth.Int32, 3)]
    [TestCase(IntegerWidth.Int64, 4)]
    public void Integer_width_numbers_never_change(IntegerWidth width, int number) => Assert.That((int)width, Is.EqualTo(number));

    [Test]
    public void Every_enum_member_is_pinned()
    {
        Assert.That(Enum.GetValues<TermKind>(), Has.Length.EqualTo(11), "a new TermKind needs a pinned number above");
        Assert.That(Enum.GetValues<IndexOrder>(), Has.Length.EqualTo(4));
        Assert.That(Enum.GetValues<IntegerWidth>(), Has.Length.EqualTo(5));
    }
}
