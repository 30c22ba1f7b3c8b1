namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>How the traversal under test is consumed.</summary>
public enum IterationMode
{
    /// <summary><c>When iterated to list</c>: all results.</summary>
    ToList,

    /// <summary><c>When iterated next</c>: only the first result, unrolled as the reference runner does.</summary>
    Next,
}
