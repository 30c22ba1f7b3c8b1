namespace GremlinQuad.Storage.Tests;

public sealed class QuadStoreTests
{
    private static readonly Quad First = new(TestQuads.Node(1), TestQuads.Key(1), TestQuads.Node(2), TestQuads.Link(1));
    private static readonly Quad Second = new(TestQuads.Node(1), TestQuads.Key(2), TestQuads.Int(30), TermId.Default);

    [Test]
    public async Task Committed_quads_are_visible_to_new_snapshots_only()
    {
        using var store = QuadStore.InMemory();
        using var before = store.OpenSnapshot();
        using (var batch = store.BeginBatch())
        {
            Assert.That(batch.Add(First), Is.True);
            Assert.That(batch.Add(Second), Is.True);
            await batch.CommitAsync();
        }
        using var after = store.OpenSnapshot();
        Assert.Multiple(() =>
        {
            Assert.That(TestQuads.ScanAll(before, QuadPattern.All), Is.Empty);
            Assert.That(TestQuads.ScanAll(after, QuadPattern.All), Is.EquivalentTo(new[] { First, Second }));
            Assert.That(after.Version, Is.EqualTo(before.Version + 1));
            Assert.That(store.QuadCount, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Adding_an_existing_quad_changes_nothing_and_removing_deletes_it_from_every_index()
    {
        using var store = QuadStore.InMemory(new QuadStoreOptions { ObjectIndex = true });
        using (var batch = store.BeginBatch())
        {
            batch.Add(First);
            await batch.CommitAsync();
        }
        using (var batch = store.BeginBatch())
        {
            Assert.That(batch.Add(First), Is.False);
            Assert.That(batch.Remove(First), Is.True);
            Assert.That(batch.Remove(First), Is.False);
            await batch.CommitAsync();
        }
        using var snapshot = store.OpenSnapshot();
        foreach (var pattern in new[]
        {
            QuadPattern.Of(subject: First.Subject), QuadPattern.Of(predicate: First.Predicate),
            QuadPattern.Of(graph: First.Graph), QuadPattern.Of(@object: First.Object),
        })
        {
            Assert.That(TestQuads.ScanAll(snapshot, pattern), Is.Empty, pattern.ToString());
        }
        Assert.That(snapshot.Predicates, Is.Empty);
    }

    [Test]
    public void A_batch_reads_its_own_writes_before_commit()
    {
        using var store = QuadStore.InMemory();
        using var batch = store.BeginBatch();
        batch.Add(First);
        Assert.That(TestQuads.ScanAll(batch, QuadPattern.Of(subject: First.Subject)), Is.EqualTo(new[] { First }));
        batch.Add(Second);
        batch.Remove(First);
        Assert.That(TestQuads.ScanAll(batch, QuadPattern.Of(subject: First.Subject)), Is.EqualTo(new[] { Second }));
        Assert.That(batch.Count(QuadPattern.All), Is.EqualTo(1));
        using var other = store.OpenSnapshot();
        Assert.That(other.Count(QuadPattern.All), Is.Zero);
    }

    [Test]
    public void An_aborted_batch_leaves_no_quads_and_no_dictionary_entries()
    {
        using var store = QuadStore.InMemory();
        TermId term;
        using (var batch = store.BeginBatch())
        {
            term = batch.GetOrAddTerm(TermKind.String, "ghost");
            batch.Add(new Quad(term, term, term, TermId.Default));
            Assert.That(batch.GetValue(term), Is.EqualTo("ghost"));
        }
        using var snapshot = store.OpenSnapshot();
        Assert.Multiple(() =>
        {
            Assert.That(snapshot.TryGetTerm(TermKind.String, "ghost", out _), Is.False);
            Assert.That(() => snapshot.GetValue(term), Throws.TypeOf<KeyNotFoundException>());
            Assert.That(snapshot.Count(QuadPattern.All), Is.Zero);
            Assert.That(store.TermCount, Is.Zero);
        });
    }

    [Test]
    public async Task Dictionary_entries_become_visible_with_their_commit()
    {
        using var store = QuadStore.InMemory();
        using var before = store.OpenSnapshot();
        TermId term;
        using (var batch = store.BeginBatch())
        {
            term = batch.GetOrAddTerm(TermKind.Node, 42);
            batch.Add(new Quad(term, batch.GetOrAddTerm(TermKind.String, "name"), batch.GetOrAddTerm(TermKind.String, "marko"), TermId.Default));
            using var outsider = store.OpenSnapshot();
            Assert.That(outsider.TryGetTerm(TermKind.Node, 42, out _), Is.False);
            await batch.CommitAsync();
        }
        using var after = store.OpenSnapshot();
        Assert.Multiple(() =>
        {
            Assert.That(before.TryGetTerm(TermKind.Node, 42, out _), Is.False, "a snapshot older than the commit");
            Assert.That(after.TryGetTerm(TermKind.Node, 42, out var found), Is.True);
            Assert.That(found, Is.EqualTo(term));
            Assert.That(after.GetValue(term), Is.EqualTo(42).And.TypeOf<int>());
            Assert.That(after.TryGetTerm(TermKind.Node, 42L, out _), Is.False, "a long id is a different id from an int id");
        });
    }

    [Test]
    public async Task Two_batches_creating_the_same_term_end_up_with_one_id()
    {
        using var store = QuadStore.InMemory();
        var first = store.BeginBatch();
        var second = store.BeginBatch();
        var a = first.GetOrAddTerm(TermKind.String, "shared");
        var b = second.GetOrAddTerm(TermKind.String, "shared");
        first.Add(new Quad(a, a, a, TermId.Default));
        second.Add(new Quad(b, b, TestQuads.Int(1), TermId.Default));
        await first.CommitAsync();
        await second.CommitAsync();
        using var snapshot = store.OpenSnapshot();
        Assert.That(snapshot.TryGetTerm(TermKind.String, "shared", out var shared), Is.True);
        Assert.That(snapshot.Count(QuadPattern.Of(subject: shared)), Is.EqualTo(2));
        Assert.That(snapshot.Count(QuadPattern.All), Is.EqualTo(2));
    }

    [Test]
    public async Task Concurrent_batches_are_rebased_and_the_last_commit_wins()
    {
        using var store = QuadStore.InMemory();
        using (var setup = store.BeginBatch())
        {
            setup.Add(First);
            await setup.CommitAsync();
        }
        var remover = store.BeginBatch();
        var adder = store.BeginBatch();
        Assert.That(remover.Remove(First), Is.True);
        Assert.That(adder.Add(Second), Is.True);
        await adder.CommitAsync();
        await remover.CommitAsync();
        using var snapshot = store.OpenSnapshot();
        Assert.That(TestQuads.ScanAll(snapshot, QuadPattern.All), Is.EqualTo(new[] { Second }));
    }

    [Test]
    public async Task A_batch_commits_at_most_once()
    {
        using var store = QuadStore.InMemory();
        var batch = store.BeginBatch();
        batch.Add(First);
        await batch.CommitAsync();
        Assert.That(async () => await batch.CommitAsync(), Throws.InvalidOperationException);
        Assert.That(() => batch.Add(Second), Throws.InvalidOperationException);
    }

    [Test]
    public async Task Turning_on_OSGP_on_a_store_with_data_fails_and_says_what_to_do()
    {
        using var store = QuadStore.InMemory();
        store.Reconfigure(new QuadStoreOptions { ObjectIndex = true });
        Assert.That(store.HasObjectIndex, Is.True, "an empty store may still choose OSGP");
        store.Reconfigure(new QuadStoreOptions { ObjectIndex = false });
        using (var batch = store.BeginBatch())
        {
            batch.Add(First);
            await batch.CommitAsync();
        }
        var error = Assert.Throws<StorageConfigurationException>(() => store.Reconfigure(new QuadStoreOptions { ObjectIndex = true }));
        Assert.That(error!.Message, Does.Contain("already holds 1 quads").And.Contain("Create a new, empty store with QuadStoreOptions.ObjectIndex = true"));
        Assert.That(store.HasObjectIndex, Is.False);
        store.Reconfigure(new QuadStoreOptions { ObjectScanMode = ObjectScanMode.AllPredicates });
        Assert.That(store.ObjectScanMode, Is.EqualTo(ObjectScanMode.AllPredicates), "the scan mode may change at any time");
    }

    [Test]
    public async Task Predicates_are_counted_and_flag_node_objects()
    {
        using var store = QuadStore.InMemory();
        using (var batch = store.BeginBatch())
        {
            batch.Add(First);
            batch.Add(Second);
            batch.Add(Second with { Subject = TestQuads.Node(3) });
            await batch.CommitAsync();
        }
        using var snapshot = store.OpenSnapshot();
        Assert.That(snapshot.Predicates, Is.EqualTo(new[]
        {
            new PredicateStats(First.Predicate, 1, LinksNodes: true),
            new PredicateStats(Second.Predicate, 2, LinksNodes: false),
        }));
    }

    [Test]
    public async Task Removing_quads_while_scanning_a_batch_visits_each_original_quad_once()
    {
        using var store = QuadStore.InMemory();
        var subject = TestQuads.Node(1);
        using (var setup = store.BeginBatch())
        {
            for (var i = 0; i < 1000; i++) setup.Add(new Quad(subject, TestQuads.Key(i % 3), TestQuads.Int(i), TermId.Default));
            await setup.CommitAsync();
        }
        using var batch = store.BeginBatch();
        var seen = new List<Quad>();
        foreach (var quad in batch.Scan(QuadPattern.Of(subject: subject)))
        {
            seen.Add(quad);
            Assert.That(batch.Remove(quad), Is.True);
            batch.Add(quad with { Subject = TestQuads.Node(2) });
        }
        Assert.That(seen, Has.Count.EqualTo(1000).And.Unique);
        Assert.That(batch.Count(QuadPattern.Of(subject: subject)), Is.Zero);
        Assert.That(batch.Count(QuadPattern.Of(subject: TestQuads.Node(2))), Is.EqualTo(1000));
    }
}
