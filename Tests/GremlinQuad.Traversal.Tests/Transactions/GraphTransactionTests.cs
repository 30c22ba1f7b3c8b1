using GremlinQuad.Gremlin;
using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Tests.Transactions;

public sealed class GraphTransactionTests
{
    private static long Count(GremlinGraph graph, string label) => (long)graph.Execute($"g.V().hasLabel('{label}').count()")[0]!;

    private static long Count(GraphTransaction transaction, string label) => (long)transaction.Execute($"g.V().hasLabel('{label}').count()")[0]!;

    [Test]
    public void Readers_see_a_transaction_only_once_it_commits_and_it_sees_its_own_writes()
    {
        using var graph = TestGraphs.Empty();
        using var transaction = graph.BeginTransaction();
        transaction.Execute("g.addV('pending').property('name', 'a')");
        transaction.Execute("g.V().hasLabel('pending').addE('self').to(__.V().hasLabel('pending'))");

        Assert.That(Count(graph, "pending"), Is.Zero, "an uncommitted write is visible outside the transaction");
        Assert.That(Count(transaction, "pending"), Is.EqualTo(1));
        Assert.That(transaction.HasChanges, Is.True);

        transaction.Commit();
        Assert.That(Count(graph, "pending"), Is.EqualTo(1));
        Assert.That(graph.Execute("g.E().hasLabel('self').count()"), Is.EqualTo(new object[] { 1L }));
        Assert.That(transaction.IsOpen, Is.False);
    }

    [Test]
    public void Rollback_and_dispose_leave_nothing()
    {
        using var graph = TestGraphs.Empty();
        using (var transaction = graph.BeginTransaction())
        {
            transaction.Execute("g.addV('gone')");
            transaction.Rollback();
            Assert.That(Count(transaction, "gone"), Is.Zero, "after a rollback the next call begins a new transaction");
            transaction.Execute("g.addV('gone')");
        }
        Assert.That(Count(graph, "gone"), Is.Zero);
    }

    [Test]
    public void A_transaction_started_before_a_commit_reads_its_own_snapshot()
    {
        using var graph = TestGraphs.Empty();
        using var transaction = graph.BeginTransaction();
        Assert.That(Count(transaction, "later"), Is.Zero);
        graph.Execute("g.addV('later')");
        Assert.That(Count(transaction, "later"), Is.Zero, "snapshot isolation: a commit after the transaction began is not seen");
        transaction.Commit();
        Assert.That(Count(transaction, "later"), Is.EqualTo(1), "a new transaction begins after the commit");
    }

    [Test]
    public void Second_committer_of_a_change_to_the_same_vertex_gets_a_conflict_and_writes_nothing()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property(T.id, 'v1').property('name', 'start')");
        using var first = graph.BeginTransaction();
        using var second = graph.BeginTransaction();
        first.Execute("g.V('v1').property('name', 'first')");
        second.Execute("g.V('v1').property('age', 30)");
        second.Execute("g.addV('side-effect')");
        first.Commit();

        var conflict = Assert.Throws<StorageConflictException>(() => second.Commit())!;
        Assert.That(conflict.Message, Does.Contain("retry the transaction").And.Contain("v1"));
        Assert.That(graph.Execute("g.V('v1').values('name')"), Is.EqualTo(new object[] { "first" }));
        Assert.That(graph.Execute("g.V('v1').values('age')"), Is.Empty);
        Assert.That(Count(graph, "side-effect"), Is.Zero, "a failed commit wrote part of the transaction");

