using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Tests.Steps.Map;

public sealed class DateStepsTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Empty();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    private static object? Single(string gremlin) => _graph.Execute(gremlin).Single();

    [Test]
    public void Date_add_keeps_the_offset_and_accepts_negative_amounts()
    {
        Assert.That(Single("g.inject(datetime('2023-08-02T00:00:00+02:00')).dateAdd(DT.day, -1)"),
            Is.EqualTo(new DateTimeOffset(2023, 8, 1, 0, 0, 0, TimeSpan.FromHours(2))));
    }

    [Test]
    public void Date_diff_is_in_milliseconds_and_null_means_the_epoch()
    {
        Assert.That(Single("g.inject(datetime('2023-08-02T00:00:00Z')).dateDiff(datetime('2023-08-03T00:00:00Z'))"), Is.EqualTo(-86400000L));
        Assert.That(Single("g.inject(datetime('1970-01-01T00:00:02Z')).dateDiff(__.constant(null))"), Is.EqualTo(2000L));
    }

    [Test]
    public void Date_functions_reject_values_that_are_not_dates()
    {
        Assert.That(Assert.Catch<Exception>(() => _graph.Execute("g.inject('x').dateAdd(DT.hour, 1)"))!.Message, Does.Contain("dateAdd accept only DateTime."));
        Assert.That(Assert.Catch<Exception>(() => _graph.Execute("g.inject(1).dateDiff(datetime('2023-08-02T00:00:00Z'))"))!.Message, Does.Contain("DateDiff can only take DateTime as argument"));
    }

    [Test]
    public void Index_pairs_members_with_positions_as_lists_or_a_map()
    {
        Assert.That(Single("g.inject(['a', 'b']).index()"), Is.EqualTo(new object[] { new object[] { "a", 0 }, new object[] { "b", 1 } }));
        var map = (GremlinMap)Single("g.inject(['a', 'b']).index().with(WithOptions.indexer, WithOptions.map)")!;
        Assert.That(map[1], Is.EqualTo("b"));
    }
}
