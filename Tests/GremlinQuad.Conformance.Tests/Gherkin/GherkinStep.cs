namespace GremlinQuad.Conformance.Tests.Gherkin;

/// <summary>One step line of a scenario, with the doc string or table that follows it, if any.</summary>
/// <param name="Keyword">Given, When, Then, And or But, as written.</param>
/// <param name="Text">The step text after the keyword, trimmed.</param>
/// <param name="Line">1-based line number in the feature file, for error messages.</param>
/// <param name="DocString">The text between <c>"""</c> fences, indentation removed; null when absent.</param>
/// <param name="Table">Table rows, each a list of trimmed cells; null when absent.</param>
public sealed record GherkinStep(
    string Keyword,
    string Text,
    int Line,
    string? DocString,
    IReadOnlyList<IReadOnlyList<string>>? Table);
