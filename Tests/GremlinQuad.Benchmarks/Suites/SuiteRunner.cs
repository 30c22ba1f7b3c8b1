using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// <c>suite &lt;osgp|khop|server|all&gt; [--quick|--full] [overrides]</c>: runs the suites with a plain
/// Stopwatch runner (warm-up, then timed runs) and prints markdown tables. Exits 1 when a suite fails
/// or produces no figures; never judges the timings themselves.
/// </summary>
internal static class SuiteRunner
{
    private const string Usage = """
        usage: suite <osgp|khop|server|all>... [--quick|--full]
                     [--khop-scale N] [--khop-starts N] [--khop-hops 1,2,3,6] [--khop-budget SECONDS]
                     [--osgp-predicates 10,100] [--osgp-degrees 10,1000] [--osgp-vertices N]
                     [--server-scale N] [--server-connections 1,16,64] [--server-seconds N]
        """;

    public static int Run(string[] args)
    {
        SuiteSettings settings;
        List<IBenchmarkSuite> suites;
        try
        {
            (settings, suites) = Parse(args);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine($"# GremlinQuad benchmark suites ({(settings.Full ? "full" : "quick")} mode)");
        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}, "
            + $"{RuntimeInformation.FrameworkDescription}, {MemoryGiB():F0} GiB RAM visible to .NET; started {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        Console.WriteLine();

        var failed = new List<string>();
        var total = Stopwatch.StartNew();
        foreach (var suite in suites)
        {
            var figures = 0;
            var watch = Stopwatch.StartNew();
            try
            {
                suite.Run(settings, table =>
                {
                    figures += table.Figures;
                    Console.WriteLine(table);
                    Console.Out.Flush();
                });
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Console.WriteLine($"**suite {suite.Name} failed**: {exception.GetType().Name}: {exception.Message}");
                Console.Error.WriteLine(exception);
            }
            Console.WriteLine($"_suite {suite.Name}: {figures} figures in {watch.Elapsed.TotalSeconds:F1} s_");
            Console.WriteLine();
            if (figures == 0) failed.Add(suite.Name);
        }
        Console.WriteLine($"_all suites: {total.Elapsed.TotalSeconds:F1} s_");
        if (failed.Count == 0) return 0;
        Console.Error.WriteLine($"suites without figures: {string.Join(", ", failed)}");
        return 1;
    }

    private static double MemoryGiB() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (double)(1L << 30);

    private static (SuiteSettings, List<IBenchmarkSuite>) Parse(string[] args)
    {
        var names = new List<string>();
        var full = args.Contains("--full");
        if (full && args.Contains("--quick"))
            throw new ArgumentException("Give either --quick or --full, not both.");
        var settings = full ? SuiteSettings.FullRun : SuiteSettings.Quick;
        for (var i = 0; i < args.Length; i++)
        {
            var argument = args[i];
            if (argument is "--quick" or "--full") continue;
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                names.Add(argument);
                continue;
            }
            if (i + 1 >= args.Length)
                throw new ArgumentException($"{argument} needs a value.");
            var value = args[++i];
            settings = argument switch
            {
                "--khop-scale" => settings with { KhopScale = Int(argument, value, 1, 26) },
                "--khop-starts" => settings with { KhopStarts = Int(argument, value, 1, 100_000) },
                "--khop-hops" => settings with { KhopHops = Ints(argument, value, 1, 30) },
                "--khop-budget" => settings with { KhopBudget = TimeSpan.FromSeconds(Int(argument, value, 1, 86_400)) },
                "--osgp-predicates" => settings with { OsgpPredicates = Ints(argument, value, 2, 1_000_000) },
                "--osgp-degrees" => settings with { OsgpDegrees = Ints(argument, value, 1, 10_000_000) },
                "--osgp-vertices" => settings with { OsgpVertices = Int(argument, value, 10, 100_000_000) },
                "--server-scale" => settings with { ServerScale = Int(argument, value, 4, 24) },
                "--server-connections" => settings with { ServerConnections = Ints(argument, value, 1, 4_096) },
                "--server-seconds" => settings with { ServerDuration = TimeSpan.FromSeconds(Int(argument, value, 1, 3_600)) },
                _ => throw new ArgumentException($"Unknown option {argument}."),
            };
        }
        if (names.Count == 0)
            throw new ArgumentException("Name a suite: osgp, khop, server or all.");
        var suites = new List<IBenchmarkSuite>();
        foreach (var name in names)
        {
            IBenchmarkSuite[] chosen = name switch
            {
                "osgp" => [new OsgpSuite()],
                "khop" => [new KhopSuite()],
                "server" => [new ServerSuite()],
                "all" => [new OsgpSuite(), new KhopSuite(), new ServerSuite()],
                _ => throw new ArgumentException($"Unknown suite '{name}': choose osgp, khop, server or all."),
            };
            foreach (var suite in chosen)
                if (!suites.Any(s => s.Name == suite.Name)) suites.Add(suite);
        }
        return (settings, suites);
    }

    private static int Int(string option, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{option} expects a whole number from {min} to {max}, but got '{value}'.");

    private static int[] Ints(string option, string value, int min, int max) =>
        [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part => Int(option, part, min, max))];
}
