namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// Reads RFC 4180 records: comma separated, <c>\n</c> or <c>\r\n</c> line ends, fields with commas, quotes or
/// line breaks in double quotes with <c>""</c> for a quote. Spaces around a field are trimmed (Neptune does
/// so), empty lines are skipped, and each record knows the line it starts on. Per-quad hot: one reusable
/// field buffer, one string per field.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _length;
    private char[] _field = new char[256];
    private int _fieldLength;
    private long _line = 1;

    /// <summary>The line on which the last record read starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>
    /// Reads the next record into <paramref name="fields"/> (cleared first); false at the end. A malformed
    /// record throws <see cref="CsvFormatException"/> after skipping to its end, so reading can go on.
    /// </summary>
    public bool Read(List<CsvField> fields)
    {
        fields.Clear();
        int c;
        // Skip empty lines.
        while (true)
        {
            c = Peek();
            if (c == -1) return false;
            if (c == '\n') { Next(); _line++; continue; }
            if (c == '\r') { Next(); continue; }
            break;
        }
        RecordLine = _line;
        string? problem = null;
        while (true)
        {
            // One field: leading spaces, then quoted or plain content, then trailing spaces.
            _fieldLength = 0;
            while (Peek() is ' ' or '\t') Next();
            var quoted = false;
            if (Peek() == '"')
            {
                quoted = true;
                Next();
                while (true)
                {
                    c = Next();
                    if (c == -1)
                    {
                        problem ??= $"a quoted field opened on line {RecordLine} is never closed; end it with a double quote (write a quote inside a field as \"\")";
                        break;
                    }
                    if (c == '"')
                    {
                        if (Peek() == '"') { Next(); Append('"'); continue; }
                        break;
                    }
                    if (c == '\n') _line++;
                    Append((char)c);
                }
                while (Peek() is ' ' or '\t') Next();
                c = Peek();
                if (c is not (',' or '\r' or '\n' or -1))
                {
                    problem ??= "text follows a closing double quote; quote the whole field and double any quote inside it";
                    while (Peek() is not (',' or '\n' or -1)) Next();
                }
            }
            else
            {
                while (true)
                {
                    c = Peek();
                    if (c is ',' or '\n' or -1) break;
                    if (c == '\r')
                    {
                        Next();
                        if (Peek() is '\n' or -1) break;
                        Append('\r');
                        continue;
                    }
                    if (c == '"') problem ??= "a double quote inside an unquoted field; quote the field and write the quote as \"\"";
                    Append((char)c);
                    Next();
                }
                while (_fieldLength > 0 && _field[_fieldLength - 1] is ' ' or '\t') _fieldLength--;
            }
            fields.Add(new CsvField(_fieldLength == 0 ? string.Empty : new string(_field, 0, _fieldLength), quoted));
            c = Next();
            if (c == ',') continue;
            if (c == '\r' && Peek() == '\n') Next();
            if (c is '\n' or '\r') _line++;
            break;
        }
        if (problem is not null) throw new CsvFormatException(problem);
        return true;
    }

    private void Append(char c)
    {
        if (_fieldLength == _field.Length) Array.Resize(ref _field, _field.Length * 2);
        _field[_fieldLength++] = c;
    }

    private int Peek()
    {
        if (_position == _length && !Fill()) return -1;
        return _buffer[_position];
    }

    private int Next()
    {
        if (_position == _length && !Fill()) return -1;
        return _buffer[_position++];
    }

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}

/// <summary>A field's text and whether it was quoted (<c>""</c> is an empty string; a blank field is no value).</summary>
internal readonly record struct CsvField(string Text, bool Quoted);

/// <summary>A record that breaks RFC 4180; the reader has moved past it.</summary>
internal sealed class CsvFormatException(string message) : Exception(message);
