using System.Text;
using System.Text.RegularExpressions;

namespace GremlinQuad.Gremlin.Tests.Language;

/// <summary>
/// Every traversal text in TinkerPop's feature files: the doc strings after "the traversal of" and
/// "the graph initializer of", and the texts of "the graph should return N for count of". The files are
/// read at run time from ../shared/tinkerpop (or GREMLINQUAD_TINKERPOP) and never committed.
/// </summary>
public static partial class FeatureTraversals
{
    public sealed record Text(string Feature, string Scenario, string Kind, string Traversal, IReadOnlyList<string> Parameters);

    public static string? FeaturesDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("GREMLINQUAD_TINKERPOP");
        if (!string.IsNullOrEmpty(configured))
            return Directory.Exists(Path.Combine(configured, "features")) ? Path.Combine(configured, "features") : null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GremlinQuad.sln")))
            {
                var features = Path.Combine(directory.FullName, "..", "shared", "tinkerpop", "features");
                return Directory.Exists(features) ? Path.GetFullPath(features) : null;
            }
        }
        return null;
    }

    public static IEnumerable<Text> All()
    {
        var root = FeaturesDirectory();
        if (root is null)
            yield break;
        foreach (var file in Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var feature = Path.GetRelativePath(root, file).Replace('\\', '/');
            foreach (var text in Read(feature, File.ReadAllLines(file)))
                yield return text;
        }
    }

    private static IEnumerable<Text> Read(string feature, string[] lines)
    {
        var scenario = string.Empty;
        var parameters = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("Scenario:", StringComparison.Ordinal))
            {
                scenario = line["Scenario:".Length..].Trim();
                parameters = [];
                continue;
            }
            var parameter = ParameterLine().Match(line);
            if (parameter.Success)
            {
                parameters.Add(parameter.Groups[1].Value);
                continue;
            }
            var count = CountLine().Match(line);
            if (count.Success)
            {
                yield return new Text(feature, scenario, "count", count.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal), [.. parameters]);
                continue;
            }
            var kind = line.EndsWith("the traversal of", StringComparison.Ordinal) ? "traversal"
                : line.EndsWith("the graph initializer of", StringComparison.Ordinal) ? "initializer"
                : null;
            if (kind is null || i + 1 >= lines.Length || lines[i + 1].Trim() != "\"\"\"")
                continue;
            var body = new StringBuilder();
            var indent = lines[i + 1].IndexOf('"', StringComparison.Ordinal);
            for (i += 2; i < lines.Length && lines[i].Trim() != "\"\"\""; i++)
                body.Append(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart()).Append('\n');
            yield return new Text(feature, scenario, kind, body.ToString().TrimEnd(), [.. parameters]);
        }
    }

    [GeneratedRegex("^And using the parameter (\\w+) defined as ")]
    private static partial Regex ParameterLine();

    [GeneratedRegex("^And the graph should return \\d+ for count of \"(.*)\"$")]
    private static partial Regex CountLine();
}
