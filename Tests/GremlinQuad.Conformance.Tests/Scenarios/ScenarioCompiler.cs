using System.Text.RegularExpressions;
using GremlinQuad.Conformance.Tests.Gherkin;
using GremlinQuad.Conformance.Tests.Notation;

namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>
/// Turns a Gherkin scenario into a <see cref="ConformanceScenario"/>, understanding the 25 step phrasings of
/// FEATURES-GUIDE.md §3. Never throws for a bad scenario: the problem becomes <see cref="ConformanceScenario.CompileError"/>
/// so one broken scenario fails alone instead of breaking test discovery.
/// </summary>
public static partial class ScenarioCompiler
{
    /// <summary>Tags whose scenarios a plain OLTP server does not run (FEATURES-GUIDE.md §7), with the reason shown.</summary>
    private static readonly Dictionary<string, string> SkippedTags = new(StringComparer.Ordinal)
    {
        ["@GraphComputerOnly"] = "tagged @GraphComputerOnly: needs withComputer() (OLAP), which GremlinQuad does not implement",
        ["@AllowNullPropertyValues"] = "tagged @AllowNullPropertyValues: needs a graph that keeps null property values; a served graph removes a property set to null",
    };

    public static IEnumerable<ConformanceScenario> Compile(FeatureFile feature)
    {
        var slash = feature.RelativePath.IndexOf('/', StringComparison.Ordinal);
        var folder = slash < 0 ? string.Empty : feature.RelativePath[..slash];
        foreach (var scenario in feature.Scenarios)
            yield return Compile(feature, folder, scenario);
    }

    public static ConformanceScenario Compile(FeatureFile feature, string folder, GherkinScenario scenario)
    {
        var tags = feature.Tags.Concat(scenario.Tags).Distinct(StringComparer.Ordinal).ToList();
        var header = new ConformanceScenario
        {
            Id = $"{feature.RelativePath}: {scenario.Name}",
            Folder = folder,
            Tags = tags,
        };

        var skippedBy = tags.FirstOrDefault(SkippedTags.ContainsKey);
        if (skippedBy is not null)
            return header with { SkipReason = SkippedTags[skippedBy] };

        try
        {
            return Build(header, scenario);
        }
        catch (Exception e) when (e is NotationFormatException or ScenarioFormatException)
        {
            return header with { CompileError = $"{feature.RelativePath}:{scenario.Line}: {e.Message}" };
        }
    }

