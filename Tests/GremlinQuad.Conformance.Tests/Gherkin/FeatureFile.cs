namespace GremlinQuad.Conformance.Tests.Gherkin;

/// <summary>A parsed <c>.feature</c> file.</summary>
/// <param name="RelativePath">Path below the features folder with forward slashes, e.g. <c>map/Order.feature</c>.</param>
/// <param name="Tags">The tags on the <c>Feature:</c> line; they apply to every scenario of the file.</param>
/// <param name="Name">The text after <c>Feature:</c>.</param>
/// <param name="Scenarios">The scenarios in file order.</param>
public sealed record FeatureFile(string RelativePath, IReadOnlyList<string> Tags, string Name, IReadOnlyList<GherkinScenario> Scenarios);
