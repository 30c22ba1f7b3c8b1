namespace GremlinQuad.Gremlin.Language;

/// <param name="Kind">What the token is.</param>
/// <param name="Text">The source text (for strings: the unescaped value).</param>
/// <param name="Offset">0-based offset of the first character in the script.</param>
/// <param name="Length">Length of the source text.</param>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset, int Length)
{
    public bool IsIdentifier(string text) => Kind == TokenKind.Identifier && Text == text;

    public bool IsSymbol(string text) => Kind == TokenKind.Symbol && Text == text;
}
