using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GremlinQuad.Server.Loader;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;
using GremlinQuad.Traversal.Loading.NeptuneCsv;
using Microsoft.Extensions.Logging;

namespace GremlinQuad.Server.Hosting;

/// <summary>
/// <c>GremlinQuad.Server load PATH</c>: Neptune's bulk loader from the command line. Loads a Neptune
/// Gremlin CSV file or folder into a graph's store in the data directory (the one the server opens),
/// with a progress bar, then prints Neptune's counts and the load rate. The server must not be running
/// on the same data directory (its lock is taken, as the server takes it).
/// </summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A Neptune Gremlin CSV file, or a folder of vertex and edge files." };
        var graph = new Option<string>("--graph") { Description = "The graph (traversal source) to load into.", DefaultValueFactory = _ => GraphRegistry.DefaultSourceName };
        var data = new Option<string?>("--data") { Description = $"Data directory holding the graph's store DIR/NAME (default {ServerOptions.DefaultDataDirectory})." };
        var inMemory = new Option<bool>("--in-memory") { Description = "Load into a throw-away in-memory store: checks the files and measures the load rate, keeps nothing." };
        var osgp = new Option<bool>("--osgp") { Description = "Create the store with the OSGP index (only when the store is new)." };
        var failOnError = new Option<bool>("--fail-on-error") { Description = "Stop at the first bad record and load nothing (Neptune's failOnError TRUE); by default bad records are skipped and listed." };
        var mode = new Option<LoadMode>("--mode") { Description = "NEW, RESUME or AUTO (Neptune's loader mode; RESUME needs an earlier load in this process, so from the command line AUTO is NEW).", DefaultValueFactory = _ => LoadMode.Auto };
        var command = new Command("load", "Bulk-loads Neptune Gremlin CSV (vertex and edge files) into a graph's store, with a progress bar.")
        {
            path, graph, data, inMemory, osgp, failOnError, mode,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(path)!, parse.GetValue(graph)!, parse.GetValue(data), parse.GetValue(inMemory),
            parse.GetValue(osgp), parse.GetValue(failOnError), parse.GetValue(mode), Console.Out, cancellationToken)));
        return command;
    }

    /// <returns>0 when the load completed, 1 when it failed, 2 for bad arguments.</returns>
    public static int Run(string path, string graphName, string? dataDirectory, bool inMemory, bool objectIndex, bool failOnError, LoadMode mode,
        TextWriter output, CancellationToken cancellationToken)
    {
        IReadOnlyList<NeptuneCsvSource> sources;
        try
        {
            sources = CsvSources.List(path);
            if (mode == LoadMode.Resume)
                throw new ArgumentException("--mode RESUME needs an earlier load to resume, which a new process does not have; use NEW or AUTO (rows already loaded count as duplicates).");
        }
        catch (ArgumentException exception)
        {
            output.WriteLine("load: " + exception.Message);
            return 2;
        }
        var total = CountRecords(sources);
        var storeOptions = new QuadStoreOptions { ObjectIndex = objectIndex };
        FileStream? directoryLock = null;
        QuadStore store;
        string where;
        try
        {
            if (inMemory)
            {
                store = QuadStore.InMemory(storeOptions);
                where = "an in-memory store (discarded at exit)";
            }
            else
            {
                var directory = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? ServerOptions.DefaultDataDirectory : dataDirectory);
                Directory.CreateDirectory(directory);
                directoryLock = new FileStream(Path.Combine(directory, GraphSetup.LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                store = QuadStore.Open(Path.Combine(directory, graphName), storeOptions);
                where = $"graph '{graphName}' in {Path.Combine(directory, graphName)}";
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or StorageConfigurationException)
        {
            directoryLock?.Dispose();
            output.WriteLine($"load: cannot open the store ({exception.Message}). Stop a server using this data directory, or give another --data.");
            return 2;
        }

        using (directoryLock)
        using (store)
        {
            output.WriteLine($"loading {sources.Count} file(s), about {total:N0} records, from {path} into {where}");
            var bar = new ProgressBar(output, total);
            var clock = Stopwatch.StartNew();
            LoadReport report;
            try
            {
                report = new NeptuneCsvLoader(new GremlinGraph(store)).Load(sources,
                    new NeptuneCsvLoadOptions { FailOnError = failOnError, Mode = mode, Progress = bar.Report, ProgressInterval = 20_000 }, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                bar.Finish();
                output.WriteLine("load cancelled: nothing was committed.");
                return 1;
            }
            bar.Finish();
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
            output.WriteLine($"{report.Status}: {report.TotalRecords:N0} records, {report.VerticesAdded:N0} vertices and {report.EdgesAdded:N0} edges added ({report.QuadsAdded:N0} quads), "
                + $"{report.TotalDuplicates:N0} duplicates, {report.ParsingErrors:N0} parsing / {report.DatatypeMismatchErrors:N0} datatype / {report.InsertErrors:N0} insert errors");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"time {seconds:0.00} s: {report.EdgesAdded / seconds:N0} edges/s, {report.QuadsAdded / seconds:N0} quads/s, {report.TotalRecords / seconds:N0} records/s"));
            foreach (var error in report.Errors.Take(20))
                output.WriteLine($"  {error.FileName}:{error.LineNumber} {error.ErrorCode}: {error.ErrorMessage}");
            if (report.Errors.Count > 20)
                output.WriteLine($"  ... and {report.Errors.Count - 20} more errors");
            return report.Committed ? 0 : 1;
        }
    }

    /// <summary>The server's <c>--load</c>: loads a CSV file or folder into a new graph at start-up; a failed load stops the start.</summary>
    public static void LoadInto(GremlinGraph graph, string path, ILogger logger)
    {
        var report = new NeptuneCsvLoader(graph).Load(CsvSources.List(path));
        if (!report.Committed)
        {
            var first = report.Errors.Count > 0 ? report.Errors[0] : null;
            throw new InvalidOperationException($"--load {path}: {report.Status}" + (first is null ? "" : $", first error {first.FileName}:{first.LineNumber} {first.ErrorCode}: {first.ErrorMessage}")
                + ". Fix the file, or check it with the 'load --in-memory' command.");
        }
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("graph 'g' loaded from {Path}: {Vertices} vertices, {Edges} edges in {Seconds:0.0} s",
                path, report.VerticesAdded, report.EdgesAdded, report.TotalTimeSpent.TotalSeconds);
        }
    }

    /// <summary>Lines after each header: the bar's 100% (quoted fields spanning lines make it an upper bound).</summary>
    private static long CountRecords(IReadOnlyList<NeptuneCsvSource> sources)
    {
        var total = 0L;
        var buffer = new byte[1 << 16];
        foreach (var source in sources)
        {
            using var stream = source.Open();
            long lines = 0;
            var last = (byte)'\n';
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }
            if (last != '\n') lines++;
            total += Math.Max(0, lines - 1);
        }
        return total;
    }

    /// <summary>A text progress bar: redrawn in place on a terminal, a line per tenth when the output is redirected.</summary>
    private sealed class ProgressBar(TextWriter output, long total)
    {
        private const int Width = 40;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly bool _inPlace = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        private int _lastTenth = -1;
        private bool _drawn;

        public void Report(long records)
        {
            var fraction = total == 0 ? 1.0 : Math.Min(1.0, (double)records / total);
            var rate = records / Math.Max(_clock.Elapsed.TotalSeconds, 1e-6);
            var filled = (int)(fraction * Width);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"[{new string('#', filled)}{new string('-', Width - filled)}] {fraction * 100,5:0.0}%  {records:N0} / {total:N0} records  {rate:N0} records/s");
            if (_inPlace)
            {
                output.Write("\r" + line);
                _drawn = true;
                return;
            }
            var tenth = (int)(fraction * 10);
            if (tenth == _lastTenth) return;
            _lastTenth = tenth;
            output.WriteLine(line);
        }

        public void Finish()
        {
            if (_drawn) output.WriteLine();
        }
    }
}
