using System.Reflection;
using System.Text.Json;
using GremlinQuad.Server.Hosting;
using Microsoft.AspNetCore.Http;

namespace GremlinQuad.Server.Protocol.Http;

/// <summary>
/// <c>GET /status</c> in the shape of Neptune's instance status (gremlin-protocol.md §7.2.2), with
/// GremlinQuad's own values, so Neptune health checks work unchanged.
/// </summary>
internal sealed class StatusEndpoint(ServerOptions options, GraphRegistry graphs)
{
    /// <summary>The TinkerPop release whose protocol and behaviour we emulate.</summary>
    public const string TinkerPopVersion = "3.8.2";

    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    public async Task HandleAsync(HttpContext context)
    {
        var version = typeof(StatusEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("status", "healthy");
        writer.WriteString("startTime", _started.UtcDateTime.ToString("ddd MMM dd HH:mm:ss 'UTC' yyyy", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("dbEngineVersion", "GremlinQuad-" + version.Split('+')[0]);
        writer.WriteString("role", "writer");
        writer.WriteString("dfeQueryEngine", "viaQueryHint");
        writer.WritePropertyName("gremlin");
        writer.WriteStartObject();
        writer.WriteString("version", "tinkerpop-" + TinkerPopVersion);
        writer.WriteEndObject();
        writer.WritePropertyName("labMode");
        writer.WriteStartObject();
        writer.WriteEndObject();
        writer.WritePropertyName("features");
        writer.WriteStartObject();
        writer.WritePropertyName("graphs");
        writer.WriteStartArray();
        foreach (var name in graphs.Names.Order(StringComparer.Ordinal))
            writer.WriteStringValue(name);
        writer.WriteEndArray();
        writer.WriteString("durability", options.InMemory ? "in-memory" : "write-ahead log, fsync before acknowledging");
        writer.WriteBoolean("osgpIndex", options.ObjectIndex);
        writer.WriteBoolean("authentication", options.CredentialsFile is not null);
        writer.WriteEndObject();
        writer.WritePropertyName("settings");
        writer.WriteStartObject();
        writer.WriteString("clusterQueryTimeoutInMs", options.EvaluationTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("maxContentLength", options.MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
