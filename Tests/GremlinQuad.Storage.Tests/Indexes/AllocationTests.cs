namespace GremlinQuad.Storage.Tests.Indexes;

/// <summary>Scans are the hot path (style.md §6): a warm scan allocates nothing.</summary>
[Category("Allocations")]
public sealed class AllocationTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task A_warm_scan_allocates_nothing(bool objectIndex)
    {
        using var store = QuadStore.InMemory(new QuadStoreOptions { ObjectIndex = objectIndex });
        using (var batch = store.BeginBatch())
        {
            for (var i = 0; i < 20_000; i++)
                batch.Add(new Quad(TestQuads.Node(i % 500), TestQuads.Key(i % 9), TestQuads.Node(i % 701), TestQuads.Link(i)));
            await batch.CommitAsync();
        }
        using var snapshot = store.OpenSnapshot();
        var patterns = new[]
        {
            QuadPattern.All,
            QuadPattern.Of(subject: TestQuads.Node(7)),
            QuadPattern.Of(predicate: TestQuads.Key(2)),
            QuadPattern.Of(@object: TestQuads.Node(5)),                 // union scan or OSGP
            QuadPattern.Of(subject: TestQuads.Node(7), @object: TestQuads.Node(5)),
            QuadPattern.Of(graph: TestQuads.Link(9)),
            QuadPattern.Of(predicate: TestQuads.Key(2)).WithRange(AccessPattern.Object, TestQuads.Node(10), TestQuads.Node(90)),
        };
        // The measured rounds run in a method of their own, called once to warm it: a loop inside this
        // async test method would be compiled by on-stack replacement mid-measurement, and that
        // transition (not the store) shows up as a few allocated bytes in Release builds.
        var sum = Rounds(snapshot, patterns);

        var before = GC.GetAllocatedBytesForCurrentThread();
        sum += Rounds(snapshot, patterns);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(sum, Is.GreaterThan(0));
        Assert.That(allocated, Is.Zero);
    }

    private static long Rounds(IReadSnapshot snapshot, QuadPattern[] patterns)
    {
        long sum = 0;
        for (var round = 0; round < 5; round++)
            foreach (var pattern in patterns) sum += Drain(snapshot, pattern) + snapshot.Count(pattern);
        return sum;
    }

    private static long Drain(IReadSnapshot snapshot, in QuadPattern pattern)
    {
        long total = 0;
        foreach (var quad in snapshot.Scan(pattern)) total += (long)(quad.Object.Value & 1) + 1;
        return total;
    }
}
