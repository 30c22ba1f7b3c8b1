using System.Diagnostics;
using System.Text.Json;

namespace GremlinQuad.Server.Tests.Interop;

/// <summary>
/// Runs Interop/js/interop.js with Node.js: the official gremlin 3.8.2 npm client against our server.
/// Installs the pinned package on first use; every run is bounded by a timeout.
/// </summary>
internal static class NodeClient
{
    private static readonly Lazy<string> ScriptDirectory = new(Prepare);

    public static string Directory => ScriptDirectory.Value;

    /// <summary>Runs one case of interop.js; returns null on success or the failure detail.</summary>
    public static string? Run(Uri url, string mime, string caseName, params string[] extra) => RunScript("interop.js", url, mime, caseName, extra);

    /// <summary>Runs one case of <paramref name="script"/> (a file in Interop/js); returns null on success or the failure detail.</summary>
    public static string? RunScript(string script, Uri url, string mime, string caseName, params string[] extra)
    {
        var arguments = new List<string> { script, url.ToString(), mime, caseName };
        arguments.AddRange(extra);
        var (exitCode, output, error) = Execute("node", arguments, Directory, TimeSpan.FromSeconds(90));
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (last is null || !last.StartsWith('{'))
            return $"node exited with {exitCode} and no result line. stdout: {output} stderr: {error}";
        using var json = JsonDocument.Parse(last);
        return json.RootElement.GetProperty("ok").GetBoolean() ? null : json.RootElement.GetProperty("detail").GetString() + "\nstderr: " + error;
    }

    private static string Prepare()
    {
        var root = FindRepositoryRoot();
        var directory = Path.Combine(root, "Tests", "GremlinQuad.Server.Tests", "Interop", "js");
        try
        {
            var (code, version, _) = Execute("node", ["--version"], directory, TimeSpan.FromSeconds(20));
            if (code != 0)
                Assert.Ignore("Node.js is not available ('node --version' failed); install Node.js 18+ to run the JavaScript client interop tests.");
            _ = version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("Node.js is not installed; install Node.js 18+ (with npm) to run the JavaScript client interop tests.");
        }
        if (!File.Exists(Path.Combine(directory, "node_modules", "gremlin", "package.json")))
        {
            // The lock file is not committed (it would name the registry host); package.json pins the exact version.
            var (code, output, error) = Execute("npm", ["install", "--no-audit", "--no-fund", "--package-lock=false"], directory, TimeSpan.FromMinutes(4));
            if (code != 0)
                Assert.Fail($"'npm install' for the interop tests failed in {directory} (exit {code}); check network access to the npm registry.\n{output}\n{error}");
        }
        return directory;
    }

    internal static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GremlinQuad.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"GremlinQuad.sln was not found above {AppContext.BaseDirectory}; run the tests from the repository.");
    }

    /// <summary>Runs a program to its end (or kills it at <paramref name="timeout"/>); <paramref name="environment"/> adds variables.</summary>
    internal static (int ExitCode, string Output, string Error) Execute(string file, IEnumerable<string> arguments, string directory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, output.Result, $"timed out after {timeout.TotalSeconds:0} s. " + error.Result);
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
