namespace GremlinQuad.Benchmarks.Suites;

/// <summary>One suite of side-by-side measurements; every figure of a table comes from the same run.</summary>
internal interface IBenchmarkSuite
{
    string Name { get; }

    /// <summary>Runs the suite, handing each finished table to <paramref name="publish"/> as soon as it is complete.</summary>
    void Run(SuiteSettings settings, Action<MarkdownTable> publish);
}
