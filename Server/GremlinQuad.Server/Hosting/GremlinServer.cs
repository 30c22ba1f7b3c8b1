using System.Net;
using System.Security.Cryptography.X509Certificates;
using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Protocol;
using GremlinQuad.Server.Protocol.Http;
using GremlinQuad.Server.Protocol.WebSocket;
using GremlinQuad.Server.Serialization;
using GremlinQuad.Server.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Hosting;

/// <summary>
/// The running server: Kestrel with WebSocket and HTTP on <c>/gremlin</c> (and <c>/</c>, as Gremlin
/// Server does not route on the path), <c>/status</c>, TLS when a certificate is configured.
/// </summary>
public sealed class GremlinServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GremlinServer(WebApplication app, int port, bool tls)
    {
        _app = app;
        Port = port;
        Tls = tls;
    }

    /// <summary>The bound port (the real one when 0 was asked for).</summary>
    public int Port { get; }

    public bool Tls { get; }

    public static async Task<GremlinServer> StartAsync(ServerOptions options, GraphRegistry graphs, Action<ILoggingBuilder>? logging = null,
        CancellationToken cancellationToken = default)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
            builder.Logging.SetMinimumLevel(LogLevel.Information);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        }
        else
        {
            logging(builder.Logging);
        }

        var certificate = LoadCertificate(options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxMessageBytes;
            var address = options.Host switch
            {
                "localhost" => IPAddress.Loopback,
                "*" or "0.0.0.0" => IPAddress.Any,
                _ => IPAddress.TryParse(options.Host, out var parsed) ? parsed : throw new ArgumentException($"--host must be localhost, * or an IP address, but was '{options.Host}'."),
            };
            kestrel.Listen(address, options.Port, listen =>
            {
                if (certificate is not null)
                    listen.UseHttps(certificate);
            });
        });

        var app = builder.Build();
        var loggerFactory = app.Services.GetRequiredService<ILoggerFactory>();
        var logger = loggerFactory.CreateLogger("GremlinQuad.Server");
        var credentials = options.CredentialsFile is null ? null : CredentialStore.Load(options.CredentialsFile);
        var authenticator = credentials is null ? null : new SaslPlainAuthenticator(credentials);
        var sessions = new SessionRegistry(TimeSpan.FromSeconds(options.SessionTimeoutSeconds));
        var serializers = new SerializerRegistry();
        var queries = new Status.RunningQueries();
        var processor = new RequestProcessor(graphs, options, sessions, queries, logger);
        var http = new HttpGremlinEndpoint(processor, serializers, credentials, options, logger);
        var status = new StatusEndpoint(options, graphs);

        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        RequestDelegate gremlin = async context =>
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                // No subprotocol: drivers request none (gremlin-protocol.md §1.1). SigV4 headers are simply not inspected.
                using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
                using var connection = new GremlinConnection(socket, processor, serializers, authenticator, sessions, options, logger);
                await connection.RunAsync(context.RequestAborted).ConfigureAwait(false);
                return;
            }
            await http.HandleAsync(context).ConfigureAwait(false);
        };
        NeptuneEndpoints.Map(app, graphs, queries, credentials, options, logger);
        app.Map("/gremlin", (IApplicationBuilder branch) => branch.Run(gremlin));
        // Branches, not endpoint routing: the catch-all below would otherwise run before routed endpoints.
        app.Map("/status", (IApplicationBuilder branch) => branch.Run(status.HandleAsync));
        app.Map("/favicon.ico", (IApplicationBuilder branch) => branch.Run(context =>
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }));
        app.Run(gremlin);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var port = new Uri(addresses.First()).Port;
        var graphNames = string.Join(", ", graphs.Names.Order(StringComparer.Ordinal));
        var scheme = certificate is null ? "ws" : "wss";
        if (logger.IsEnabled(LogLevel.Information))
            logger.LogInformation("GremlinQuad listening on {Scheme}://{Host}:{Port}/gremlin with graphs {Graphs}", scheme, options.Host, port, graphNames);
        return new GremlinServer(app, port, certificate is not null);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static X509Certificate2? LoadCertificate(ServerOptions options)
    {
        if (options.CertificateFile is null)
            return null;
        if (!File.Exists(options.CertificateFile))
            throw new FileNotFoundException($"The TLS certificate '{options.CertificateFile}' does not exist; fix --certificate or remove it to serve plain ws/http.", options.CertificateFile);
        try
        {
            if (options.CertificateKeyFile is not null)
                return X509Certificate2.CreateFromPemFile(options.CertificateFile, options.CertificateKeyFile);
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificateFile, options.CertificatePassword);
        }
        catch (System.Security.Cryptography.CryptographicException exception)
        {
            throw new ArgumentException($"The TLS certificate '{options.CertificateFile}' could not be loaded ({exception.Message}); give a PFX with --certificate-password, or a PEM with --certificate-key.", exception);
        }
    }
}
