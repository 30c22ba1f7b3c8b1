using System.Diagnostics;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>Progress lines on stderr (stdout holds only the markdown), so a long full run can be watched.</summary>
internal static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Report(string message) =>
        Console.Error.WriteLine($"[{Clock.Elapsed.TotalSeconds,7:F1} s] {message}");
}
