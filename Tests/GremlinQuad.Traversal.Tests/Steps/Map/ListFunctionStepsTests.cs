using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Steps.Map;

public sealed class ListFunctionStepsTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Empty();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    private static object? Single(string gremlin) => _graph.Execute(gremlin).Single();

    private static string Error(string gremlin) => Assert.Catch<Exception>(() => _graph.Execute(gremlin))!.Message;

    [Test]
    public void Combine_keeps_duplicates_and_order()
    {
        Assert.That(Single("g.inject([1, 2]).combine([2, 3])"), Is.EqualTo(new object[] { 1, 2, 2, 3 }));
    }

    [Test]
    public void Set_functions_return_sets_and_keep_integer_widths_apart()
    {
        Assert.That(Single("g.inject([1, 2, 2]).difference([2])"), Is.EqualTo(new GremlinSet([1])));
        Assert.That(Single("g.inject([1, 2]).intersect([2L, 1])"), Is.EqualTo(new GremlinSet([1])));
        Assert.That(Single("g.inject([1, 2]).disjunct([2, 3])"), Is.EqualTo(new GremlinSet([1, 3])));
        Assert.That(Single("g.inject([1, 1]).merge([2])"), Is.EqualTo(new GremlinSet([1, 2])));
    }

    [Test]
    public void Merge_of_maps_lets_the_argument_win()
    {
        var merged = (GremlinMap)Single("g.inject(['a': 1, 'b': 2]).merge(['b': 3])")!;
        Assert.That(merged["a"], Is.EqualTo(1));
        Assert.That(merged["b"], Is.EqualTo(3));
    }

    [Test]
    public void Product_pairs_every_member()
    {
        Assert.That(Single("g.inject([1, 2]).product(['x'])"), Is.EqualTo(new object[] { new object[] { 1, "x" }, new object[] { 2, "x" } }));
    }

    [Test]
    public void Conjoin_skips_nulls_and_prints_values_as_java()
    {
        Assert.That(Single("g.inject([1, null, 2.0d]).conjoin('-')"), Is.EqualTo("1-2.0"));
        Assert.That(Single("g.inject([]).conjoin('-')"), Is.EqualTo(""));
    }

    [Test]
    public void Traversal_arguments_take_the_first_result()
    {
        Assert.That(Single("g.inject([1, 2]).combine(__.constant([3]))"), Is.EqualTo(new object[] { 1, 2, 3 }));
    }

    [Test]
    public void Bad_inputs_raise_tinkerpops_messages()
    {
        Assert.That(Error("g.inject(1).combine([1])"), Does.Contain("combine step can only take an array or an Iterable type for incoming traversers"));
        Assert.That(Error("g.inject(null).product([1])"), Does.Contain("Incoming traverser for product step can't be null"));
        Assert.That(Error("g.inject([1]).intersect(null)"), Does.Contain("Argument provided for intersect step can't be null"));
        Assert.That(Error("g.inject([1]).disjunct(__.constant(1))"), Does.Contain("traversal argument for disjunct step must yield an iterable type, encountered"));
        Assert.That(Error("g.inject([1]).merge(['k': 'v'])"), Does.Contain("step type mismatch: expected argument to be Iterable but got Map"));
        Assert.That(Error("g.inject(['k': 'v']).merge([1])"), Does.Contain("merge step expected provided argument to evaluate to a Map"));
    }
}
