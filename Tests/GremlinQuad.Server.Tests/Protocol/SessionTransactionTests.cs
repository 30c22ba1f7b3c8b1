using GremlinQuad.Gremlin;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;

namespace GremlinQuad.Server.Tests.Protocol;

/// <summary>Sessions keep one transaction open across requests (gremlin-protocol.md §2.5), seen through our TestClient.</summary>
[Parallelizable(ParallelScope.None)]
public sealed class SessionTransactionTests
{
    private TestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await TestServer.StartAsync(options => options.Sample = false);

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    private static Dictionary<string, object?> Session(string id, bool? manageTransaction = null)
    {
        var args = new Dictionary<string, object?> { ["session"] = id };
        if (manageTransaction is { } manage)
            args["manageTransaction"] = manage;
        return args;
    }

    private static RequestMessage InSession(string id, string script, bool? manageTransaction = null) =>
        TestClient.Eval(script, Session(id, manageTransaction), processor: "session");

    private static RequestMessage Tx(string id, string command) =>
        TestClient.Traversal(new Bytecode().AddSource("tx", command), extra: Session(id), processor: "session");

    private static async Task<long> CountAsync(TestClient client, string label) =>
        (long)(await client.ResultsAsync(TestClient.Eval($"g.V().hasLabel('{label}').count()")))[0]!;

    private static string Label() => "l" + Guid.NewGuid().ToString("N")[..8];

    [Test]
    public async Task Session_writes_stay_private_until_a_script_commits_them()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var label = Label();
        await client.ResultsAsync(InSession("s-commit", $"g.addV('{label}').iterate()"));
        await client.ResultsAsync(InSession("s-commit", $"g.addV('{label}').iterate()"));
        Assert.That(await CountAsync(client, label), Is.Zero, "sessionless reader saw uncommitted writes");
        Assert.That(await client.ResultsAsync(InSession("s-commit", $"g.V().hasLabel('{label}').count()")), Is.EqualTo(new object[] { 2L }));

