using System.Diagnostics;
using GremlinQuad.Gremlin;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Server.Protocol.Messages;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Server.Sessions;
using GremlinQuad.Server.Status;
using GremlinQuad.Traversal;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Protocol;

/// <summary>
/// Runs one request against a graph and streams its responses (gremlin-protocol.md §2–§3): op
/// dispatch, argument validation, timeouts, batching, and the error reply. Transport-neutral, so the
/// WebSocket and HTTP endpoints share it.
/// </summary>
internal sealed class RequestProcessor(GraphRegistry graphs, ServerOptions options, SessionRegistry sessions, RunningQueries queries, ILogger logger)
{
    public GraphRegistry Graphs => graphs;

    public RunningQueries Queries => queries;

    public async Task ProcessAsync(RequestMessage request, IResponseSink sink, CancellationToken cancellationToken)
    {
        var origin = request.Op == "eval" ? ErrorMapping.Origin.Script : ErrorMapping.Origin.Bytecode;
        try
        {
            if (request.Processor is not ("" or "traversal" or "session"))
                throw Invalid($"Invalid OpProcessor requested [{request.Processor}]; use \"\" or \"traversal\" for sessionless requests and \"session\" with a session argument.", request);
            switch (request.Op)
            {
                case "bytecode":
                    await RunInSessionAsync(request, sink, RunBytecodeAsync, cancellationToken).ConfigureAwait(false);
                    break;
                case "eval":
                    await RunInSessionAsync(request, sink, RunEvalAsync, cancellationToken).ConfigureAwait(false);
                    break;
                case "close":
                    if (request.Arg("session") is string sessionId)
                        sessions.Close(sessionId);
                    await sink.SendAsync(ResponseMessage.NoContent(request.RequestId), ResultOptions.Default, cancellationToken).ConfigureAwait(false);
                    break;
                case "authentication":
                    throw new ProtocolException(ResponseStatusCode.RequestErrorMalformedRequest,
                        "Message with op code [authentication] is not recognized: this server has no authentication configured, or this connection is already authenticated.", request.RequestId);
                default:
                    throw new ProtocolException(ResponseStatusCode.RequestErrorMalformedRequest,
                        $"Message with op code [{request.Op}] is not recognized; supported ops are bytecode, eval, authentication and close (gather and keys were removed in TinkerPop 3.5).", request.RequestId);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception exception)
        {
            var mapped = ErrorMapping.Map(exception, origin, logger);
            await sink.SendAsync(ErrorMapping.ToResponse(request.RequestId, mapped), ResultOptions.Default, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunInSessionAsync(RequestMessage request, IResponseSink sink,
        Func<RequestMessage, IResponseSink, Session?, CancellationToken, Task> run, CancellationToken cancellationToken)
    {
        sessions.ExpireIdle();
        if (request.Processor != "session")
        {
            await run(request, sink, null, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (request.Arg("session") is not string sessionId || sessionId.Length == 0)
            throw Invalid($"A message with [{request.Op}] op code and processor [session] requires a [session] argument (any string, typically a UUID).", request);
        var session = sessions.GetOrCreate(sessionId);
        using (await session.EnterAsync(cancellationToken).ConfigureAwait(false))
            await run(request, sink, session, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sessionless: one transaction per request. In a session: the session's open transaction (gremlin-protocol.md §2.5).</summary>
    private static T RunInTransaction<T>(RequestMessage request, Session? session, GremlinGraph graph,
        Func<GremlinGraph, T> sessionless, Func<GraphTransaction, T> inSession, CancellationToken cancellationToken)
    {
        if (session is null)
            return sessionless(graph);
        var manageTransaction = request.Arg("manageTransaction") switch
        {
            null => false,
            bool flag => flag,
            var other => throw Invalid($"The [manageTransaction] argument must be a Boolean, but was {Describe(other)}.", request),
        };
        return session.Run(graph, manageTransaction, inSession, cancellationToken);
    }

    private async Task RunBytecodeAsync(RequestMessage request, IResponseSink sink, Session? session, CancellationToken cancellationToken)
    {
        if (!request.Args.TryGetValue("gremlin", out var gremlin) || gremlin is null)
            throw Invalid("A message with [bytecode] op code requires a [gremlin] argument holding the traversal's bytecode.", request);
        if (gremlin is not Bytecode bytecode)
            throw Invalid($"A message with [bytecode] op code requires the [gremlin] argument to be Bytecode, but it was {Describe(gremlin)}; send scripts with op [eval].", request);
        var graph = ResolveGraph(request, aliasesRequired: true);
        var resultOptions = new ResultOptions(TokensOnly(request, bytecode));
        var timeout = Timeout(request, bytecode);
        // g.tx().commit()/rollback() are handled by the engine: the session's transaction ends (204); sessionless, nothing is open.
        var traversers = await ExecuteWithTimeoutAsync(request, bytecode,
            ct => RunInTransaction(request, session, graph, g => g.ExecuteBulked(bytecode, ct), tx => tx.ExecuteBulked(bytecode, ct), ct),
            timeout, cancellationToken).ConfigureAwait(false);
        var items = new object?[traversers.Count];
        for (var i = 0; i < items.Length; i++)
            items[i] = traversers[i];
        await SendResultsAsync(request, sink, items, traversers: true, resultOptions, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunEvalAsync(RequestMessage request, IResponseSink sink, Session? session, CancellationToken cancellationToken)
    {
        if (!request.Args.TryGetValue("gremlin", out var gremlin) || gremlin is null)
            throw Invalid("A message with [eval] op code requires a [gremlin] argument holding the script.", request);
        if (gremlin is not string script)
            throw Invalid($"A message with [eval] op code requires the [gremlin] argument to be a String script, but it was {Describe(gremlin)}; send bytecode with op [bytecode].", request);
        var language = request.Arg("language");
        if (language is not (null or "gremlin-groovy" or "gremlin-lang"))
            throw Invalid($"Scripts in language [{language}] are not supported; send 'gremlin-lang' or 'gremlin-groovy' (both are parsed as gremlin-lang).", request);
        var graph = ResolveGraph(request, aliasesRequired: false);
        var bindings = Bindings(request);
        var resultOptions = new ResultOptions(request.Arg("materializeProperties") is "tokens");
        var timeout = Timeout(request, null);
        var results = await ExecuteWithTimeoutAsync(request, script,
            ct => RunInTransaction(request, session, graph, g => g.Execute(script, bindings, ct), tx => tx.Execute(script, bindings, ct), ct),
            timeout, cancellationToken).ConfigureAwait(false);
        await SendResultsAsync(request, sink, results, traversers: false, resultOptions, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendResultsAsync(RequestMessage request, IResponseSink sink, IReadOnlyList<object?> results, bool traversers,
        ResultOptions resultOptions, CancellationToken cancellationToken)
    {
        if (results.Count == 0)
        {
            await sink.SendAsync(ResponseMessage.NoContent(request.RequestId), resultOptions, cancellationToken).ConfigureAwait(false);
            return;
        }
        var batchSize = sink.SupportsPartialContent ? BatchSize(request) : int.MaxValue;
        if (results.Count <= batchSize)
        {
            await sink.SendAsync(ResponseMessage.Results(request.RequestId, ResponseStatusCode.Success, results, traversers), resultOptions, cancellationToken).ConfigureAwait(false);
            return;
        }
        for (var start = 0; start < results.Count; start += batchSize)
        {
            var count = Math.Min(batchSize, results.Count - start);
            var batch = new ArraySegment<object?>(results as object?[] ?? [.. results], start, count);
            var code = start + count == results.Count ? ResponseStatusCode.Success : ResponseStatusCode.PartialContent;
            await sink.SendAsync(ResponseMessage.Results(request.RequestId, code, batch, traversers), resultOptions, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs the engine on the thread pool (it is synchronous) under the request's time limit, listed in
    /// <see cref="RunningQueries"/> so /gremlin/status shows it and can cancel it.
    /// </summary>
    private async Task<T> ExecuteWithTimeoutAsync<T>(RequestMessage request, object gremlin, Func<CancellationToken, T> execute, TimeSpan? timeout,
        CancellationToken cancellationToken)
    {
        using var running = queries.Start(request.RequestId.ToString("D"), gremlin);
        running.MarkStarted();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, running.Token);
        if (timeout is { } span)
            limit.CancelAfter(span);
        var started = Stopwatch.GetTimestamp();
        try
        {
            // WaitAsync answers on time even if the engine checks its token late; a cancelled traversal never commits.
            return await Task.Run(() => execute(limit.Token), limit.Token).WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (running.Cancelled && !cancellationToken.IsCancellationRequested)
        {
            throw new GremlinExecutionException(
                $"CancelledByUserException: the query {running.Id} was cancelled through /gremlin/status after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms; its changes were rolled back.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout is { } limitSpan)
        {
            throw new TraversalTimeoutException(
                $"Evaluation exceeded the configured 'evaluationTimeout' threshold of {(long)limitSpan.TotalMilliseconds} ms (ran {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms) and was stopped; its changes were rolled back. Raise evaluationTimeout or make the traversal more selective.");
        }
    }

    private GremlinGraph ResolveGraph(RequestMessage request, bool aliasesRequired)
    {
        var sourceName = GraphRegistry.DefaultSourceName;
        var aliases = request.Arg("aliases");
        if (aliases is null)
        {
            if (aliasesRequired)
                throw Invalid("A message with [bytecode] op code requires the [aliases] argument, a map {g: <traversal source name>}.", request);
        }
        else if (aliases is IEnumerable<KeyValuePair<object?, object?>> or IReadOnlyDictionary<string, object?> or System.Collections.IDictionary)
        {
            var entries = MapEntries(aliases);
            if (aliasesRequired && (entries.Count != 1 || entries[0].Key is not "g"))
                throw Invalid("A message with [bytecode] op code requires the [aliases] argument to map exactly one key, g, to a traversal source name.", request);
            foreach (var (key, value) in entries)
            {
                if (key is not string)
                    throw Invalid($"Aliases keys must be Strings, but one was {Describe(key)}.", request);
                if (value is not string target)
                    throw Invalid($"The alias [{key}] must name a traversal source with a String, but was {Describe(value)}.", request);
                if (key is "g")
                    sourceName = target;
            }
        }
        else
        {
            throw Invalid($"The [aliases] argument must be a Map, but was {Describe(aliases)}.", request);
        }
        if (!graphs.TryGet(sourceName, out var graph))
            throw Invalid($"The traversal source [{sourceName}] for alias [g] is not configured on the server; configured sources: {string.Join(", ", graphs.Names.Order(StringComparer.Ordinal))}.", request);
        return graph;
    }

    private static Dictionary<string, object?>? Bindings(RequestMessage request)
    {
        var bindings = request.Arg("bindings");
        if (bindings is null)
            return null;
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in MapEntries(bindings) ?? throw Invalid($"The [bindings] argument must be a Map of String to value, but was {Describe(bindings)}.", request))
        {
            if (key is not string name || name.Length == 0)
                throw Invalid($"Binding names must be non-empty Strings, but one was {Describe(key)}.", request);
            result[name] = value;
        }
        return result;
    }

    private static List<KeyValuePair<object?, object?>> MapEntries(object? map)
    {
        var entries = new List<KeyValuePair<object?, object?>>();
        switch (map)
        {
            case IEnumerable<KeyValuePair<object?, object?>> pairs:
                entries.AddRange(pairs);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                foreach (var (key, value) in dictionary)
                    entries.Add(new(key, value));
                break;
            case System.Collections.IDictionary dictionary:
                foreach (System.Collections.DictionaryEntry entry in dictionary)
                    entries.Add(new(entry.Key, entry.Value));
                break;
            default:
                return null!;
        }
        return entries;
    }

    private int BatchSize(RequestMessage request)
    {
        var value = request.Arg("batchSize");
        if (value is null)
            return options.BatchSize;
        var size = AsLong(value) ?? throw Invalid($"The [batchSize] argument must be an Int, but was {Describe(value)}.", request);
        if (size < 1)
            throw Invalid($"The [batchSize] argument must be at least 1, but was {size}.", request);
        return (int)Math.Min(size, int.MaxValue);
    }

    /// <summary>Request args win over the OptionsStrategy copy in the bytecode (gremlin-protocol.md §9 item 13); 0 disables.</summary>
    private TimeSpan? Timeout(RequestMessage request, Bytecode? bytecode)
    {
        var value = request.Arg("evaluationTimeout") ?? request.Arg("scriptEvaluationTimeout") ?? OptionFromStrategy(bytecode, "evaluationTimeout") ?? OptionFromStrategy(bytecode, "scriptEvaluationTimeout");
        long milliseconds;
        if (value is null)
        {
            milliseconds = options.EvaluationTimeoutMilliseconds;
        }
        else
        {
            milliseconds = AsLong(value) ?? throw Invalid($"The [evaluationTimeout] argument must be a Long number of milliseconds, but was {Describe(value)}.", request);
            if (milliseconds < 0)
                throw Invalid($"The [evaluationTimeout] argument must be 0 (no limit) or positive, but was {milliseconds}.", request);
        }
        return milliseconds == 0 ? null : TimeSpan.FromMilliseconds(milliseconds);
    }

    private static bool TokensOnly(RequestMessage request, Bytecode bytecode) =>
        (request.Arg("materializeProperties") ?? OptionFromStrategy(bytecode, "materializeProperties")) is "tokens";

    private static object? OptionFromStrategy(Bytecode? bytecode, string key)
    {
        if (bytecode is null)
            return null;
        foreach (var instruction in bytecode.SourceInstructions)
        {
            if (instruction.Operator != "withStrategies")
                continue;
            foreach (var argument in instruction.Arguments)
            {
                if (argument is TraversalStrategyValue { Name: "OptionsStrategy" } strategy && strategy.Configuration.TryGetValue(key, out var value))
                    return value;
            }
        }
        return null;
    }

    private static long? AsLong(object? value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        sbyte b => b,
        double d when d == Math.Floor(d) && Math.Abs(d) < 9e15 => (long)d,
        string text when long.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    internal static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"String \"{(text.Length > 40 ? text[..40] + "..." : text)}\"",
        _ => $"{value.GetType().Name} {value}",
    };

    private static ProtocolException Invalid(string message, RequestMessage request) =>
        new(ResponseStatusCode.RequestErrorInvalidRequestArguments, message, request.RequestId);
}
