namespace GremlinQuad.Gremlin.Language;

internal enum TokenKind : byte
{
    End,
    Identifier,
    Integer,
    Float,
    String,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    LeftBrace,
    RightBrace,
    Comma,
    Dot,
    Colon,
    Semicolon,

    /// <summary>Anything gremlin-lang has no use for (<c>=</c>, <c>+</c>, <c>-&gt;</c>, ...): kept so errors can name it.</summary>
    Symbol,
}
