namespace GremlinQuad.Traversal.Tests.Strategies.Decoration;

public sealed class PartitionStrategyTests
{
    private static string Partition(string write, params string[] reads) =>
        $"g.withStrategies(new PartitionStrategy(partitionKey: '_p', writePartition: '{write}', readPartitions: [{string.Join(",", reads.Select(r => $"'{r}'"))}]))";

    [Test]
    public void Writes_are_stamped_and_reads_see_only_their_partitions()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute(Partition("a", "a") + ".addV('person').property('name','alice').addE('self')");
        graph.Execute(Partition("b", "b") + ".addV('person').property('name','bob')");

        Assert.That(graph.Execute("g.V().has('_p','a').values('name')"), Is.EqualTo(new object?[] { "alice" }));
        Assert.That(graph.Execute("g.E().values('_p')"), Is.EqualTo(new object?[] { "a" }));
        Assert.That(graph.Execute(Partition("a", "a") + ".V().values('name')"), Is.EqualTo(new object?[] { "alice" }));
        Assert.That(graph.Execute(Partition("a", "a", "b") + ".V().values('name')"), Is.EquivalentTo(new object?[] { "alice", "bob" }));
        Assert.That(graph.Execute(Partition("a", "c") + ".V().count()"), Is.EqualTo(new object?[] { 0L }));
    }

    [Test]
    public void Edges_outside_the_read_partitions_are_not_walked()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute(Partition("a", "a") + ".addV('person').property('name','alice').as('x').addV('person').property('name','carol').addE('knows').from('x')");
        Assert.That(graph.Execute(Partition("a", "a") + ".V().out().values('name')"), Is.EqualTo(new object?[] { "carol" }));
        Assert.That(graph.Execute(Partition("b", "a") + ".V().out().values('name')"), Is.EqualTo(new object?[] { "carol" }));
        Assert.That(graph.Execute(Partition("b", "b") + ".V().out().values('name')"), Is.Empty);
    }

    [Test]
    public void MergeV_matches_only_inside_the_write_partition()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property('name','alice')");
        graph.Execute(Partition("a", "a") + ".mergeV([(T.label): 'person', name: 'alice'])");
        Assert.That(graph.Execute("g.V().count()"), Is.EqualTo(new object?[] { 2L }));
        Assert.That(graph.Execute("g.V().has('name','alice').has('_p','a').count()"), Is.EqualTo(new object?[] { 1L }));
    }

    [Test]
    public void A_missing_partition_key_is_refused_with_the_option_name()
    {
        using var graph = TestGraphs.Empty();
        var error = Assert.Throws<GremlinQuad.Gremlin.GremlinRequestException>(() => graph.Execute("g.withStrategies(new PartitionStrategy(writePartition: 'a')).V()"));
        Assert.That(error!.Message, Does.Contain("partitionKey"));
    }
}
