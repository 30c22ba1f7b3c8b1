using System.CommandLine;
using GremlinQuad.Server.Auth;
using GremlinQuad.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

// Composition root: settings from appsettings.json (section "GremlinQuad"), then the command line.
var configFile = new Option<FileInfo?>("--config") { Description = "Settings file (default: appsettings.json beside the executable)." };
var host = new Option<string?>("--host") { Description = "Address to listen on: localhost (default), * for all interfaces, or an IP." };
var port = new Option<int?>("--port") { Description = "TCP port (default 8182; 0 picks a free port)." };
var data = new Option<string?>("--data") { Description = $"Data directory: each writable graph is a durable store in DIR/NAME (default {ServerOptions.DefaultDataDirectory})." };
var inMemory = new Option<bool>("--in-memory") { Description = "Keep every graph in memory only: nothing is written to disk, everything is lost on exit." };
var osgp = new Option<bool>("--osgp") { Description = "Keep the optional OSGP index (object-first lookups in one range scan); fixed when a store is created." };
var graph = new Option<string[]>("--graph") { Description = "Extra writable graph NAME=FILE (GraphSON lines .json or GraphML .xml), loaded when its store DIR/NAME is created; repeatable.", Arity = ArgumentArity.ZeroOrMore };
var testGraphs = new Option<string?>("--tinkerpop-test-graphs") { Description = "TinkerPop data folder: serves gmodern, gclassic, gcrew, ggrateful, gsink (read-only) and ggraph (empty)." };
var empty = new Option<bool>("--empty") { Description = "Create g empty instead of with the built-in sample (TinkerPop's modern graph), which is loaded only when g's store is created." };
var loadCsv = new Option<string?>("--load") { Description = "Neptune Gremlin CSV file or folder loaded into g when its store is created, instead of the built-in sample (e.g. samples/air-routes)." };
var credentials = new Option<string?>("--credentials") { Description = "Enable SASL PLAIN (and HTTP Basic) with this credentials file; lines come from 'hash-password'." };
var certificate = new Option<string?>("--certificate") { Description = "TLS certificate (PFX, or PEM with --certificate-key): serves wss:// and https://." };
var certificateKey = new Option<string?>("--certificate-key") { Description = "PEM private key for --certificate." };
var certificatePassword = new Option<string?>("--certificate-password") { Description = "Password of a PFX --certificate." };
var maxMessage = new Option<int?>("--max-message-bytes") { Description = "Largest request message or HTTP body (default 10485760)." };
var timeout = new Option<long?>("--evaluation-timeout") { Description = "Default evaluation timeout in ms (default 30000; 0 = none)." };
var batchSize = new Option<int?>("--batch-size") { Description = "Results per response frame unless a request says otherwise (default 64)." };

var root = new RootCommand("GremlinQuad: a Gremlin server (TinkerPop 3.x WebSocket + HTTP, Neptune-style) over a quad store.")
{
    configFile, host, port, data, inMemory, osgp, graph, testGraphs, empty, loadCsv, credentials, certificate, certificateKey, certificatePassword,
    maxMessage, timeout, batchSize,
};

root.SetAction(async (parse, cancellationToken) =>
{
    using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
    var logger = loggerFactory.CreateLogger("GremlinQuad");
    try
    {
        var options = new ServerOptions();
        var settingsPath = parse.GetValue(configFile)?.FullName ?? Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (parse.GetValue(configFile) is { Exists: false } missing)
            throw new FileNotFoundException($"--config: the settings file '{missing.FullName}' does not exist.");
        if (File.Exists(settingsPath))
            new ConfigurationBuilder().AddJsonFile(settingsPath).Build().GetSection(ServerOptions.SectionName).Bind(options);

        if (parse.GetValue(host) is { } hostValue) options.Host = hostValue;
        if (parse.GetValue(port) is { } portValue) options.Port = portValue;
        if (parse.GetValue(data) is not null && parse.GetValue(inMemory))
            throw new ArgumentException("Give either --data DIR (durable) or --in-memory, not both.");
        if (parse.GetValue(data) is { } dataDirectory) (options.DataDirectory, options.InMemory) = (dataDirectory, false);
        if (parse.GetValue(inMemory)) (options.DataDirectory, options.InMemory) = (null, true);
        if (parse.GetValue(osgp)) options.ObjectIndex = true;
        if (parse.GetValue(empty)) options.Sample = false;
        if (parse.GetValue(loadCsv) is { } loadValue) options.LoadCsv = loadValue;
        if (parse.GetValue(testGraphs) is { } testGraphsValue) options.TinkerPopTestGraphsDirectory = testGraphsValue;
        if (parse.GetValue(credentials) is { } credentialsValue) options.CredentialsFile = credentialsValue;
        if (parse.GetValue(certificate) is { } certificateValue) options.CertificateFile = certificateValue;
        if (parse.GetValue(certificateKey) is { } keyValue) options.CertificateKeyFile = keyValue;
        if (parse.GetValue(certificatePassword) is { } passwordValue) options.CertificatePassword = passwordValue;
        if (parse.GetValue(maxMessage) is { } maxValue) options.MaxMessageBytes = maxValue;
        if (parse.GetValue(timeout) is { } timeoutValue) options.EvaluationTimeoutMilliseconds = timeoutValue;
        if (parse.GetValue(batchSize) is { } batchValue) options.BatchSize = batchValue;
        foreach (var entry in parse.GetValue(graph) ?? [])
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == entry.Length - 1)
                throw new ArgumentException($"--graph expects NAME=FILE (e.g. --graph air=routes.json), but got '{entry}'.");
            options.Graphs[entry[..equals]] = entry[(equals + 1)..];
        }
        options.Validate();

        using var graphs = GraphSetup.Build(options, logger);
        await using var server = await GremlinServer.StartAsync(options, graphs, cancellationToken: cancellationToken).ConfigureAwait(false);
        await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
    catch (Exception exception) when (exception is ArgumentException or IOException or FormatException or InvalidOperationException
        or UnauthorizedAccessException or GremlinQuad.Storage.StorageConfigurationException or GremlinQuad.Storage.StorageCorruptionException or GremlinQuad.Gremlin.GremlinRequestException)
    {
        logger.LogError("cannot start: {Message}", exception.Message);
        return 2;
    }
});

var user = new Argument<string>("user") { Description = "The user name." };
var hashPassword = new Command("hash-password", "Reads a password from standard input and prints a credentials-file line for USER.") { user };
hashPassword.SetAction(parse =>
{
    var password = Console.In.ReadLine();
    if (string.IsNullOrEmpty(password))
    {
        Console.Error.WriteLine("hash-password: give the password on standard input, e.g. echo 'secret' | GremlinQuad.Server hash-password alice");
        return 2;
    }
    Console.WriteLine(CredentialStore.CreateLine(parse.GetValue(user)!, password));
    return 0;
});
root.Subcommands.Add(hashPassword);
root.Subcommands.Add(LoadCommand.Create());

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
