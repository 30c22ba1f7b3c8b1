namespace GremlinQuad.Storage.Tests.Transactions;

/// <summary>Validated transactions (first committer wins) and savepoints inside a batch.</summary>
public sealed class TransactionTests
{
    private static Quad Property(int node, int value) => new(TestQuads.Node(node), TestQuads.Key(1), TestQuads.Int(value), TermId.Default);

    private static async Task CommitAsync(QuadStore store, params Quad[] quads)
    {
        using var batch = store.BeginBatch();
        foreach (var quad in quads) batch.Add(quad);
        await batch.CommitAsync();
    }

    [Test]
    public async Task A_transaction_changing_a_resource_changed_since_it_began_fails_and_writes_nothing()
    {
        using var store = QuadStore.InMemory();
        using var transaction = store.BeginTransaction();
        transaction.Add(Property(1, 10));
        transaction.Add(Property(2, 20));
        await CommitAsync(store, Property(1, 11));

        var conflict = Assert.ThrowsAsync<StorageConflictException>(async () => await transaction.CommitAsync())!;
        Assert.That(conflict.Message, Does.Contain("retry the transaction"));
        using var snapshot = store.OpenSnapshot();
        Assert.That(TestQuads.ScanAll(snapshot, QuadPattern.All), Is.EqualTo(new[] { Property(1, 11) }));
        Assert.That(store.OpenTransactions, Is.Zero);
    }

    [Test]
    public async Task An_edge_to_a_node_changed_meanwhile_conflicts_through_its_object()
    {
        using var store = QuadStore.InMemory();
        using var transaction = store.BeginTransaction();
        transaction.Add(new Quad(TestQuads.Node(1), TestQuads.Key(2), TestQuads.Node(2), TestQuads.Link(1)));
        await CommitAsync(store, Property(2, 5));
        Assert.ThrowsAsync<StorageConflictException>(async () => await transaction.CommitAsync());
    }

    [Test]
    public async Task Disjoint_transactions_and_commits_before_the_begin_do_not_conflict()
    {
        using var store = QuadStore.InMemory();
        await CommitAsync(store, Property(1, 1));
        using var first = store.BeginTransaction();
        using var second = store.BeginTransaction();
        first.Add(Property(1, 2));
        second.Add(Property(2, 2));
        Assert.That(store.OpenTransactions, Is.EqualTo(2));
        await first.CommitAsync();
        await second.CommitAsync();
        using var snapshot = store.OpenSnapshot();
        Assert.That(snapshot.Count(QuadPattern.All), Is.EqualTo(3));
        Assert.That(store.OpenTransactions, Is.Zero);
    }

    [Test]
    public void A_disposed_transaction_is_no_longer_tracked()
    {
        using var store = QuadStore.InMemory();
        var transaction = store.BeginTransaction();
        transaction.Add(Property(1, 1));
        Assert.That(store.OpenTransactions, Is.EqualTo(1));
        transaction.Dispose();
        Assert.That(store.OpenTransactions, Is.Zero);
    }

    [Test]
    public async Task Rolling_back_to_a_savepoint_undoes_later_quads_and_terms_only()
    {
        using var store = QuadStore.InMemory();
        await CommitAsync(store, Property(1, 1), Property(2, 2));
        using var batch = store.BeginBatch();
        batch.Add(Property(3, 3));
        var savepoint = batch.Savepoint();
        batch.Remove(Property(1, 1));
        batch.Add(Property(4, 4));
        batch.Remove(Property(3, 3));
        batch.Add(Property(3, 3));
        batch.Remove(Property(3, 3));
        var term = batch.GetOrAddTerm(TermKind.String, "only after the savepoint");
        Assert.That(batch.Count(QuadPattern.All), Is.EqualTo(2));

        batch.RollbackTo(savepoint);
        Assert.That(TestQuads.ScanAll(batch, QuadPattern.All), Is.EquivalentTo(new[] { Property(1, 1), Property(2, 2), Property(3, 3) }));
        Assert.That(batch.TryGetTerm(TermKind.String, "only after the savepoint", out _), Is.False, $"term {term} survived the rollback");
        Assert.Throws<ArgumentException>(() => batch.RollbackTo(new BatchSavepoint(savepoint.Changes + 5, 0)));

        await batch.CommitAsync();
        using var snapshot = store.OpenSnapshot();
        Assert.That(TestQuads.ScanAll(snapshot, QuadPattern.All), Is.EquivalentTo(new[] { Property(1, 1), Property(2, 2), Property(3, 3) }));
    }
}
