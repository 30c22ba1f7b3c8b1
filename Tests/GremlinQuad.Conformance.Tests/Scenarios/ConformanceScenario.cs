using GremlinQuad.Conformance.Tests.Notation;

namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>
/// A scenario as the runner needs it, independent of how it is executed (in-process or over the wire).
/// Either <see cref="SkipReason"/> is set (tags or placeholder), or <see cref="CompileError"/> (a phrasing
/// the runner does not understand: the scenario fails), or the rest describes a runnable scenario.
/// </summary>
public sealed record ConformanceScenario
{
    /// <summary><c>folder/File.feature: scenario name</c>, the test case name and the key in KnownGaps.txt.</summary>
    public required string Id { get; init; }

    /// <summary>The first folder below <c>features/</c>: branch, data, filter, integrated, map, semantics, sideEffect.</summary>
    public required string Folder { get; init; }

    /// <summary>Feature tags and scenario tags together.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    public string? SkipReason { get; init; }

    public string? CompileError { get; init; }

    /// <summary>modern, crew, grateful, sink, classic or empty.</summary>
    public string GraphName { get; init; } = "empty";

    public string? Initializer { get; init; }

    public IReadOnlyList<KeyValuePair<string, NotationValue>> Parameters { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, NotationValue>> SideEffects { get; init; } = [];

    public string Traversal { get; init; } = string.Empty;

    public IterationMode Iteration { get; init; } = IterationMode.ToList;

    public IReadOnlyList<ScenarioAssertion> Assertions { get; init; } = [];
}
