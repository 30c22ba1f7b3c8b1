namespace GremlinQuad.Storage.Tests.Transactions;

public sealed class SnapshotIsolationTests
{
    [Test]
    public async Task A_readers_results_do_not_change_while_another_thread_commits()
    {
        using var store = QuadStore.InMemory();
        using (var setup = store.BeginBatch())
        {
            for (var i = 0; i < 5000; i++)
                setup.Add(new Quad(TestQuads.Node(i % 50), TestQuads.Key(i % 7), TestQuads.Int(i), TermId.Default));
            await setup.CommitAsync();
        }
        using var snapshot = store.OpenSnapshot();
        var before = TestQuads.ScanAll(snapshot, QuadPattern.All);
        var version = snapshot.Version;

        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                using var batch = store.BeginBatch();
                batch.Add(new Quad(TestQuads.Node(n % 50), TestQuads.Key(3), TestQuads.Int(100_000 + n), TermId.Default));
                batch.Remove(new Quad(TestQuads.Node(n % 50), TestQuads.Key(n % 7), TestQuads.Int(n % 5000), TermId.Default));
                await batch.CommitAsync();
                n++;
            }
            return n;
        });

        var rounds = 0;
        while (rounds < 30 || store.OpenSnapshot().Version < version + 20)
        {
            Assert.That(TestQuads.ScanAll(snapshot, QuadPattern.All), Is.EqualTo(before));
            Assert.That(snapshot.Count(QuadPattern.Of(predicate: TestQuads.Key(3))), Is.EqualTo(before.Count(q => q.Predicate == TestQuads.Key(3))));
            rounds++;
        }
        await stop.CancelAsync();
        var commits = await writer;
        Assert.That(commits, Is.GreaterThan(0));
        Assert.That(snapshot.Version, Is.EqualTo(version));
        using var latest = store.OpenSnapshot();
        Assert.That(latest.Version, Is.EqualTo(version + commits));
        Assert.That(TestQuads.ScanAll(latest, QuadPattern.All), Is.Not.EqualTo(before));
    }

    [Test]
    public async Task A_batch_does_not_see_commits_made_after_it_began()
    {
        using var store = QuadStore.InMemory();
        using var reader = store.BeginBatch();
        using (var writer = store.BeginBatch())
        {
            writer.Add(new Quad(TestQuads.Node(1), TestQuads.Key(1), TestQuads.Int(1), TermId.Default));
            await writer.CommitAsync();
        }
        Assert.That(reader.Count(QuadPattern.All), Is.Zero);
    }
}
