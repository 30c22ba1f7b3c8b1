using System.Numerics;
using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Tests.Steps.SideEffect;

public sealed class SackStepTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    [Test]
    public void Sack_sum_by_weight_accumulates_along_each_path()
    {
        var sacks = _graph.Execute("g.withSack(0.0d).V().repeat(__.outE().sack(Operator.sum).by('weight').inV()).times(2).sack()");
        Assert.That(sacks, Is.EquivalentTo(new object?[] { 2.0, 1.4 }));
    }

    [Test]
    public void Sack_assign_with_an_unproductive_by_filters_the_traverser()
    {
        var sacks = _graph.Execute("g.V().sack(assign).by('age').sack()");
        Assert.That(sacks, Is.EquivalentTo(new object?[] { 29, 27, 32, 35 }));
    }

    [TestCase("g.withSack(127b).inject(1b).sack(sum).sack()", (short)128)]
    [TestCase("g.withSack(-32768s).inject(1s).sack(minus).sack()", -32769)]
    [TestCase("g.withSack(2147483647i).inject(2i).sack(mult).sack()", 4294967294L)]
    [TestCase("g.withSack(-128b).inject(-1b).sack(div).sack()", (short)128)]
    [TestCase("g.withSack(20i).inject(2i).sack(sum).sack()", 22)]
    public void Integer_overflow_moves_to_the_narrowest_wider_type(string gremlin, object expected)
    {
        var result = _graph.Execute(gremlin).Single();
        Assert.That(result, Is.EqualTo(expected));
        Assert.That(result!.GetType(), Is.EqualTo(expected.GetType()));
    }

    [Test]
    public void Long_overflow_becomes_a_big_integer()
    {
        var result = _graph.Execute("g.withSack(9223372036854775807l).inject(1l).sack(sum).sack()").Single();
        Assert.That(result, Is.EqualTo(new BigInteger(long.MaxValue) + 1));
    }

    [Test]
    public void NormSack_divides_by_the_total_and_a_merging_barrier_sums_the_parts()
    {
        var sacks = _graph.Execute("g.withSack(1.0d, Operator.sum).V().has('name','marko').local(__.out('knows').barrier(Barrier.normSack)).in('knows').barrier().sack()");
        Assert.That(sacks, Is.EqualTo(new object?[] { 1.0, 1.0 }));
    }

    [Test]
    public void WithBulk_false_keeps_merged_traversers_at_bulk_one()
    {
        var sacks = _graph.Execute("g.withBulk(false).withSack(1.0d, Operator.sum).V().has('name','marko').local(__.outE('knows').barrier(Barrier.normSack).inV()).in('knows').barrier().sack()");
        Assert.That(sacks, Is.EqualTo(new object?[] { 1.0 }));
    }

    [Test]
    public void NormSack_of_huge_integers_gives_an_exact_decimal()
    {
        var sacks = _graph.Execute("g.withSack(" + BigInteger.Pow(10, 100) + "n, Operator.assign).V().local(__.out('knows').barrier(Barrier.normSack)).in('knows').barrier().sack()");
        Assert.That(sacks, Is.EqualTo(new object?[] { 0.5m, 0.5m }));
    }

    [Test]
    public void Sack_with_two_by_modulators_is_refused_in_tinkerpops_words()
    {
        var error = Assert.Throws<GremlinRequestException>(() => _graph.Execute("g.V().sack(assign).by('age').by('name').sack()"));
        Assert.That(error!.Message, Does.Contain("Sack step can only have one by modulator"));
    }

    [Test]
    public void Folding_into_a_missing_sack_says_how_to_start_one()
    {
        var error = Assert.Throws<GremlinExecutionException>(() => _graph.Execute("g.V().sack(sum).by('age')"));
        Assert.That(error!.Message, Does.Contain("withSack"));
    }
}
