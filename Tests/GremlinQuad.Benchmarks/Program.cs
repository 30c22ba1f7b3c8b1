using BenchmarkDotNet.Running;
using GremlinQuad.Benchmarks.Suites;

namespace GremlinQuad.Benchmarks;

/// <summary>
/// <c>-- suite &lt;osgp|khop|server|all&gt; [--quick|--full]</c> runs the side-by-side suites (markdown
/// tables); anything else goes to BenchmarkDotNet: <c>-- --filter '*Traversal*'</c> picks some.
/// </summary>
internal static class BenchmarkProgram
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "suite")
            return SuiteRunner.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
