using System.Text;

namespace GremlinQuad.Gremlin.Language;

/// <summary>
/// Splits a gremlin-lang script into tokens, following the lexer rules of TinkerPop's Gremlin.g4:
/// Java-style numbers (with type suffixes, underscores, hex and octal), strings in either quote with Java
/// escapes, <c>//</c> comments. A sign directly before a number is part of it (gremlin-lang has no arithmetic).
/// </summary>
internal sealed class GremlinLangLexer
{
    private readonly string _text;
    private readonly SourceText _source;
    private readonly List<Token> _tokens = [];
    private int _position;

    private GremlinLangLexer(SourceText source)
    {
        _source = source;
        _text = source.Text;
    }

    public static List<Token> Tokenize(SourceText source)
    {
        var lexer = new GremlinLangLexer(source);
        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipSpaceAndComments();
            if (_position >= _text.Length)
            {
                _tokens.Add(new Token(TokenKind.End, string.Empty, _text.Length, 0));
                return;
            }
            var start = _position;
            var c = _text[_position];
            switch (c)
            {
                case '(': Single(TokenKind.LeftParen); break;
                case ')': Single(TokenKind.RightParen); break;
                case '[': Single(TokenKind.LeftBracket); break;
                case ']': Single(TokenKind.RightBracket); break;
                case '{': Single(TokenKind.LeftBrace); break;
                case '}': Single(TokenKind.RightBrace); break;
                case ',': Single(TokenKind.Comma); break;
                case ':': Single(TokenKind.Colon); break;
                case ';': Single(TokenKind.Semicolon); break;
                case '.': Single(TokenKind.Dot); break;
                case '"' or '\'': ReadString(c); break;
                default:
                    if (char.IsAsciiDigit(c))
                        ReadNumber(start);
                    else if ((c == '-' || c == '+') && SignAllowed() && StartsNumberOrInfinity(_position + 1))
                        ReadSigned(start);
                    else if (IsIdentifierStart(c))
                        ReadIdentifier();
                    else
                        ReadSymbol();
                    break;
            }
        }
    }

    private void Single(TokenKind kind)
    {
        Add(kind, _text.Substring(_position, 1), _position, 1);
        _position++;
    }

    private void Add(TokenKind kind, string text, int offset, int length) =>
        _tokens.Add(new Token(kind, text, offset, length));

    private void SkipSpaceAndComments()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                    _position++;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>A sign belongs to a number unless the previous token is a value (then it would be arithmetic).</summary>
    private bool SignAllowed()
    {
        if (_tokens.Count == 0)
            return true;
        return _tokens[^1].Kind is not (TokenKind.Identifier or TokenKind.Integer or TokenKind.Float
            or TokenKind.String or TokenKind.RightParen or TokenKind.RightBracket or TokenKind.RightBrace);
    }

    private bool StartsNumberOrInfinity(int index) =>
        index < _text.Length
        && (char.IsAsciiDigit(_text[index]) || string.CompareOrdinal(_text, index, "Infinity", 0, 8) == 0);

    private void ReadSigned(int start)
    {
        if (string.CompareOrdinal(_text, start + 1, "Infinity", 0, 8) == 0
            && (start + 9 >= _text.Length || !IsIdentifierPart(_text[start + 9])))
        {
            _position = start + 9;
            Add(TokenKind.Float, _text[start.._position], start, _position - start);
            return;
        }
        _position++; // the sign
        ReadNumber(start);
    }

    private void ReadNumber(int start)
    {
        var kind = TokenKind.Integer;
        if (_text[_position] == '0' && _position + 1 < _text.Length && _text[_position + 1] is 'x' or 'X')
        {
            _position += 2;
            if (!ReadDigits(char.IsAsciiHexDigit))
                throw _source.Error(start, "a hexadecimal number needs digits after '0x'");
            if (_position < _text.Length && _text[_position] is 'l' or 'L' or 'i' or 'I' or 's' or 'S' or 'n' or 'N')
                _position++;
        }
        else
        {
            ReadDigits(char.IsAsciiDigit);
            if (_position + 1 < _text.Length && _text[_position] == '.' && char.IsAsciiDigit(_text[_position + 1]))
            {
                kind = TokenKind.Float;
                _position++;
                ReadDigits(char.IsAsciiDigit);
            }
            if (_position < _text.Length && _text[_position] is 'e' or 'E')
            {
                var exponent = _position + 1;
                if (exponent < _text.Length && _text[exponent] is '+' or '-')
                    exponent++;
                if (exponent < _text.Length && char.IsAsciiDigit(_text[exponent]))
                {
                    kind = TokenKind.Float;
                    _position = exponent;
                    ReadDigits(char.IsAsciiDigit);
                }
            }
            if (_position < _text.Length)
            {
                var suffix = _text[_position];
                if (suffix is 'f' or 'F' or 'd' or 'D' or 'm' or 'M')
                {
                    kind = TokenKind.Float;
                    _position++;
                }
                else if (kind == TokenKind.Integer && suffix is 'b' or 'B' or 's' or 'S' or 'n' or 'N' or 'i' or 'I' or 'l' or 'L')
                {
                    _position++;
                }
            }
        }
        if (_position < _text.Length && (IsIdentifierPart(_text[_position]) || _text[_position] == '_'))
        {
            while (_position < _text.Length && IsIdentifierPart(_text[_position]))
                _position++;
            throw _source.Error(start,
                $"'{_text[start.._position]}' is not a number: type suffixes are b, s, i, l/L, n (integers) and f, d, m (decimals)");
        }
        Add(kind, _text[start.._position], start, _position - start);
    }

    /// <summary>Digits with single or repeated underscores between them (Java's numeric literal rules).</summary>
    private bool ReadDigits(Func<char, bool> isDigit)
    {
        var start = _position;
        while (_position < _text.Length && (isDigit(_text[_position]) || (_text[_position] == '_' && _position > start)))
            _position++;
        while (_position > start && _text[_position - 1] == '_')
            _position--; // a trailing underscore is not part of the number
        return _position > start;
    }

    private void ReadIdentifier()
    {
        var start = _position;
        _position++;
        while (_position < _text.Length && IsIdentifierPart(_text[_position]))
            _position++;
        Add(TokenKind.Identifier, _text[start.._position], start, _position - start);
    }

    private void ReadSymbol()
    {
        var start = _position;
        string[] pairs = ["->", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "?.", "<<", ">>"];
        foreach (var pair in pairs)
        {
            if (string.CompareOrdinal(_text, start, pair, 0, 2) == 0)
            {
                _position += 2;
                Add(TokenKind.Symbol, pair, start, 2);
                return;
            }
        }
        _position++;
        Add(TokenKind.Symbol, _text.Substring(start, 1), start, 1);
    }

    private void ReadString(char quote)
    {
        var start = _position;
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
                throw _source.Error(start, $"the string starting here is not closed: add the closing {quote}");
            var c = _text[_position];
            if (c == quote)
            {
                _position++;
                break;
            }
            if (c != '\\')
            {
                value.Append(c);
                _position++;
                continue;
            }
            ReadEscape(value);
        }
        Add(TokenKind.String, value.ToString(), start, _position - start);
    }

    private void ReadEscape(StringBuilder value)
    {
        var escapeStart = _position;
        _position++; // the backslash
        if (_position >= _text.Length)
            throw _source.Error(escapeStart, "a string ends in the middle of an escape sequence");
        var c = _text[_position];
        switch (c)
        {
            case 'b': value.Append('\b'); _position++; return;
            case 't': value.Append('\t'); _position++; return;
            case 'n': value.Append('\n'); _position++; return;
            case 'f': value.Append('\f'); _position++; return;
            case 'r': value.Append('\r'); _position++; return;
            case '"' or '\'' or '\\': value.Append(c); _position++; return;
            case '$': value.Append(c); _position++; return; // Groovy's escape for a literal dollar; harmless here
            case '\n':
                _position++; // a backslash before a line break joins the lines
                return;
            case '\r' when _position + 1 < _text.Length && _text[_position + 1] == '\n':
                _position += 2;
                return;
            case 'u':
            {
                while (_position < _text.Length && _text[_position] == 'u')
                    _position++;
                if (_position + 4 > _text.Length || !IsHex4(_position))
                    throw _source.Error(escapeStart, "a \\u escape needs four hexadecimal digits, as in \\u00e9");
                value.Append((char)Convert.ToInt32(_text.Substring(_position, 4), 16));
                _position += 4;
                return;
            }
            default:
                if (c is >= '0' and <= '7')
                {
                    // Octal escape: up to three digits, the first at most 3 when there are three.
                    var maxDigits = c <= '3' ? 3 : 2;
                    var digits = 0;
                    var code = 0;
                    while (digits < maxDigits && _position < _text.Length && _text[_position] is >= '0' and <= '7')
                    {
                        code = (code * 8) + (_text[_position] - '0');
                        _position++;
                        digits++;
                    }
                    value.Append((char)code);
                    return;
                }
                throw _source.Error(escapeStart,
                    $"'\\{c}' is not an escape sequence; use \\\\ for a backslash, or one of \\b \\t \\n \\f \\r \\\" \\' \\uXXXX");
        }
    }

    private bool IsHex4(int start) =>
        char.IsAsciiHexDigit(_text[start]) && char.IsAsciiHexDigit(_text[start + 1])
        && char.IsAsciiHexDigit(_text[start + 2]) && char.IsAsciiHexDigit(_text[start + 3]);

    private static bool IsIdentifierStart(char c) =>
        char.IsAsciiLetter(c) || c is '_' or '$' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || char.IsAsciiDigit(c);
}
