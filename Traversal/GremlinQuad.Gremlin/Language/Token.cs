namespace GremlinQuad.Gremlin.Language;

/// <param name="Kind">What the token is.</param>
/// <param name="Text">The source text (for strings: the unescaped value).</param>
/// <param name="Offset">0-based offset of the first character in the script.</param>
/// <param name="Length">Length of the source text.</param>
/// <param name="SpaceBefore">Whether white space, a comment or a line break precedes the token.</param>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset, int Length, bool SpaceBefore)
{
    public bool Is(TokenKind kind, string text) => Kind == kind && Text == text;

    public bool IsIdentifier(string text) => Kind == TokenKind.Identifier && Text == text;

    public bool IsSymbol(string text) => Kind == TokenKind.Symbol && Text == text;
}
