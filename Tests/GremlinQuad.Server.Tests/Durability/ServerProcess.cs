using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace GremlinQuad.Server.Tests.Durability;

/// <summary>
/// The built server (GremlinQuad.Server.dll, copied beside the tests by the project reference) run as a
/// child process with <c>dotnet</c>, so it can be killed for real. It listens on a free port, which it
/// reports in its "listening on" log line.
/// </summary>
internal sealed partial class ServerProcess : IDisposable
{
    /// <summary>Bounds a start (a cold .NET start on a loaded machine takes seconds); a hang guard, not a speed check.</summary>
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => OnLine(line.Data);
        process.ErrorDataReceived += (_, line) => OnLine(line.Data);
        // A server that exits before listening will never report a port.
        process.Exited += (_, _) =>
        {
            process.WaitForExit(); // drains the redirected output first, so the message holds all of it
            _port.TrySetException(new InvalidOperationException($"the server exited with {process.ExitCode} before listening. Output:\n{Output}"));
        };
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port => _port.Task.Result;

    public Uri WebSocketUri => new($"ws://127.0.0.1:{Port}/gremlin");

    public Uri HttpUri => new($"http://127.0.0.1:{Port}/gremlin");

    /// <summary>Everything the server printed so far (stdout and stderr), for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "GremlinQuad.Server.dll");

    /// <summary>Starts the server (with <c>--host 127.0.0.1 --port 0</c> added) and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(params string[] arguments)
    {
        var server = Launch([.. arguments, "--host", "127.0.0.1", "--port", "0"]);
        using var limit = new CancellationTokenSource(StartLimit);
        try
        {
            await server._port.Task.WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            server.Kill();
            throw new TimeoutException($"the server did not report a port within {StartLimit.TotalSeconds} s. Output:\n{server.Output}");
        }
        catch (InvalidOperationException)
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    /// <summary>Runs the server to completion (for arguments that make it exit, such as bad options or --help).</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(params string[] arguments)
    {
        using var server = Launch(arguments);
        using var limit = new CancellationTokenSource(StartLimit);
        try
        {
            await server._process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            server.Kill();
            throw new TimeoutException($"the server was expected to exit but was still running after {StartLimit.TotalSeconds} s. Output:\n{server.Output}");
        }
        server._process.WaitForExit(); // drains the redirected output
        return (server._process.ExitCode, server.Output);
    }

    /// <summary>SIGTERM (what Ctrl+C, systemd and docker stop send): the server shuts down cleanly; returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        var signal = new ProcessStartInfo("kill") { UseShellExecute = false };
        signal.ArgumentList.Add("-TERM");
        signal.ArgumentList.Add(_process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var kill = Process.Start(signal) ?? throw new InvalidOperationException("could not run kill"))
            await kill.WaitForExitAsync().ConfigureAwait(false);
        using var limit = new CancellationTokenSource(StartLimit);
        try
        {
            await _process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the server did not exit within {StartLimit.TotalSeconds} s of SIGTERM. Output:\n{Output}");
        }
        return _process.ExitCode;
    }

    /// <summary>kill -9: no shutdown code runs, nothing is flushed or checkpointed.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static ServerProcess Launch(IEnumerable<string> arguments)
    {
        if (!File.Exists(ServerDll))
            throw new FileNotFoundException($"{ServerDll} is missing; build the test project (it references the server project).", ServerDll);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(ServerDll);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet"));
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (ListeningLine().Match(line) is { Success: true } match)
            _port.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"listening on \w+://[^\s/]+:(\d+)/gremlin")]
    private static partial Regex ListeningLine();
}
