namespace GremlinQuad.Traversal.Tests.Strategies;

/// <summary>Before/after tables through explain(): the final plan line, and results that must not change.</summary>
public sealed class StorageStrategyTests
{
    private static GremlinGraph _modern = null!;
    private static GremlinGraph _modernWithObjectIndex = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _modern = TestGraphs.Modern();
        _modernWithObjectIndex = TestGraphs.Modern(objectIndex: true);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        _modern?.Dispose();
        _modernWithObjectIndex?.Dispose();
    }

    private static string FinalPlan(GremlinGraph graph, string traversal)
    {
        var lines = ((string)graph.Execute(traversal + ".explain()").Single()!).Split('\n');
        // The plan is the line under the "Optimized Traversal" title and its '=' underline.
        return lines[Array.IndexOf(lines, "Optimized Traversal") + 2].Trim();
    }

    [TestCase("g.V().count()", "g.countFromIndex('vertex')")]
    [TestCase("g.E().count()", "g.countFromIndex('edge')")]
    [TestCase("g.V().hasLabel('person').count()", "g.countFromIndex('vertex', 'person')")]
    [TestCase("g.V().has('name','marko')", "g.V(has('name', P.eq('marko')))")]
    [TestCase("g.V().hasLabel('person').has('age', gt(30))", "g.V(has('age', P.gt(30)))[POGS prefix 1 + range].hasLabel('person')")]
    [TestCase("g.V().hasLabel('software')", "g.V(hasLabel('software'))")]
    public void Storage_strategies_rewrite_the_plan(string traversal, string expectedPrefix)
    {
        Assert.That(FinalPlan(_modern, traversal), Does.StartWith(expectedPrefix));
    }

    [TestCase("g.V().out().count()")]
    [TestCase("g.V().as('a').count()")]
    [TestCase("g.V().has('name', 'marko').count()")]
    [TestCase("g.V(1).count()")]
    public void Plans_that_cannot_use_index_counts_keep_their_count_step(string traversal)
    {
        Assert.That(FinalPlan(_modern, traversal), Does.EndWith(".count()").And.Not.Contains("countFromIndex"));
    }

    [TestCase("g.V().has('name','marko').values('age')", new object[] { 29 })]
    [TestCase("g.V().has('age', gt(30)).values('name')", new object[] { "josh", "peter" })]
    [TestCase("g.V().has('age', 29L).values('name')", new object[] { "marko" })]
    [TestCase("g.V().has('age', 29.0d).values('name')", new object[] { "marko" })]
    [TestCase("g.V().has('age', between(27, 32)).values('name')", new object[] { "marko", "vadas" })]
    [TestCase("g.V().has('age', lte(27)).values('name')", new object[] { "vadas" })]
    [TestCase("g.V().has('name', within('josh', 'nobody')).values('age')", new object[] { 32 })]
    [TestCase("g.V().hasLabel('person').count()", new object[] { 4L })]
    [TestCase("g.V().has('weight', 0.4d).count()", new object[] { 0L })]
    public void Index_lookups_give_the_same_answer_as_filters(string traversal, object[] expected)
    {
        var withStrategy = _modern.Execute(traversal);
        var withoutStrategy = _modern.Execute(traversal.Replace("g.V()", "g.withoutStrategies(IndexLookupStrategy, CountFromIndexStrategy).V()", StringComparison.Ordinal));
        Assert.That(withStrategy, Is.EquivalentTo(expected));
        Assert.That(withoutStrategy, Is.EquivalentTo(expected));
    }

    [Test]
    public void Label_less_in_shows_the_union_scan_without_an_object_index_and_osgp_with_one()
    {
        Assert.That(FinalPlan(_modern, "g.V().in()"), Does.Contain("union scan"));
        Assert.That(FinalPlan(_modernWithObjectIndex, "g.V().in()"), Does.Contain("OSGP"));
    }

    [Test]
    public void Union_scan_and_object_index_give_the_same_neighbours()
    {
        const string Traversal = "g.V().both().both().values('name')";
        Assert.That(_modernWithObjectIndex.Execute(Traversal), Is.EquivalentTo(_modern.Execute(Traversal)));
        Assert.That(_modern.Execute(Traversal), Has.Count.EqualTo(30));
    }
}
