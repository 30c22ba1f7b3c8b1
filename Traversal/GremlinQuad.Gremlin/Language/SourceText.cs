using System.Text;

namespace GremlinQuad.Gremlin.Language;

/// <summary>Turns offsets into line/column pairs and caret excerpts for error messages.</summary>
internal sealed class SourceText(string text)
{
    private const int MaxExcerptWidth = 100;

    public string Text { get; } = text;

    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (Text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>The line holding <paramref name="offset"/> and a caret under it, trimmed to a readable width.</summary>
    public string Excerpt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var start = offset;
        while (start > 0 && Text[start - 1] != '\n')
            start--;
        var end = offset;
        while (end < Text.Length && Text[end] != '\n' && Text[end] != '\r')
            end++;

        var caret = offset - start;
        var from = 0;
        var line = Text[start..end];
        if (line.Length > MaxExcerptWidth)
        {
            // Keep the caret inside a window of the long line.
            from = Math.Clamp(caret - (MaxExcerptWidth / 2), 0, line.Length - MaxExcerptWidth);
            line = line.Substring(from, MaxExcerptWidth);
        }
        var builder = new StringBuilder();
        builder.Append("  ").Append(line.Replace('\t', ' ')).Append('\n');
        builder.Append(' ', caret - from + 2).Append('^');
        return builder.ToString();
    }

    public GremlinSyntaxException Error(int offset, string reason)
    {
        var (line, column) = Position(offset);
        return new GremlinSyntaxException(reason, line, column, Excerpt(offset));
    }
}
