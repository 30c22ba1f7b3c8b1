using GremlinQuad.Server.Serialization;

namespace GremlinQuad.Server.Tests.Interop;

/// <summary>
/// Transactions as the official gremlin-javascript 3.8.2 client drives them (Interop/js/transactions.js):
/// <c>g.tx()</c> commit, rollback and conflict over bytecode, script sessions with <c>g.tx().commit()</c>
/// and <c>rollback()</c>, a failing traversal that leaves nothing, and a reader that never sees half a transaction.
/// </summary>
[TestFixture(SerializerRegistry.GraphBinaryMime)]
[TestFixture(SerializerRegistry.GraphSon3Mime)]
[NonParallelizable]
public sealed class JavaScriptClientTransactionTests(string mime)
{
    private TestServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _ = NodeClient.Directory;
        _server = await TestServer.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }

    [TestCase("tx_commit")]
    [TestCase("tx_rollback")]
    [TestCase("tx_conflict_is_retryable")]
    [TestCase("script_session_commit_and_rollback")]
    [TestCase("failing_traversal_leaves_nothing")]
    [TestCase("reader_never_sees_half_a_transaction")]
    public void The_official_client_runs_transactions(string caseName) =>
        Assert.That(NodeClient.RunScript("transactions.js", _server.WebSocketUri, mime, caseName), Is.Null);
}
