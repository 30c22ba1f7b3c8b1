using GremlinQuad.Conformance.Tests.Reporting;
using GremlinQuad.Conformance.Tests.Wire;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests;

/// <summary>
/// Run-wide set-up and tear-down for every fixture in this assembly: at the end, stops the wire suite's
/// server and JavaScript runners (if they were started) and writes the summary of every suite that ran.
/// </summary>
[SetUpFixture]
public sealed class ConformanceRun
{
    [OneTimeTearDown]
    public async Task EndAsync()
    {
        await WireRun.StopAsync().ConfigureAwait(false);
        if (SummaryBook.Write() is { } path)
            TestContext.Progress.WriteLine($"Conformance summary written to {path}");
    }
}