    private static ConformanceScenario Build(ConformanceScenario scenario, GherkinScenario source)
    {
        string? graph = null;
        string? initializer = null;
        string? traversal = null;
        IterationMode? iteration = null;
        string? unsupportedBecause = null;
        var unsupported = false;
        var parameters = new List<KeyValuePair<string, NotationValue>>();
        var sideEffects = new List<KeyValuePair<string, NotationValue>>();
        var assertions = new List<ScenarioAssertion>();

        foreach (var step in source.Steps)
        {
            var text = step.Text;
            Match match;
            if ((match = GraphStep().Match(text)).Success)
            {
                graph = match.Groups[1].Value;
            }
            else if (text == "an unsupported test")
            {
                unsupported = true;
            }
            else if (text == "nothing should happen because")
            {
                unsupportedBecause = step.DocString ?? string.Empty;
            }
            else if (text == "the graph initializer of")
            {
                initializer = RequireDocString(step);
            }
            else if ((match = ParameterStep().Match(text)).Success)
            {
                var value = NotationParser.Parse(UnescapeQuotes(match.Groups[3].Value));
                (match.Groups[1].Value == "parameter" ? parameters : sideEffects).Add(new(match.Groups[2].Value, value));
            }
            else if (text == "the traversal of")
            {
                traversal = RequireDocString(step);
            }
            else if (text == "iterated to list")
            {
                iteration = IterationMode.ToList;
            }
            else if (text == "iterated next")
            {
                iteration = IterationMode.Next;
            }
            else if ((match = TableStep().Match(text)).Success)
            {
                var kind = match.Groups[1].Value switch
                {
                    "ordered" => TableMatch.Ordered,
                    "unordered" => TableMatch.Unordered,
                    _ => TableMatch.Of,
                };
                assertions.Add(new ResultTableAssertion(kind, TableValues(step, "result")));
            }
            else if (text == "the result should be empty")
            {
                assertions.Add(new EmptyResultAssertion());
            }
            else if ((match = CountStep().Match(text)).Success)
            {
                assertions.Add(new ResultCountAssertion(long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if ((match = GraphCountStep().Match(text)).Success)
            {
                assertions.Add(new GraphCountAssertion(
                    long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                    UnescapeQuotes(match.Groups[2].Value)));
            }
            else if (text == "the traversal will raise an error")
            {
                assertions.Add(new ErrorAssertion(null));
            }
            else if ((match = ErrorStep().Match(text)).Success)
            {
                assertions.Add(new ErrorAssertion(UnescapeQuotes(match.Groups[1].Value)));
            }
            else if (text == "the result should be a subgraph with the following")
            {
                var header = step.Table is { Count: > 0 } table && table[0].Count == 1 ? table[0][0] : null;
                var part = header switch
                {
                    "vertices" => SubgraphPart.Vertices,
                    "edges" => SubgraphPart.Edges,
                    _ => throw new ScenarioFormatException($"line {step.Line}: a subgraph table must be headed 'vertices' or 'edges', not '{header}'."),
                };
                assertions.Add(new SubgraphAssertion(part, TableValues(step, header)));
            }
            else if (text == "the result should be a tree with a structure of")
            {
                assertions.Add(new TreeAssertion(TreeOutline.Parse(RequireDocString(step))));
            }
            else
            {
                throw new ScenarioFormatException($"line {step.Line}: unknown step phrasing '{step.Keyword} {text}' (FEATURES-GUIDE.md §3 lists the 25 known ones).");
            }
        }

        if (unsupported)
        {
            var because = string.IsNullOrWhiteSpace(unsupportedBecause) ? "no reason given" : CollapseWhitespace(unsupportedBecause);
            return scenario with { SkipReason = $"an \"unsupported test\" placeholder in the kit: {because}" };
        }

        if (graph is null)
            throw new ScenarioFormatException("no 'Given the … graph' step.");
        if (traversal is null)
            throw new ScenarioFormatException("no 'the traversal of' step.");
        if (iteration is null && assertions.Any(a => a is not ErrorAssertion))
            throw new ScenarioFormatException("no 'When iterated …' step before the result assertions.");
        if (assertions.Count == 0)
            throw new ScenarioFormatException("no assertion ('Then …').");
        if (initializer is not null && graph != "empty")
            throw new ScenarioFormatException($"a graph initializer on the read-only '{graph}' graph; only the empty graph may be changed.");

        return scenario with
        {
            GraphName = graph,
            Initializer = initializer,
            Parameters = parameters,
            SideEffects = sideEffects,
            Traversal = traversal,
            Iteration = iteration ?? IterationMode.ToList,
            Assertions = assertions,
        };
    }

    private static string RequireDocString(GherkinStep step) =>
        step.DocString ?? throw new ScenarioFormatException($"line {step.Line}: '{step.Text}' must be followed by a \"\"\" doc string.");

    /// <summary>Single-column table values below the header row.</summary>
    private static List<NotationValue> TableValues(GherkinStep step, string expectedHeader)
    {
        if (step.Table is not { Count: > 0 } table)
            throw new ScenarioFormatException($"line {step.Line}: '{step.Text}' must be followed by a table headed '{expectedHeader}'.");
        if (table.Any(row => row.Count != 1))
            throw new ScenarioFormatException($"line {step.Line}: the table must have exactly one column.");
        if (table[0][0] != expectedHeader)
            throw new ScenarioFormatException($"line {step.Line}: the table header must be '{expectedHeader}', not '{table[0][0]}'.");
        return [.. table.Skip(1).Select(row => NotationParser.Parse(row[0]))];
    }

    /// <summary>Inside a quoted step argument the kit writes <c>\"</c> for <c>"</c>.</summary>
    private static string UnescapeQuotes(string text) => text.Replace("\\\"", "\"", StringComparison.Ordinal);

    private static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^the (\w+) graph$")]
    private static partial Regex GraphStep();

    [GeneratedRegex(@"^using the (parameter|side effect) (\w+) defined as ""(.*)""$")]
    private static partial Regex ParameterStep();

    [GeneratedRegex(@"^the result should be (ordered|unordered|of)$")]
    private static partial Regex TableStep();

    [GeneratedRegex(@"^the result should have a count of (\d+)$")]
    private static partial Regex CountStep();

    [GeneratedRegex(@"^the graph should return (\d+) for count of ""(.*)""$")]
    private static partial Regex GraphCountStep();

    [GeneratedRegex(@"^the traversal will raise an error with message containing text of ""(.*)""$")]
    private static partial Regex ErrorStep();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