        // Retrying over the newer data succeeds.
        second.Execute("g.V('v1').property('age', 30)");
        second.Commit();
        Assert.That(graph.Execute("g.V('v1').values('age')"), Is.EqualTo(new object[] { 30 }));
    }

    [Test]
    public void An_auto_commit_write_to_the_same_edge_end_conflicts_with_an_open_transaction()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property(T.id, 'a').addV('person').property(T.id, 'b')");
        using var transaction = graph.BeginTransaction();
        transaction.Execute("g.V('a').addE('knows').to(__.V('b'))");
        graph.Execute("g.V('b').drop()");
        Assert.Throws<StorageConflictException>(() => transaction.Commit(), "an edge to a vertex dropped meanwhile would dangle");
        Assert.That(graph.Execute("g.E().count()"), Is.EqualTo(new object[] { 0L }));
    }

    [Test]
    public void Transactions_changing_different_elements_both_commit()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property(T.id, 'a').addV('person').property(T.id, 'b')");
        using var first = graph.BeginTransaction();
        using var second = graph.BeginTransaction();
        first.Execute("g.V('a').property('n', 1)");
        second.Execute("g.V('b').property('n', 2)");
        first.Commit();
        second.Commit();
        Assert.That(graph.Execute("g.V().order().by(T.id).values('n')"), Is.EqualTo(new object[] { 1, 2 }));
    }

    [Test]
    public void A_failing_call_leaves_nothing_of_itself_and_keeps_the_calls_before_it()
    {
        using var graph = TestGraphs.Empty();
        using var transaction = graph.BeginTransaction();
        transaction.Execute("g.addV('kept')");
        // The second traverser fails after the first one's vertex was written.
        Assert.Throws<GremlinExecutionException>(() => transaction.Execute("g.inject(1, 2).addV('half').property(T.id, 'dup')"));
        Assert.That(Count(transaction, "half"), Is.Zero);
        Assert.That(Count(transaction, "kept"), Is.EqualTo(1));
        transaction.Commit();
        Assert.That(Count(graph, "kept"), Is.EqualTo(1));
        Assert.That(Count(graph, "half"), Is.Zero);
    }

    [Test]
    public void A_failing_sessionless_request_leaves_nothing()
    {
        using var graph = TestGraphs.Empty();
        Assert.Throws<GremlinExecutionException>(() => graph.Execute("g.inject(1, 2).addV('half').property(T.id, 'dup')"));
        Assert.Throws<GremlinExecutionException>(() => graph.Execute("g.addV('first-statement').iterate(); g.inject(1, 2).addV('half').property(T.id, 'dup')"));
        Assert.That(graph.Execute("g.V().count()"), Is.EqualTo(new object[] { 0L }), "a script is one transaction");
    }

    [Test]
    public void Script_statements_commit_and_roll_back_midway()
    {
        using var graph = TestGraphs.Empty();
        using var transaction = graph.BeginTransaction();
        transaction.Execute("g.addV('dropped').iterate(); g.tx().rollback(); g.addV('saved').iterate(); g.tx().commit(); g.addV('open').iterate()");
        Assert.That(Count(graph, "dropped"), Is.Zero);
        Assert.That(Count(graph, "saved"), Is.EqualTo(1));
        Assert.That(Count(graph, "open"), Is.Zero);
        Assert.That(transaction.HasChanges, Is.True);

        // The same statements in a sessionless script: the request's transaction does what they say.
        graph.Execute("g.addV('dropped').iterate(); g.tx().rollback(); g.addV('saved').iterate()");
        Assert.That(Count(graph, "dropped"), Is.Zero);
        Assert.That(Count(graph, "saved"), Is.EqualTo(2));
    }

    [Test]
    public void Bytecode_tx_commands_end_the_transaction_and_unknown_ones_are_refused()
    {
        using var graph = TestGraphs.Empty();
        using var transaction = graph.BeginTransaction();
        transaction.Execute(new Bytecode().AddStep("addV", "bytecode"));
        Assert.That(transaction.ExecuteBulked(new Bytecode().AddSource("tx", "commit")), Is.Empty);
        Assert.That(Count(graph, "bytecode"), Is.EqualTo(1));
        Assert.That(graph.ExecuteBulked(new Bytecode().AddSource("tx", "rollback")), Is.Empty, "sessionless: nothing is open, nothing to do");
        var error = Assert.Throws<GremlinRequestException>(() => transaction.Execute(new Bytecode().AddSource("tx", "flush")))!;
        Assert.That(error.Message, Does.Contain("commit or rollback"));
    }

    [Test]
    public void Concurrent_auto_commit_read_modify_writes_lose_no_update()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('counter').property(T.id, 'c').property('n', 0L)");
        const int writers = 4, increments = 25;
        Parallel.For(0, writers, _ =>
        {
            for (var i = 0; i < increments; i++)
                graph.Execute("g.V('c').property('n', __.values('n').math('_ + 1'))");
        });
        Assert.That(graph.Execute("g.V('c').values('n')"), Is.EqualTo(new object[] { (double)(writers * increments) }));
    }

    [Test]
    public void A_concurrent_reader_never_sees_half_a_transaction()
    {
        using var graph = TestGraphs.Empty();
        using var stop = new CancellationTokenSource();
        var odd = 0;
        var reads = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if ((long)graph.Execute("g.V().hasLabel('pair').count()")[0]! % 2 != 0) Interlocked.Increment(ref odd);
                Interlocked.Increment(ref reads);
            }
        });
        for (var i = 0; i < 40; i++)
        {
            using var transaction = graph.BeginTransaction();
            transaction.Execute("g.addV('pair')");
            transaction.Execute("g.addV('pair')");
            transaction.Commit();
        }
        stop.Cancel();
        reader.Wait();
        Assert.That(Count(graph, "pair"), Is.EqualTo(80));
        Assert.That(odd, Is.Zero, $"{odd} of {reads} reads saw half a transaction");
    }

    [Test]
    public void On_a_durable_store_committed_transactions_survive_a_reopen_and_open_ones_do_not()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gq-tx-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var store = QuadStore.Open(directory))
            {
                using var graph = new GremlinGraph(store);
                graph.Execute("g.addV('auto')");
                using var committed = graph.BeginTransaction();
                committed.Execute("g.addV('committed')");
                using var open = graph.BeginTransaction();
                open.Execute("g.addV('open')");
                // Concurrent auto-commit writers behind the writer lock, each acknowledged only once durable.
                Parallel.For(0, 8, _ => graph.Execute("g.addV('auto')"));
                committed.Commit();
                Assert.That(store.OpenTransactions, Is.EqualTo(1));
            }
            using var reopened = QuadStore.Open(directory);
            using var again = new GremlinGraph(reopened);
            Assert.That(Count(again, "auto"), Is.EqualTo(9));
            Assert.That(Count(again, "committed"), Is.EqualTo(1));
            Assert.That(Count(again, "open"), Is.Zero);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
