using System.Diagnostics;
using System.Net;
using GremlinQuad.Gremlin;
using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Server.Status;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;
using Microsoft.AspNetCore.Http;

namespace GremlinQuad.Server.Protocol.Http;

/// <summary>
/// Neptune's <c>/gremlin/explain</c> and <c>/gremlin/profile</c> (gremlin-protocol.md §7.2.4): the
/// script comes as <c>GET ?gremlin=</c> or <c>POST {"gremlin": …}</c>; the answer is a text/plain
/// report. Explain does not run the traversal; profile does (with the evaluation timeout, listed in
/// /gremlin/status) and takes Neptune's <c>profile.results</c> and <c>profile.chop</c>.
/// </summary>
internal sealed class ExplainProfileEndpoint(GraphRegistry graphs, RunningQueries queries, CredentialStore? credentials, ServerOptions options, bool profile)
{
    public Task HandleAsync(HttpContext context) => NeptuneHttp.HandleAsync(context, credentials, HandleCoreAsync);

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var name = profile ? "profile" : "explain";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
            throw new NeptuneHttp.RequestException(HttpStatusCode.MethodNotAllowed, "MethodNotAllowedException", $"HTTP method {request.Method} is not allowed on /gremlin/{name}; use GET ?gremlin=... or POST {{\"gremlin\": ...}}.");
        var parameters = await NeptuneHttp.ReadParametersAsync(request, options.MaxMessageBytes).ConfigureAwait(false);
        if (!parameters.TryGetValue("gremlin", out var script) || string.IsNullOrWhiteSpace(script))
            throw new NeptuneHttp.RequestException(HttpStatusCode.BadRequest, "MissingParameterException", $"No gremlin script supplied: GET /gremlin/{name}?gremlin=<traversal> or POST {{\"gremlin\": \"<traversal>\"}}.");
        var reportOptions = new ProfileOptions
        {
            IncludeResults = NeptuneHttp.Flag(parameters, "profile.results", defaultValue: true),
            Chop = NeptuneHttp.Number(parameters, "profile.chop", defaultValue: 250, minimum: 0),
        };
        if (!graphs.TryGet(GraphRegistry.DefaultSourceName, out var graph))
            throw new NeptuneHttp.RequestException(HttpStatusCode.BadRequest, "BadRequestException", "This server has no graph 'g' to explain or profile against.");
        var queryId = parameters.GetValueOrDefault("queryId") is { Length: > 0 } given ? given : Guid.NewGuid().ToString("D");

        string report;
        using (var running = queries.Start(queryId, script))
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, running.Token))
        {
            running.MarkStarted();
            if (options.EvaluationTimeoutMilliseconds > 0)
                limit.CancelAfter(TimeSpan.FromMilliseconds(options.EvaluationTimeoutMilliseconds));
            var started = Stopwatch.GetTimestamp();
            try
            {
                report = await Task.Run(() => profile ? graph.Profile(script, null, reportOptions, limit.Token) : graph.Explain(script, null, limit.Token), limit.Token)
                    .WaitAsync(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (running.Cancelled)
                    throw new NeptuneHttp.RequestException(HttpStatusCode.InternalServerError, "CancelledByUserException", $"The query {running.Id} was cancelled through /gremlin/status after {elapsed:0} ms.");
                throw new NeptuneHttp.RequestException(HttpStatusCode.InternalServerError, "TimeLimitExceededException",
                    $"The {name} exceeded the evaluation timeout of {options.EvaluationTimeoutMilliseconds} ms (ran {elapsed:0} ms) and was stopped; raise --evaluation-timeout or make the traversal more selective.");
            }
            catch (Exception exception) when (exception is GremlinSyntaxException or GremlinRequestException)
            {
                throw new NeptuneHttp.RequestException(HttpStatusCode.BadRequest, "MalformedQueryException", exception.Message);
            }
            catch (Exception exception) when (exception is GremlinExecutionException or TraversalTimeoutException or StorageConflictException)
            {
                throw new NeptuneHttp.RequestException(HttpStatusCode.InternalServerError,
                    exception is StorageConflictException ? "ConcurrentModificationException" : "InternalFailureException", exception.Message);
            }
        }
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(report, context.RequestAborted).ConfigureAwait(false);
    }
}
