using System.Text;

namespace GremlinQuad.Conformance.Tests.Gherkin;

/// <summary>
/// Reads the subset of Gherkin that TinkerPop's feature files use: comments, tag lines, one <c>Feature:</c>,
/// <c>Scenario:</c> blocks, steps, <c>"""</c> doc strings and <c>|</c> tables. Anything else (Background,
/// Scenario Outline, Examples, free description text) is rejected with the file and line, so a new kit
/// that uses more of Gherkin fails loudly instead of being half-read.
/// </summary>
public static class FeatureReader
{
    private static readonly string[] StepKeywords = ["Given", "When", "Then", "And", "But"];

    /// <summary>Reads every <c>*.feature</c> below <paramref name="featuresFolder"/>, sorted by path.</summary>
    public static IReadOnlyList<FeatureFile> ReadFolder(string featuresFolder)
    {
        var files = Directory.GetFiles(featuresFolder, "*.feature", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var features = new List<FeatureFile>(files.Length);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(featuresFolder, file).Replace('\\', '/');
            features.Add(Parse(relative, File.ReadAllText(file)));
        }

        return features;
    }

    public static FeatureFile Parse(string relativePath, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var pendingTags = new List<string>();
        IReadOnlyList<string>? featureTags = null;
        string? featureName = null;
        var scenarios = new List<GherkinScenario>();

        string? scenarioName = null;
        var scenarioLine = 0;
        IReadOnlyList<string> scenarioTags = [];
        var steps = new List<GherkinStep>();

        void FinishScenario()
        {
            if (scenarioName is not null)
                scenarios.Add(new GherkinScenario(scenarioName, scenarioLine, scenarioTags, [.. steps]));
            scenarioName = null;
            steps.Clear();
        }

        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var raw = lines[index];
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;

            if (line[0] == '@')
            {
                pendingTags.AddRange(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            if (line.StartsWith("Feature:", StringComparison.Ordinal))
            {
                if (featureName is not null)
                    throw new GherkinFormatException(relativePath, lineNumber, "a second 'Feature:' line; one feature per file is expected.");
                featureName = line["Feature:".Length..].Trim();
                featureTags = [.. pendingTags];
                pendingTags.Clear();
                continue;
            }

            if (line.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                if (featureName is null)
                    throw new GherkinFormatException(relativePath, lineNumber, "'Scenario:' before the 'Feature:' line.");
                FinishScenario();
                scenarioName = line["Scenario:".Length..].Trim();
                scenarioLine = lineNumber;
                scenarioTags = [.. pendingTags];
                pendingTags.Clear();
                continue;
            }

            if (line.StartsWith("\"\"\"", StringComparison.Ordinal))
            {
                if (steps.Count == 0)
                    throw new GherkinFormatException(relativePath, lineNumber, "a doc string that does not follow a step.");
                var last = steps[^1];
                if (last.DocString is not null || last.Table is not null)
                    throw new GherkinFormatException(relativePath, lineNumber, "a second doc string or table for the same step.");
                var indent = raw.IndexOf('"', StringComparison.Ordinal);
                var body = new StringBuilder();
                var closed = false;
                for (index++; index < lines.Length; index++)
                {
                    var docLine = lines[index];
                    if (docLine.Trim() == "\"\"\"")
                    {
                        closed = true;
                        break;
                    }

                    if (body.Length > 0)
                        body.Append('\n');
                    body.Append(RemoveIndent(docLine, indent));
                }

                if (!closed)
                    throw new GherkinFormatException(relativePath, lineNumber, "a doc string that is never closed with \"\"\".");
                steps[^1] = last with { DocString = body.ToString() };
                continue;
            }

            if (line[0] == '|')
            {
                if (steps.Count == 0)
                    throw new GherkinFormatException(relativePath, lineNumber, "a table row that does not follow a step.");
                var last = steps[^1];
                if (last.DocString is not null)
                    throw new GherkinFormatException(relativePath, lineNumber, "a table after a doc string on the same step.");
                var rows = new List<IReadOnlyList<string>>(last.Table ?? []) { SplitRow(relativePath, lineNumber, line) };
                steps[^1] = last with { Table = rows };
                continue;
            }

            var keyword = StepKeywords.FirstOrDefault(k => line.StartsWith(k + " ", StringComparison.Ordinal));
            if (keyword is not null)
            {
                if (scenarioName is null)
                    throw new GherkinFormatException(relativePath, lineNumber, $"a '{keyword}' step outside any scenario (Background is not supported).");
                steps.Add(new GherkinStep(keyword, line[keyword.Length..].Trim(), lineNumber, null, null));
                continue;
            }

            throw new GherkinFormatException(relativePath, lineNumber, $"unexpected line '{Shorten(line)}': expected a tag, Feature:, Scenario:, a step, a doc string or a table row.");
        }

        FinishScenario();
        if (featureName is null)
            throw new GherkinFormatException(relativePath, 1, "no 'Feature:' line.");
        if (pendingTags.Count > 0)
            throw new GherkinFormatException(relativePath, lines.Length, "tags at the end of the file that belong to nothing.");
        return new FeatureFile(relativePath, featureTags ?? [], featureName, scenarios);
    }

    /// <summary>Removes up to <paramref name="indent"/> leading spaces, as Gherkin aligns doc strings on the opening fence.</summary>
    private static string RemoveIndent(string line, int indent)
    {
        var remove = 0;
        while (remove < indent && remove < line.Length && line[remove] == ' ')
            remove++;
        return line[remove..].TrimEnd();
    }

    /// <summary>Splits <c>| a | b |</c> into trimmed cells; <c>\|</c>, <c>\\</c> and <c>\n</c> are Gherkin's cell escapes.</summary>
    private static List<string> SplitRow(string path, int lineNumber, string line)
    {
        if (line.Length < 2 || line[^1] != '|')
            throw new GherkinFormatException(path, lineNumber, "a table row must start and end with '|'.");
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                var next = line[i + 1];
                if (next is '|' or '\\')
                {
                    cell.Append(next);
                    i++;
                    continue;
                }

                if (next == 'n')
                {
                    cell.Append('\n');
                    i++;
                    continue;
                }
            }

            if (c == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
                continue;
            }

            cell.Append(c);
        }

        return cells;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
