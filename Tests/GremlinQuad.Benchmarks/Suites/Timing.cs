using System.Diagnostics;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>Milliseconds of repeated runs of one operation, with the figures the tables print.</summary>
internal sealed class Timing
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    public double Average => _milliseconds.Count == 0 ? double.NaN : _milliseconds.Average();

    public double P50 => Percentile(0.50);

    public double P99 => Percentile(0.99);

    /// <summary>Nearest-rank percentile: with fewer than 100 samples p99 is the slowest run, never an interpolation.</summary>
    public double Percentile(double fraction)
    {
        if (_milliseconds.Count == 0) return double.NaN;
        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>
    /// Runs <paramref name="operation"/> <paramref name="warmup"/> times untimed (JIT, caches), then
    /// times up to <paramref name="samples"/> runs, stopping early once <paramref name="budget"/> is spent
    /// (at least one timed run always happens). The argument is the run number, so callers can rotate inputs.
    /// </summary>
    public static Timing Measure(int warmup, int samples, TimeSpan budget, Action<int> operation)
    {
        for (var i = 0; i < warmup; i++) operation(i);
        var timing = new Timing();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            operation(warmup + i);
            timing.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (total.Elapsed > budget) break;
        }
        return timing;
    }
}
