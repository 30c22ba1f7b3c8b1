using System.Text;
using GremlinQuad.Conformance.Tests.Execution;

namespace GremlinQuad.Conformance.Tests.Wire;

/// <summary>
/// Executes scenarios over the wire: every traversal is a gremlin-lang script sent by the official JavaScript
/// client (<see cref="NodeWireClient"/>) to the real server, with <c>g</c> aliased to the test graph the
/// scenario names (<c>gmodern</c>, …; <c>ggraph</c>, the writable one, for <c>empty</c>). Parameters travel as
/// bindings, side effects as <c>withSideEffect</c> on the script's source, and results come back as the
/// client decoded them, so they are compared with <see cref="ValueComparison.JavaScriptClient"/>.
/// </summary>
public sealed class WireExecutor : IScenarioExecutor
{
    /// <summary>Scenario graph name → traversal source name on a server started with the TinkerPop test graphs.</summary>
    private static readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal)
    {
        ["modern"] = "gmodern",
        ["classic"] = "gclassic",
        ["crew"] = "gcrew",
        ["grateful"] = "ggrateful",
        ["sink"] = "gsink",
        ["empty"] = "ggraph",
    };

    private readonly Func<NodeWireClient> _connect;
    private readonly TimeSpan _timeout;
    private NodeWireClient? _client;

    /// <param name="connect">Gives the runner for one serializer; called on first use, so skipped scenarios start nothing.</param>
    /// <param name="timeout">The server-side evaluation timeout sent with each request (the scenario's limit).</param>
    public WireExecutor(Func<NodeWireClient> connect, TimeSpan timeout)
    {
        _connect = connect;
        _timeout = timeout;
    }

    public ValueComparison Comparison => ValueComparison.JavaScriptClient;

    /// <summary>
    /// The shared <c>ggraph</c> is emptied before each scenario on the empty graph (dropping the vertices drops
    /// their edges and properties; side effects live only as long as one request, so nothing else can leak).
    /// </summary>
    public void PrepareGraph(string graphName)
    {
        var source = Source(graphName);
        if (graphName != "empty")
            return;
        Submit(source, "g.V().drop()", new Dictionary<string, object?>(), CancellationToken.None);
        var left = Submit(source, "g.V().count()", new Dictionary<string, object?>(), CancellationToken.None);
        if (left.Count != 1 || left[0] is not long count || count != 0)
            throw new InvalidOperationException($"ggraph still holds vertices after g.V().drop(): {ResultComparer.Describe(left)}");
    }

    public IReadOnlyList<object?> Execute(
        string graphName,
        string traversalText,
        IReadOnlyDictionary<string, object?> bindings,
        IReadOnlyList<KeyValuePair<string, object?>> sideEffects,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var source = Source(graphName);
        if (sideEffects.Count == 0)
            return Submit(source, traversalText, bindings, cancellationToken);

        // withSideEffect goes first among the source steps, as in-process; its values travel as bindings
        // under names no scenario uses.
        var text = traversalText.TrimStart();
        if (!text.StartsWith("g.", StringComparison.Ordinal))
            throw new ScenarioSetupException($"side effects need a traversal that starts with 'g.', but it starts with '{text[..Math.Min(10, text.Length)]}'.");
        var all = new Dictionary<string, object?>(bindings, StringComparer.Ordinal);
        var script = new StringBuilder("g");
        for (var i = 0; i < sideEffects.Count; i++)
        {
            var name = $"wireSideEffect{i}";
            all[name] = sideEffects[i].Value;
            script.Append(".withSideEffect(\"").Append(sideEffects[i].Key.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\", ").Append(name).Append(')');
        }

        script.Append(text.AsSpan(1));
        return Submit(source, script.ToString(), all, cancellationToken);
    }

    private static string Source(string graphName) =>
        Sources.TryGetValue(graphName, out var source)
            ? source
            : throw new ArgumentException($"Unknown graph '{graphName}': expected one of {string.Join(", ", Sources.Keys)}.", nameof(graphName));

    private IReadOnlyList<object?> Submit(string source, string script, IReadOnlyDictionary<string, object?> bindings, CancellationToken cancellationToken)
    {
        try
        {
            _client ??= _connect();
            return _client.Submit(script, source, bindings, _timeout, cancellationToken);
        }
        catch (WireRequestException e) when (e.Status is 0 or 599 or WireRequestException.ClientDecodeFailure)
        {
            // Not a Gremlin error but a failure to carry the result (server serialization, client decoding, or
            // the client itself): the runner must report it as a crash, never accept it as an expected error.
            throw new InvalidOperationException($"status {e.Status}: {e.Message}", e);
        }
    }
}
