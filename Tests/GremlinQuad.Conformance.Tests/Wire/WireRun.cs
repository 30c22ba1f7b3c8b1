using System.ComponentModel;
using System.Diagnostics;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Wire;

/// <summary>
/// What the wire suite shares across its fixtures: one server, the npm client installed once, and one
/// JavaScript runner per serializer, each started on first use and stopped when the run ends.
/// </summary>
public static class WireRun
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, NodeWireClient> Clients = new(StringComparer.Ordinal);
    private static WireServer? _server;
    private static string? _scriptFolder;

    /// <summary>The runner for <paramref name="mime"/>, starting the server and installing the client first if needed.</summary>
    public static NodeWireClient Client(string kitFolder, string mime)
    {
        lock (Gate)
        {
            if (Clients.TryGetValue(mime, out var client))
                return client;
            _scriptFolder ??= PrepareScriptFolder();
            _server ??= WireServer.StartAsync(kitFolder).GetAwaiter().GetResult();
            client = NodeWireClient.Start(_scriptFolder, _server.WebSocketUri, mime);
            Clients[mime] = client;
            return client;
        }
    }

    public static async Task StopAsync()
    {
        WireServer? server;
        lock (Gate)
        {
            foreach (var client in Clients.Values)
                client.Dispose();
            Clients.Clear();
            server = _server;
            _server = null;
        }

        if (server is not null)
            await server.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Wire/js with the pinned npm client installed. Without Node.js the wire suite is ignored with a message;
    /// a failed install fails it (the in-process suite does not need either).
    /// </summary>
    private static string PrepareScriptFolder()
    {
        var folder = TinkerPopKit.ProjectSourceFolder is { } source
            ? Path.Combine(source, "Wire", "js")
            : throw new InvalidOperationException($"the wire suite runs from the repository (GremlinQuad.sln was not found above {AppContext.BaseDirectory}).");
        try
        {
            if (Run("node", ["--version"], folder, TimeSpan.FromSeconds(20)).ExitCode != 0)
                Assert.Ignore("Node.js is not available ('node --version' failed); install Node.js 18+ to run the conformance suite over the wire.");
        }
        catch (Win32Exception)
        {
            Assert.Ignore("Node.js is not installed; install Node.js 18+ (with npm) to run the conformance suite over the wire.");
        }

        if (!File.Exists(Path.Combine(folder, "node_modules", "gremlin", "package.json")))
        {
            // No lock file is committed (it would name a registry host); package.json pins the exact version.
            var (code, output) = Run("npm", ["install", "--no-audit", "--no-fund", "--package-lock=false"], folder, TimeSpan.FromMinutes(4));
            if (code != 0)
                throw new InvalidOperationException($"'npm install' in {folder} failed (exit {code}); check access to the npm registry.\n{output}");
        }

        return folder;
    }

    private static (int ExitCode, string Output) Run(string file, string[] arguments, string folder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out after {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
