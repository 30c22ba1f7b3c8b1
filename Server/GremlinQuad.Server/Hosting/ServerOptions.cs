namespace GremlinQuad.Server.Hosting;

/// <summary>
/// Everything the host can be told, from appsettings.json (section "GremlinQuad") and then the command
/// line. Defaults follow Gremlin Server's where one exists (port 8182, 10 MiB messages, 30 s
/// evaluation timeout, batches of 64).
/// </summary>
public sealed class ServerOptions
{
    public const string SectionName = "GremlinQuad";

    /// <summary>Address to listen on; "localhost" (Gremlin Server's default) or an IP such as 0.0.0.0.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>TCP port; 0 picks a free one (tests).</summary>
    public int Port { get; set; } = 8182;

    /// <summary>
    /// Where the writable graphs are stored durably, one subdirectory per traversal source name
    /// (<c>g</c>, and each <see cref="Graphs"/> entry); null or empty means <see cref="DefaultDataDirectory"/>.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>Keep every graph in memory only (tests, demos): nothing is written to disk and everything is lost on exit.</summary>
    public bool InMemory { get; set; }

    /// <summary>
    /// Durable stores take a checkpoint in the background once their current log segment passes this
    /// many bytes (and always on clean shutdown); recovery then replays at most about this much log.
    /// </summary>
    public long CheckpointLogBytes { get; set; } = 64L << 20;

    /// <summary>Keep the optional OSGP index (chosen when a store is created).</summary>
    public bool ObjectIndex { get; set; }

    /// <summary>
    /// Extra writable graphs: traversal source name → GraphSON (.json) or GraphML (.xml) file, loaded
    /// when the graph's store is created (DATA/NAME; at every start in memory mode).
    /// </summary>
    public Dictionary<string, string> Graphs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>A TinkerPop data folder: starts gmodern, gclassic, gcrew, ggrateful, gsink and ggraph.</summary>
    public string? TinkerPopTestGraphsDirectory { get; set; }

    /// <summary>Load the built-in sample (TinkerPop's modern graph) into an in-memory "g", so a first run has data to query.</summary>
    public bool Sample { get; set; } = true;

    /// <summary>
    /// A Neptune Gremlin CSV file or folder bulk-loaded into "g" when its store is created (instead of
    /// the built-in sample), e.g. samples/air-routes.
    /// </summary>
    public string? LoadCsv { get; set; }

    /// <summary>SASL PLAIN credentials file (see CredentialStore); null disables authentication.</summary>
    public string? CredentialsFile { get; set; }

    /// <summary>PFX/PKCS#12 or PEM certificate for TLS (wss/https); null serves plain ws/http.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>PEM private key file, when <see cref="CertificateFile"/> is a PEM certificate.</summary>
    public string? CertificateKeyFile { get; set; }

    /// <summary>Password of a PFX certificate.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Largest accepted WebSocket message or HTTP body (Gremlin Server's maxContentLength).</summary>
    public int MaxMessageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Default per-request time limit in milliseconds; 0 disables; requests may override it.</summary>
    public long EvaluationTimeoutMilliseconds { get; set; } = 30_000;

    /// <summary>Results per response frame when the request does not say (Gremlin Server's resultIterationBatchSize).</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>Requests one connection may have running at once; more get 429.</summary>
    public int MaxConcurrentRequestsPerConnection { get; set; } = 64;

    /// <summary>Idle time after which a session is closed and its work rolled back (Neptune caps sessions at 10 minutes).</summary>
    public int SessionTimeoutSeconds { get; set; } = 600;

    /// <summary>
    /// The data directory when none is configured: the per-user application data folder
    /// (<c>~/.local/share/GremlinQuad</c> on Linux, <c>~/Library/Application Support/GremlinQuad</c> on
    /// macOS, <c>%LOCALAPPDATA%\GremlinQuad</c> on Windows), so a restart from any working directory finds
    /// the same data; <c>./gremlinquad-data</c> when the user has no home folder (some containers).
    /// </summary>
    public static string DefaultDataDirectory
    {
        get
        {
            var appData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(appData) ? Path.GetFullPath("gremlinquad-data") : Path.Combine(appData, "GremlinQuad");
        }
    }

    /// <summary>The data directory in effect: the configured one, else <see cref="DefaultDataDirectory"/>; null in memory mode.</summary>
    public string? EffectiveDataDirectory =>
        InMemory ? null : Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? DefaultDataDirectory : DataDirectory);

    /// <summary>Checks settings that would otherwise fail later with a less useful message.</summary>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
            throw new ArgumentException($"--port must be 0..65535, but was {Port}.");
        if (MaxMessageBytes < 1024)
            throw new ArgumentException($"MaxMessageBytes must be at least 1024, but was {MaxMessageBytes}.");
        if (EvaluationTimeoutMilliseconds < 0)
            throw new ArgumentException($"EvaluationTimeoutMilliseconds must be 0 (no limit) or positive, but was {EvaluationTimeoutMilliseconds}.");
        if (BatchSize < 1)
            throw new ArgumentException($"BatchSize must be at least 1, but was {BatchSize}.");
        if (MaxConcurrentRequestsPerConnection < 1)
            throw new ArgumentException($"MaxConcurrentRequestsPerConnection must be at least 1, but was {MaxConcurrentRequestsPerConnection}.");
        if (InMemory && !string.IsNullOrWhiteSpace(DataDirectory))
            throw new ArgumentException($"Both an in-memory server and the data directory '{DataDirectory}' were asked for; give either --in-memory or --data (check DataDirectory and InMemory in the settings file).");
        if (CheckpointLogBytes < 4096)
            throw new ArgumentException($"CheckpointLogBytes must be at least 4096, but was {CheckpointLogBytes}.");
        foreach (var name in Graphs.Keys)
        {
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw new ArgumentException($"Graph name '{name}' must be letters, digits or '_' (it becomes a traversal source name).");
            if (name == GraphRegistry.DefaultSourceName || (TinkerPopTestGraphsDirectory is not null && GraphSetup.TinkerPopTestGraphNames.Contains(name)))
                throw new ArgumentException($"--graph {name}=...: the name '{name}' is already taken by a built-in graph; choose another traversal source name.");
        }
    }
}
