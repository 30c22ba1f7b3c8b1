namespace GremlinQuad.Benchmarks.Suites;

/// <summary>
/// Sizes for one run. Quick mode is CI's smoke run (minutes on two cores); full mode produces the
/// figures in docs/benchmarks.md. Any size can be overridden on the command line.
/// </summary>
internal sealed record SuiteSettings
{
    public bool Full { get; init; }

    /// <summary>R-MAT scale of the k-hop suite (2^scale vertices, 16 edges each).</summary>
    public int KhopScale { get; init; } = 14;

    public int KhopStarts { get; init; } = 20;

    public int[] KhopHops { get; init; } = [1, 2, 3, 6];

    /// <summary>Wall-clock cap per (engine, k): slow engines report fewer samples rather than run for hours.</summary>
    public TimeSpan KhopBudget { get; init; } = TimeSpan.FromSeconds(5);

    public int[] OsgpPredicates { get; init; } = [10, 1_000];

    public int[] OsgpDegrees { get; init; } = [10, 1_000];

    /// <summary>Background vertices of the many-predicates graph (each has three properties and two out-edges).</summary>
    public int OsgpVertices { get; init; } = 3_000;

    public int OsgpSamples { get; init; } = 5;

    public int ServerScale { get; init; } = 12;

    public int[] ServerConnections { get; init; } = [1, 16, 64];

    public TimeSpan ServerDuration { get; init; } = TimeSpan.FromSeconds(2);

    public static SuiteSettings Quick { get; } = new();

    public static SuiteSettings FullRun { get; } = new()
    {
        Full = true,
        KhopScale = 20,
        KhopStarts = 100,
        KhopBudget = TimeSpan.FromSeconds(45),
        OsgpPredicates = [10, 100, 1_000, 10_000],
        OsgpDegrees = [10, 1_000, 100_000],
        OsgpVertices = 20_000,
        OsgpSamples = 10,
        ServerScale = 16,
        ServerDuration = TimeSpan.FromSeconds(10),
    };
}
