using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// Runs Peers/Kuzu/khop.js (Kùzu, embedded in Node) on the same edges and starts. The script and its
/// package.json (kuzu pinned exactly) are copied to the git-ignored .tmp/kuzu-peer at the repository
/// root and npm installs there, when missing: node_modules inside the project would be globbed by the build. Never throws
/// for a missing Node or npm: the result then carries the reason, which the table prints.
/// </summary>
internal static class KuzuPeer
{
    internal sealed record HopResult(int Hops, double[] Milliseconds, long[] Counts);

    internal sealed record Result(string? Unavailable, string? Version, double LoadMilliseconds, IReadOnlyList<HopResult> Hops);

    public static Result Run(int vertexCount, IReadOnlyList<(int Source, int Target)> edges, IReadOnlyList<int> starts, IReadOnlyList<int> hops, TimeSpan budgetPerHop)
    {
        var (folder, problem) = PrepareRuntimeFolder();
        if (folder is null)
            return Unavailable(problem);

        var data = Path.Combine(Path.GetTempPath(), "gremlinquad-kuzu-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        try
        {
            WriteLines(Path.Combine(data, "nodes.csv"), Enumerable.Range(0, vertexCount).Select(v => v.ToString(CultureInfo.InvariantCulture)));
            WriteLines(Path.Combine(data, "edges.csv"), edges.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Source},{e.Target}")));
            WriteLines(Path.Combine(data, "starts.txt"), starts.Select(s => s.ToString(CultureInfo.InvariantCulture)));
            var timeout = TimeSpan.FromMinutes(10) + budgetPerHop * (hops.Count * 2);
            var (ok, output) = Execute("node",
                [Path.Combine(folder, "khop.js"), "--data", data, "--hops", string.Join(',', hops), "--warmup", "1",
                 "--budget-ms", ((long)budgetPerHop.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)],
                folder, timeout);
            var json = output.Split('\n').LastOrDefault(line => line.StartsWith('{'));
            if (json is null)
                return Unavailable(ok ? "khop.js printed no result" : $"node failed or is missing ({Tail(output)})");
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.TryGetProperty("error", out var error))
                return Unavailable(error.GetString() ?? "khop.js reported an error");
            var results = root.GetProperty("hops").EnumerateArray().Select(hop => new HopResult(
                hop.GetProperty("k").GetInt32(),
                [.. hop.GetProperty("times").EnumerateArray().Select(t => t.GetDouble())],
                [.. hop.GetProperty("counts").EnumerateArray().Select(c => c.GetInt64())])).ToList();
            return new Result(null, root.GetProperty("kuzu").GetString(), root.GetProperty("loadMs").GetDouble(), results);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); }
            catch (IOException) { }
        }
    }

    private static Result Unavailable(string reason) => new(reason, null, double.NaN, []);

    private static void WriteLines(string path, IEnumerable<string> lines)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        foreach (var line in lines) writer.Write(line + "\n");
    }

    private static string Tail(string text)
    {
        var trimmed = text.Trim().ReplaceLineEndings(" ");
        return trimmed.Length <= 200 ? trimmed : "…" + trimmed[^200..];
    }

    /// <summary>Runs a program; false (with the reason as output) when it is missing, fails or times out.</summary>
    private static (bool Ok, string Output) Execute(string program, string[] arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                return (false, $"{program} timed out after {timeout.TotalMinutes:F0} min");
            }
            var output = stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult();
            return (process.ExitCode == 0, output);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (false, $"{program} not found on PATH: {exception.Message}");
        }
    }

    /// <summary>.tmp/kuzu-peer with the current script and package.json and kuzu installed; or null and why not.</summary>
    private static (string? Folder, string Problem) PrepareRuntimeFolder()
    {
        string? root = null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null && root is null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GremlinQuad.sln"))) root = directory.FullName;
        }
        if (root is null)
            return (null, "GremlinQuad.sln not found above the benchmark's output folder (run from a clone of the repository)");
        var source = Path.Combine(root, "Tests", "GremlinQuad.Benchmarks", "Peers", "Kuzu");
        var folder = Path.Combine(root, ".tmp", "kuzu-peer");
        Directory.CreateDirectory(folder);
        var manifest = File.ReadAllText(Path.Combine(source, "package.json"));
        var installedManifest = Path.Combine(folder, "package.json");
        var stale = !File.Exists(installedManifest) || File.ReadAllText(installedManifest) != manifest
            || !Directory.Exists(Path.Combine(folder, "node_modules", "kuzu"));
        File.Copy(Path.Combine(source, "khop.js"), Path.Combine(folder, "khop.js"), overwrite: true);
        if (!stale) return (folder, "");
        File.WriteAllText(installedManifest, manifest);
        var (installed, output) = Execute("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock"], folder, TimeSpan.FromMinutes(10));
        return installed ? (folder, "") : (null, $"npm install failed or npm is missing ({Tail(output)})");
    }
}
