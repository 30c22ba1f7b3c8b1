using System.Buffers;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace GremlinQuad.Conformance.Tests.Wire;

/// <summary>
/// One long-lived <c>node js/wire-runner.js</c> process: the official gremlin 3.8.2 npm client with one
/// serializer, connected to the server once. Requests are lines on its stdin, answers lines on its stdout,
/// matched by id (a request abandoned at its time limit may still be answered later; that answer is dropped).
/// </summary>
public sealed class NodeWireClient : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonDocument>> _pending = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _writeLock = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _nextId;

    private NodeWireClient(Process process)
    {
        _process = process;
    }

    /// <summary>Starts the runner for <paramref name="mime"/> against <paramref name="url"/> and waits until it is connected.</summary>
    public static NodeWireClient Start(string scriptFolder, Uri url, string mime)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = scriptFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("wire-runner.js");
        start.ArgumentList.Add(url.ToString());
        start.ArgumentList.Add(mime);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var client = new NodeWireClient(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
                return;
            lock (client._stderr)
            {
                if (client._stderr.Length < 20_000)
                    client._stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        new Thread(client.ReadAnswers) { IsBackground = true, Name = $"wire-runner {mime}" }.Start();
        if (!client._ready.Task.Wait(TimeSpan.FromSeconds(60)))
        {
            client.Dispose();
            throw new TimeoutException($"the JavaScript runner did not connect to {url} within 60 s. stderr: {client.StandardError}");
        }

        if (client._ready.Task.IsFaulted)
        {
            var reason = client._ready.Task.Exception!.InnerException!.Message;
            client.Dispose();
            throw new InvalidOperationException(reason);
        }

        return client;
    }

    private string StandardError
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    /// <summary>
    /// Sends one script and waits for its answer: the decoded results, or a <see cref="WireRequestException"/>
    /// carrying the status the client reported.
    /// </summary>
    public IReadOnlyList<object?> Submit(string script, string alias, IReadOnlyDictionary<string, object?> bindings, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        try
        {
            var line = RequestLine(id, script, alias, bindings, timeout);
            lock (_writeLock)
            {
                if (_process.HasExited)
                    throw new InvalidOperationException($"the JavaScript runner has exited ({_process.ExitCode}). stderr: {StandardError}");
                _process.StandardInput.Write(line);
                _process.StandardInput.Write('\n');
                _process.StandardInput.Flush();
            }

            answer.Task.Wait(cancellationToken);
            using var document = answer.Task.Result;
            var root = document.RootElement;
            if (root.GetProperty("ok").GetBoolean())
                return [.. root.GetProperty("results").EnumerateArray().Select(WireValues.Read)];
            throw new WireRequestException(root.GetProperty("status").GetInt32(), root.GetProperty("error").GetString() ?? string.Empty);
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
                    _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
        catch (Win32Exception)
        {
            // Could not be killed (already exiting): nothing more to do.
        }

        _process.Dispose();
    }

    private static string RequestLine(long id, string script, string alias, IReadOnlyDictionary<string, object?> bindings, TimeSpan timeout)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("script", script);
            json.WriteString("alias", alias);
            json.WriteNumber("timeoutMs", (long)timeout.TotalMilliseconds);
            json.WritePropertyName("bindings");
            json.WriteStartObject();
            foreach (var (name, value) in bindings)
            {
                json.WritePropertyName(name);
                WireValues.Write(json, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void ReadAnswers()
    {
        try
        {
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] != '{')
                    continue;
                var document = JsonDocument.Parse(line);
                var id = document.RootElement.GetProperty("id").GetInt64();
                if (id == 0)
                {
                    // The runner's own status: connected, or could not start.
                    if (document.RootElement.GetProperty("ok").GetBoolean())
                        _ready.TrySetResult();
                    else
                        _ready.TrySetException(new InvalidOperationException($"the JavaScript runner failed: {document.RootElement.GetProperty("error").GetString()}"));
                    document.Dispose();
                }
                else if (_pending.TryGetValue(id, out var waiting))
                {
                    waiting.TrySetResult(document);
                }
                else
                {
                    document.Dispose();
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or JsonException or InvalidOperationException)
        {
            _ready.TrySetException(e);
        }

        // The runner is gone: every waiting request fails with its last words.
        var gone = new InvalidOperationException($"the JavaScript runner stopped. stderr: {StandardError}");
        _ready.TrySetException(gone);
        foreach (var waiting in _pending.Values)
            waiting.TrySetException(gone);
    }
}
