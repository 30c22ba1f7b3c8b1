namespace GremlinQuad.Conformance.Tests.Reporting;

/// <summary>How one scenario was reported to NUnit.</summary>
public enum ReportedAs
{
    Passed,
    KnownGap,
    Failed,
    Skipped,
}
