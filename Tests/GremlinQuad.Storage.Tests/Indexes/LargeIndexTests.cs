namespace GremlinQuad.Storage.Tests.Indexes;

/// <summary>
/// Enough quads that leaves split, segments split and leaves empty out: a bulk load, many small
/// commits in random order, then deletes, each checked against a model.
/// </summary>
public sealed class LargeIndexTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task Indexes_stay_exact_through_bulk_loads_small_commits_and_deletes(bool objectIndex)
    {
        var random = new Random(7);
        using var store = QuadStore.InMemory(new QuadStoreOptions { ObjectIndex = objectIndex });
        var model = new HashSet<Quad>();

        Quad RandomQuad() => new(
            TestQuads.Node(random.Next(3000)),
            TestQuads.Key(random.Next(12)),
            random.Next(3) == 0 ? TestQuads.Int(random.Next(-500, 500)) : TestQuads.Node(random.Next(3000)),
            random.Next(2) == 0 ? TermId.Default : TestQuads.Link(random.Next(100_000)));

        using (var bulk = store.BeginBatch())
        {
            for (var i = 0; i < 150_000; i++)
            {
                var quad = RandomQuad();
                Assert.That(bulk.Add(quad), Is.EqualTo(model.Add(quad)));
            }
            await bulk.CommitAsync();
        }
        for (var commit = 0; commit < 300; commit++)
        {
            using var batch = store.BeginBatch();
            for (var i = 0; i < 20; i++)
            {
                var quad = RandomQuad();
                Assert.That(batch.Add(quad), Is.EqualTo(model.Add(quad)));
            }
            var victims = model.Take(10 + random.Next(20)).ToList();
            foreach (var quad in victims) Assert.That(batch.Remove(quad), Is.True);
            model.ExceptWith(victims);
            await batch.CommitAsync();
        }
        using (var sweep = store.BeginBatch())
        {
            // Empty a contiguous key range so whole leaves disappear.
            var doomed = model.Where(q => q.Subject.Payload < 600).ToList();
            foreach (var quad in doomed) Assert.That(sweep.Remove(quad), Is.True);
            model.ExceptWith(doomed);
            await sweep.CommitAsync();
        }

        using var snapshot = store.OpenSnapshot();
        Assert.That(snapshot.Count(QuadPattern.All), Is.EqualTo(model.Count));
        var all = TestQuads.ScanAll(snapshot, QuadPattern.All);
        Assert.That(all, Is.EqualTo(TestQuads.Sorted(model)), "a full SPOG scan is the model in key order");
        for (var i = 0; i < 40; i++)
        {
            var probe = all[random.Next(all.Count)];
            foreach (var pattern in new[]
            {
                QuadPattern.Of(subject: probe.Subject), QuadPattern.Of(predicate: probe.Predicate, @object: probe.Object),
                QuadPattern.Of(graph: probe.Graph, predicate: probe.Predicate), QuadPattern.Of(@object: probe.Object),
                QuadPattern.Of(subject: probe.Subject, @object: probe.Object),
                QuadPattern.Of(predicate: probe.Predicate).WithRange(AccessPattern.Object, TestQuads.Int(-20), TestQuads.Int(20)),
            })
            {
                var expected = TestQuads.Sorted(model.Where(q => pattern.Matches(q)));
                Assert.That(TestQuads.Sorted(TestQuads.ScanAll(snapshot, pattern)), Is.EqualTo(expected), pattern.ToString());
                Assert.That(snapshot.Count(pattern), Is.EqualTo(expected.Count), pattern.ToString());
            }
        }
        var predicates = model.GroupBy(q => q.Predicate).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.That(snapshot.Predicates.ToDictionary(p => p.Predicate, p => p.Count), Is.EquivalentTo(predicates));
    }
}
