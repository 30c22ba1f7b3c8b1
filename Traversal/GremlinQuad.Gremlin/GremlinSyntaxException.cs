namespace GremlinQuad.Gremlin;

/// <summary>
/// A gremlin-lang script does not parse. Carries the 1-based line and column of the offending text and a
/// two-line excerpt: the source line and a caret under the column.
/// </summary>
public sealed class GremlinSyntaxException : Exception
{
    public GremlinSyntaxException()
        : this("Syntax error.", 1, 1, string.Empty)
    {
    }

    public GremlinSyntaxException(string message)
        : this(message, 1, 1, string.Empty)
    {
    }

    public GremlinSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
        Line = 1;
        Column = 1;
        Excerpt = string.Empty;
    }

    /// <param name="reason">What is wrong and what to do instead, without the position.</param>
    /// <param name="line">1-based line of the offending text.</param>
    /// <param name="column">1-based column of the offending text.</param>
    /// <param name="excerpt">The source line and a caret line pointing at the column.</param>
    public GremlinSyntaxException(string reason, int line, int column, string excerpt)
        : base(Compose(reason, line, column, excerpt))
    {
        Reason = reason;
        Line = line;
        Column = column;
        Excerpt = excerpt;
    }

    /// <summary>The error without position, e.g. <c>expected ')' but found end of script</c>.</summary>
    public string Reason { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The offending source line followed by a line with a caret under <see cref="Column"/>.</summary>
    public string Excerpt { get; }

    private static string Compose(string reason, int line, int column, string excerpt) =>
        excerpt.Length == 0
            ? $"Syntax error at line {line}, column {column}: {reason}"
            : $"Syntax error at line {line}, column {column}: {reason}\n{excerpt}";
}
