using GremlinQuad.Conformance.Tests.Notation;

namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>
/// Reads the tree outline of <c>the result should be a tree with a structure of</c>: one node per line as
/// <c>|--value</c>, each level indented three more spaces than its parent.
/// </summary>
public static class TreeOutline
{
    private const string Marker = "|--";

    public static IReadOnlyList<TreeNode> Parse(string outline)
    {
        var lines = outline.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var index = 0;
        return ReadLevel(lines, ref index, Indent(lines, 0));
    }

    private static List<TreeNode> ReadLevel(List<string> lines, ref int index, int indent)
    {
        var nodes = new List<TreeNode>();
        while (index < lines.Count)
        {
            var lineIndent = Indent(lines, index);
            if (lineIndent < indent)
                break;
            if (lineIndent > indent)
                throw new ScenarioFormatException($"tree outline line '{lines[index].Trim()}' is indented deeper than a child of the line above.");
            var value = NotationParser.Parse(lines[index].Trim()[Marker.Length..].Trim());
            index++;
            var children = index < lines.Count && Indent(lines, index) > indent
                ? ReadLevel(lines, ref index, Indent(lines, index))
                : [];
            nodes.Add(new TreeNode(value, children));
        }

        return nodes;
    }

    private static int Indent(List<string> lines, int index)
    {
        if (index >= lines.Count)
            return 0;
        var line = lines[index];
        var position = line.IndexOf(Marker, StringComparison.Ordinal);
        if (position < 0 || line[..position].Trim().Length > 0)
            throw new ScenarioFormatException($"tree outline line '{line.Trim()}' must start with '{Marker}'.");
        return position;
    }
}
