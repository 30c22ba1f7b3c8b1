using System.Net;
using System.Text.Json;
using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Server.Status;
using Microsoft.AspNetCore.Http;

namespace GremlinQuad.Server.Protocol.Http;

/// <summary>
/// Neptune's Gremlin query status API (gremlin-protocol.md §7.2.3) on <c>/gremlin/status</c>:
/// <c>GET</c> lists the running queries, <c>GET /gremlin/status/{queryId}</c> shows one,
/// <c>DELETE /gremlin/status/{queryId}</c> or the form <c>cancelQuery&amp;queryId=…</c> cancels one (its
/// request then fails with a CancelledByUserException message).
/// </summary>
internal sealed class QueryStatusEndpoint(RunningQueries queries, CredentialStore? credentials, ServerOptions options)
{
    public Task HandleAsync(HttpContext context) => NeptuneHttp.HandleAsync(context, credentials, HandleCoreAsync);

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method) && !HttpMethods.IsDelete(request.Method))
            throw new NeptuneHttp.RequestException(HttpStatusCode.MethodNotAllowed, "MethodNotAllowedException", $"HTTP method {request.Method} is not allowed on /gremlin/status; use GET to list, DELETE /gremlin/status/{{queryId}} to cancel.");
        var parameters = await NeptuneHttp.ReadParametersAsync(request, options.MaxMessageBytes).ConfigureAwait(false);
        var queryId = NeptuneHttp.PathId(request) ?? parameters.GetValueOrDefault("queryId");
        var cancel = HttpMethods.IsDelete(request.Method) || parameters.ContainsKey("cancelQuery");
        if (cancel)
        {
            if (string.IsNullOrEmpty(queryId))
                throw NeptuneHttp.BadRequest("Cancelling needs the query's id: DELETE /gremlin/status/{queryId}, or cancelQuery&queryId={queryId}. GET /gremlin/status lists the ids.");
            if (!queries.TryCancel(queryId))
                throw new NeptuneHttp.RequestException(HttpStatusCode.NotFound, "InvalidParameterException", $"No running query has the id '{queryId}'; it may have finished already. GET /gremlin/status lists the running queries.");
            await NeptuneHttp.WriteJsonAsync(context, HttpStatusCode.OK, writer => writer.WriteString("status", "200 OK")).ConfigureAwait(false);
            return;
        }
        if (queryId is not null)
        {
            if (!queries.TryGet(queryId, out var one))
                throw new NeptuneHttp.RequestException(HttpStatusCode.NotFound, "InvalidParameterException", $"No running query has the id '{queryId}'; it may have finished already. GET /gremlin/status lists the running queries.");
            await NeptuneHttp.WriteJsonAsync(context, HttpStatusCode.OK, writer => WriteQuery(writer, one)).ConfigureAwait(false);
            return;
        }
        var includeWaiting = NeptuneHttp.Flag(parameters, "includeWaiting", defaultValue: false);
        var all = queries.All;
        var running = all.Where(q => q.Running).ToList();
        await NeptuneHttp.WriteJsonAsync(context, HttpStatusCode.OK, writer =>
        {
            writer.WriteNumber("acceptedQueryCount", all.Count);
            writer.WriteNumber("runningQueryCount", running.Count);
            writer.WritePropertyName("queries");
            writer.WriteStartArray();
            foreach (var query in includeWaiting ? all : running)
            {
                writer.WriteStartObject();
                WriteQuery(writer, query);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }).ConfigureAwait(false);
    }

    private static void WriteQuery(Utf8JsonWriter writer, RunningQueries.Query query)
    {
        writer.WriteString("queryId", query.Id);
        writer.WriteString("queryString", query.QueryString);
        writer.WritePropertyName("queryEvalStats");
        writer.WriteStartObject();
        writer.WriteNumber("waited", query.WaitedMilliseconds);
        writer.WriteNumber("elapsed", query.ElapsedMilliseconds);
        writer.WriteBoolean("cancelled", query.Cancelled);
        writer.WriteEndObject();
    }
}
