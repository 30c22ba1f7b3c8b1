using System.Text;

namespace GremlinQuad.Conformance.Tests.Reporting;

/// <summary>
/// KnownGaps.txt: one line per scenario that is known to fail, <c>folder/File.feature: scenario | reason</c>.
/// Blank lines and lines starting with <c>#</c> are comments. A listed scenario is still executed; it is
/// reported as ignored while it fails and fails the run once it passes, so the list only ever shrinks by
/// someone removing a line on purpose.
/// </summary>
public sealed class KnownGaps
{
    private const string Separator = " | ";

    private static readonly string[] Header =
    [
        "# TinkerPop conformance scenarios that are known to fail, one per line:",
        "#   folder/File.feature: scenario | reason",
        "# A listed scenario still runs: it is reported as ignored while it fails, and fails the run once it passes.",
        "# Regenerate with GREMLINQUAD_UPDATE_KNOWN_GAPS=1 dotnet test Tests/GremlinQuad.Conformance.Tests",
    ];

    private KnownGaps(IReadOnlyDictionary<string, string> entries, IReadOnlyList<string> problems)
    {
        Entries = entries;
        Problems = problems;
    }

    /// <summary>Scenario id → reason.</summary>
    public IReadOnlyDictionary<string, string> Entries { get; }

    /// <summary>Malformed or duplicate lines, each with its line number.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static KnownGaps Empty { get; } = new(new Dictionary<string, string>(), []);

    public static KnownGaps Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;

    public static KnownGaps Parse(string text)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            var separator = line.IndexOf(Separator, StringComparison.Ordinal);
            if (separator <= 0 || separator + Separator.Length >= line.Length)
            {
                problems.Add($"line {i + 1}: expected 'folder/File.feature: scenario | reason', got '{line}'");
                continue;
            }

            var id = line[..separator].Trim();
            var reason = line[(separator + Separator.Length)..].Trim();
            if (!entries.TryAdd(id, reason))
                problems.Add($"line {i + 1}: '{id}' is listed twice");
        }

        return new KnownGaps(entries, problems);
    }

    /// <summary>Writes entries sorted by scenario id (ordinal), reasons on one line each.</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> entries) => Format(entries, Header);

    /// <summary>As <see cref="Format(IEnumerable{KeyValuePair{string, string}})"/>, under other comment lines (each starting with #).</summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> entries, IReadOnlyList<string> header)
    {
        var text = new StringBuilder();
        foreach (var line in header)
            text.Append(line).Append('\n');
        foreach (var (id, reason) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            text.Append(id).Append(Separator).Append(OneLine(reason)).Append('\n');
        return text.ToString();
    }

    private static string OneLine(string reason)
    {
        var flat = reason.Replace('\r', ' ').Replace('\n', ' ').Trim();
        return flat.Length == 0 ? "unknown" : flat;
    }
}