        var commit = (await client.SubmitAsync(InSession("s-commit", "g.tx().commit()")))[^1];
        Assert.That(commit.Code, Is.EqualTo(ResponseStatusCode.NoContent));
        Assert.That(await CountAsync(client, label), Is.EqualTo(2));
    }

    [Test]
    public async Task Bytecode_tx_rollback_and_close_drop_the_session_writes()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var label = Label();
        await client.ResultsAsync(TestClient.Traversal(new Bytecode().AddStep("addV", label), extra: Session("s-rollback"), processor: "session"));
        Assert.That((await client.SubmitAsync(Tx("s-rollback", "rollback")))[^1].Code, Is.EqualTo(ResponseStatusCode.NoContent));
        Assert.That(await client.ResultsAsync(InSession("s-rollback", $"g.V().hasLabel('{label}').count()")), Is.EqualTo(new object[] { 0L }));

        await client.ResultsAsync(InSession("s-rollback", $"g.addV('{label}').iterate()"));
        var close = (await client.SubmitAsync(new RequestMessage(Guid.NewGuid(), "close", "session", Session("s-rollback"))))[^1];
        Assert.That(close.Code, Is.EqualTo(ResponseStatusCode.NoContent));
        Assert.That(await CountAsync(client, label), Is.Zero, "close must roll back");
    }

    [Test]
    public async Task Closing_the_connection_rolls_back_its_sessions()
    {
        using var store = QuadStore.InMemory();
        await using var server = await TestServer.StartAsync(options => options.Sample = false, graphs => graphs.Add("gtx", new GremlinGraph(store)));
        var args = Session("s-connection");
        args["aliases"] = new Dictionary<string, object?> { ["g"] = "gtx" };
        await using (var client = await TestClient.ConnectAsync(server.WebSocketUri))
            await client.ResultsAsync(TestClient.Eval("g.addV('gone').iterate()", args, processor: "session"));
        // The server notices the closed socket on its own schedule: wait (bounded) for the rollback.
        for (var i = 0; i < 200 && store.OpenTransactions > 0; i++)
            await Task.Delay(50);
        Assert.That(store.OpenTransactions, Is.Zero, "the session's transaction outlived its connection");
        Assert.That(store.QuadCount, Is.Zero);
    }

    [Test]
    public async Task Manage_transaction_commits_each_request()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var label = Label();
        await client.ResultsAsync(InSession("s-managed", $"g.addV('{label}').iterate()", manageTransaction: true));
        Assert.That(await CountAsync(client, label), Is.EqualTo(1));
        var invalid = (await client.SubmitAsync(TestClient.Eval("g.V().count()", new Dictionary<string, object?> { ["session"] = "s-managed", ["manageTransaction"] = "yes" }, processor: "session")))[^1];
        Assert.That(invalid.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(invalid.Message, Does.Contain("manageTransaction"));
    }

    [Test]
    public async Task A_failing_request_leaves_nothing_and_keeps_the_session_earlier_writes()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var label = Label();
        await client.ResultsAsync(InSession("s-failing", $"g.addV('{label}').property('step', 1).iterate()"));
        var failed = (await client.SubmitAsync(InSession("s-failing", $"g.inject(1, 2).addV('{label}').property(T.id, '{label}-dup')")))[^1];
        Assert.That(failed.Code, Is.EqualTo(ResponseStatusCode.ServerErrorEvaluation).Or.EqualTo(ResponseStatusCode.ServerError));
        Assert.That(failed.Message, Does.Contain("already exists"));
        Assert.That(await client.ResultsAsync(InSession("s-failing", $"g.V().hasLabel('{label}').count()")), Is.EqualTo(new object[] { 1L }));
        await client.ResultsAsync(Tx("s-failing", "commit"));
        Assert.That(await CountAsync(client, label), Is.EqualTo(1));
    }

    [Test]
    public async Task The_second_of_two_sessions_changing_one_vertex_gets_a_retryable_conflict()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var id = Label();
        await client.ResultsAsync(TestClient.Eval($"g.addV('counter').property(T.id, '{id}').property('n', 0)"));
        await client.ResultsAsync(InSession("s-first", $"g.V('{id}').property('n', 1).iterate()"));
        await client.ResultsAsync(InSession("s-second", $"g.V('{id}').property('n', 2).iterate()"));
        await client.ResultsAsync(Tx("s-first", "commit"));
        var conflict = (await client.SubmitAsync(Tx("s-second", "commit")))[^1];
        Assert.That(conflict.Code, Is.EqualTo(ResponseStatusCode.ServerErrorTemporary));
        Assert.That(conflict.Message, Does.Contain("ConcurrentModificationException").And.Contain("retry the transaction"));
        Assert.That(await client.ResultsAsync(TestClient.Eval($"g.V('{id}').values('n')")), Is.EqualTo(new object[] { 1 }));
        // The failed commit ended that transaction: the session goes on with a fresh one.
        await client.ResultsAsync(InSession("s-second", $"g.V('{id}').property('n', 2).iterate(); g.tx().commit()"));
        Assert.That(await client.ResultsAsync(TestClient.Eval($"g.V('{id}').values('n')")), Is.EqualTo(new object[] { 2 }));
    }

    [Test]
    public async Task An_idle_session_times_out_and_is_rolled_back()
    {
        await using var server = await TestServer.StartAsync(options => options.SessionTimeoutSeconds = 1);
        await using var client = await TestClient.ConnectAsync(server.WebSocketUri);
        var label = Label();
        await client.ResultsAsync(InSession("s-idle", $"g.addV('{label}').iterate()"));
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        // Any request ends idle sessions first; the id then starts a new, empty session.
        Assert.That(await client.ResultsAsync(InSession("s-idle", $"g.V().hasLabel('{label}').count()")), Is.EqualTo(new object[] { 0L }));
        await client.ResultsAsync(Tx("s-idle", "commit"));
        Assert.That(await CountAsync(client, label), Is.Zero);
    }

    [Test]
    public async Task Tx_commands_outside_a_session_do_nothing_and_unknown_ones_are_refused()
    {
        await using var client = await TestClient.ConnectAsync(_server.WebSocketUri);
        var commit = (await client.SubmitAsync(TestClient.Traversal(new Bytecode().AddSource("tx", "commit"))))[^1];
        Assert.That(commit.Code, Is.EqualTo(ResponseStatusCode.NoContent));
        var unknown = (await client.SubmitAsync(Tx("s-unknown", "flush")))[^1];
        Assert.That(unknown.Code, Is.EqualTo(ResponseStatusCode.RequestErrorInvalidRequestArguments));
        Assert.That(unknown.Message, Does.Contain("commit or rollback"));
    }
}
