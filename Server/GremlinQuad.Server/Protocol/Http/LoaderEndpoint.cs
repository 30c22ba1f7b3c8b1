using System.Net;
using System.Text.Json;
using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Server.Loader;
using GremlinQuad.Traversal.Loading.NeptuneCsv;
using Microsoft.AspNetCore.Http;

namespace GremlinQuad.Server.Protocol.Http;

/// <summary>
/// Neptune's bulk loader API on <c>/loader</c> (gremlin-protocol.md §7.2.5), loading Neptune Gremlin CSV
/// from a local file or folder into graph <c>g</c>: <c>POST</c> starts a load, <c>GET /loader/{loadId}</c>
/// reports it (with <c>errors=TRUE</c> the bad records' file, line and reason), <c>GET /loader</c> lists
/// load ids, <c>DELETE /loader/{loadId}</c> cancels. S3 fields (<c>iamRoleArn</c>, <c>region</c>) are accepted and ignored.
/// </summary>
internal sealed class LoaderEndpoint(GraphRegistry graphs, LoadJobs jobs, CredentialStore? credentials, ServerOptions options)
{
    private static readonly string[] Parallelism = ["LOW", "MEDIUM", "HIGH", "OVERSUBSCRIBE"];

    public Task HandleAsync(HttpContext context) => NeptuneHttp.HandleAsync(context, credentials, HandleCoreAsync);

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var parameters = await NeptuneHttp.ReadParametersAsync(request, options.MaxMessageBytes).ConfigureAwait(false);
        var loadId = NeptuneHttp.PathId(request) ?? parameters.GetValueOrDefault("loadId");
        if (HttpMethods.IsPost(request.Method) && loadId is null)
            await StartAsync(context, parameters).ConfigureAwait(false);
        else if (HttpMethods.IsGet(request.Method) && loadId is null)
            await ListAsync(context, parameters).ConfigureAwait(false);
        else if (HttpMethods.IsGet(request.Method))
            await StatusAsync(context, loadId!, parameters).ConfigureAwait(false);
        else if (HttpMethods.IsDelete(request.Method) && loadId is not null)
            await CancelAsync(context, loadId).ConfigureAwait(false);
        else
            throw new NeptuneHttp.RequestException(HttpStatusCode.MethodNotAllowed, "MethodNotAllowedException",
                $"{request.Method} {request.Path} is not a loader request; use POST /loader to start, GET /loader[/{{loadId}}] to list or inspect, DELETE /loader/{{loadId}} to cancel.");
    }

    private async Task StartAsync(HttpContext context, Dictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("source", out var source) || string.IsNullOrWhiteSpace(source))
            throw NeptuneHttp.BadRequest("The parameter 'source' is required: the path (or file:// URI) of a CSV file or of a folder of vertex and edge files on the server.");
        if (!parameters.TryGetValue("format", out var format) || string.IsNullOrWhiteSpace(format))
            throw NeptuneHttp.BadRequest("The parameter 'format' is required; GremlinQuad loads Neptune's Gremlin CSV: \"format\": \"csv\".");
        if (!format.Equals("csv", StringComparison.OrdinalIgnoreCase))
            throw NeptuneHttp.BadRequest($"The format '{format}' is not supported: GremlinQuad is a Gremlin store and loads Neptune's Gremlin CSV (\"format\": \"csv\"); RDF and openCypher formats are not available.");
        var mode = parameters.GetValueOrDefault("mode", "AUTO").ToUpperInvariant() switch
        {
            "AUTO" or "" => LoadMode.Auto,
            "NEW" => LoadMode.New,
            "RESUME" => LoadMode.Resume,
            var other => throw NeptuneHttp.BadRequest($"The parameter 'mode' must be NEW, RESUME or AUTO, but was '{other}'."),
        };
        if (parameters.TryGetValue("parallelism", out var parallelism) && !Parallelism.Contains(parallelism.ToUpperInvariant()))
            throw NeptuneHttp.BadRequest($"The parameter 'parallelism' must be LOW, MEDIUM, HIGH or OVERSUBSCRIBE, but was '{parallelism}'.");
        var allowEmptyStrings = false;
        if (parameters.TryGetValue("parserConfiguration", out var parser) && parser.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(parser);
                if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("allowEmptyStrings", out var allow))
                    allowEmptyStrings = allow.ValueKind == JsonValueKind.True || (allow.ValueKind == JsonValueKind.String && bool.TryParse(allow.GetString(), out var flag) && flag);
            }
            catch (JsonException)
            {
                throw NeptuneHttp.BadRequest("The parameter 'parserConfiguration' must be a JSON object such as {\"allowEmptyStrings\": true}.");
            }
        }
        if (parameters.TryGetValue("dependencies", out var dependencies) && dependencies.Length > 0)
        {
            foreach (var dependency in ParseIds(dependencies))
            {
                if (!jobs.TryGet(dependency, out var earlier) || earlier.Status != LoadStatus.Completed)
                    throw NeptuneHttp.BadRequest($"The dependency {dependency} is not a completed load on this server (LOAD_FAILED_BECAUSE_DEPENDENCY_NOT_SATISFIED); load it first or drop it from 'dependencies'.");
            }
        }
        var loadOptions = new NeptuneCsvLoadOptions
        {
            FailOnError = NeptuneHttp.Flag(parameters, "failOnError", defaultValue: true),
            Mode = mode,
            UpdateSingleCardinalityProperties = NeptuneHttp.Flag(parameters, "updateSingleCardinalityProperties", defaultValue: false),
            AllowEmptyStrings = allowEmptyStrings,
        };
        if (!graphs.TryGet(GraphRegistry.DefaultSourceName, out var graph))
            throw NeptuneHttp.BadRequest("This server has no graph 'g' to load into.");
        LoadJob job;
        try
        {
            job = jobs.Start(graph, source, loadOptions, NeptuneHttp.Flag(parameters, "queueRequest", defaultValue: false));
        }
        catch (ArgumentException exception)
        {
            throw NeptuneHttp.BadRequest(exception.Message);
        }
        catch (InvalidOperationException exception)
        {
            throw NeptuneHttp.BadRequest(exception.Message);
        }
        await NeptuneHttp.WriteJsonAsync(context, HttpStatusCode.OK, writer =>
        {
            writer.WriteString("status", "200 OK");
            writer.WritePropertyName("payload");
            writer.WriteStartObject();
            writer.WriteString("loadId", job.Id);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context, Dictionary<string, string> parameters)
    {
        var limit = NeptuneHttp.Number(parameters, "limit", defaultValue: 100, minimum: 1);
        if (limit > 100)
            throw NeptuneHttp.BadRequest($"The parameter 'limit' must be between 1 and 100, but was {limit}.");
        var ids = jobs.Ids(limit, NeptuneHttp.Flag(parameters, "includeQueuedLoads", defaultValue: true));
        await NeptuneHttp.WriteJsonAsync(context, HttpStatusCode.OK, writer =>
        {
            writer.WriteString("status", "200 OK");
            writer.WritePropertyName("payload");
            writer.WriteStartObject();
            writer.WritePropertyName("loadIds");
            writer.WriteStartArray();
            foreach (var id in ids)
                writer.WriteStringValue(id);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private async Task StatusAsync(HttpContext context, string loadId, Dictionary<string, string> parameters)
    {
        if (!jobs.TryGet(loadId, out var job))
            throw new NeptuneHttp.RequestException(HttpStatusCode.NotFound, "LoadNotFoundException", $"The load with id = {loadId} does not exist; GET /loader lists the load ids this server knows.");
        var details = NeptuneHttp.Flag(parameters, "details", defaultValue: false);
        var errors = NeptuneHttp.Flag(parameters, "errors", defaultValue: false);
        var page = NeptuneHttp.Number(parameters, "page", defaultValue: 1, minimum: 1);
        var perPage = NeptuneHttp.Number(parameters, "errorsPerPage", defaultValue: 10, minimum: 1);
        var report = job.Report;
        await NeptuneHttp.WriteJsonAsync(context, HttpStatusCode.OK, writer =>
        {
            writer.WriteString("status", "200 OK");
            writer.WritePropertyName("payload");
            writer.WriteStartObject();
            writer.WritePropertyName("feedCount");
            writer.WriteStartArray();
            foreach (var group in (report?.Feeds.Select(f => f.Status) ?? [job.Status]).GroupBy(s => s, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteNumber(group.Key, group.Count());
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WritePropertyName("overallStatus");
            writer.WriteStartObject();
            WriteCounts(writer, job.Source, job.Status, report?.TotalRecords ?? job.RecordsRead, report?.TotalDuplicates ?? 0, report?.ParsingErrors ?? 0,
                report?.DatatypeMismatchErrors ?? 0, report?.InsertErrors ?? 0);
            writer.WriteNumber("totalTimeSpent", (long)((report?.TotalTimeSpent) ?? ((job.Finished ?? DateTimeOffset.UtcNow) - (job.Started ?? job.Accepted))).TotalSeconds);
            writer.WriteNumber("startTime", (job.Started ?? job.Accepted).ToUnixTimeSeconds());
            writer.WriteEndObject();
            if (details && report is not null)
            {
                writer.WritePropertyName("failedFeeds");
                writer.WriteStartArray();
                foreach (var feed in report.Feeds.Where(f => f.Status != LoadStatus.Completed))
                {
                    writer.WriteStartObject();
                    WriteCounts(writer, feed.FullUri, feed.Status, feed.TotalRecords, feed.TotalDuplicates, feed.ParsingErrors, feed.DatatypeMismatchErrors, feed.InsertErrors);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            if (errors)
                WriteErrors(writer, job, page, perPage);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static void WriteCounts(Utf8JsonWriter writer, string uri, string status, long records, long duplicates, long parsing, long datatype, long insert)
    {
        writer.WriteString("fullUri", uri);
        writer.WriteNumber("runNumber", 1);
        writer.WriteNumber("retryNumber", 0);
        writer.WriteString("status", status);
        writer.WriteNumber("totalRecords", records);
        writer.WriteNumber("totalDuplicates", duplicates);
        writer.WriteNumber("parsingErrors", parsing);
        writer.WriteNumber("datatypeMismatchErrors", datatype);
        writer.WriteNumber("insertErrors", insert);
    }

    /// <summary>One page of the load's errors; each names the file, the line and the record number, and says what was wrong.</summary>
    private static void WriteErrors(Utf8JsonWriter writer, LoadJob job, int page, int perPage)
    {
        IReadOnlyList<LoadError> all = job.Report?.Errors
            ?? (job.FailureMessage is null ? [] : [new LoadError(job.Status, job.FailureMessage, job.Source, 0, 0)]);
        var start = (long)(page - 1) * perPage;
        var shown = all.Skip((int)Math.Min(start, int.MaxValue)).Take(perPage).ToList();
        writer.WritePropertyName("errors");
        writer.WriteStartObject();
        writer.WriteNumber("startIndex", shown.Count == 0 ? 0 : start + 1);
        writer.WriteNumber("endIndex", start + shown.Count);
        writer.WriteString("loadId", job.Id);
        writer.WritePropertyName("errorLogs");
        writer.WriteStartArray();
        foreach (var error in shown)
        {
            writer.WriteStartObject();
            writer.WriteString("errorCode", error.ErrorCode);
            writer.WriteString("errorMessage", error.ErrorMessage);
            writer.WriteString("fileName", error.FileName);
            writer.WriteNumber("recordNum", error.RecordNumber);
            writer.WriteNumber("lineNumber", error.LineNumber);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private async Task CancelAsync(HttpContext context, string loadId)
    {
        if (!jobs.TryCancel(loadId))
            throw new NeptuneHttp.RequestException(HttpStatusCode.NotFound, "LoadNotFoundException", $"The load with id = {loadId} does not exist or not active; GET /loader/{loadId} shows its status.");
        await NeptuneHttp.WriteJsonAsync(context, HttpStatusCode.OK, writer => writer.WriteString("status", "200 OK")).ConfigureAwait(false);
    }

    /// <summary>dependencies arrives as a JSON array (JSON body) or a comma-separated list (form).</summary>
    private static string[] ParseIds(string text)
    {
        if (!text.TrimStart().StartsWith('['))
            return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            using var document = JsonDocument.Parse(text);
            return [.. document.RootElement.EnumerateArray().Select(e => e.GetString() ?? "")];
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            throw NeptuneHttp.BadRequest("The parameter 'dependencies' must be an array of load ids.");
        }
    }
}
