using BenchmarkDotNet.Running;

namespace GremlinQuad.Benchmarks;

/// <summary>Runs the BenchmarkDotNet suites: <c>-- --filter '*Traversal*'</c> picks some.</summary>
internal static class BenchmarkProgram
{
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
