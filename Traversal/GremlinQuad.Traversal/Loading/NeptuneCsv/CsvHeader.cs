using System.Text;

namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// A parsed header row of a Neptune Gremlin CSV file. System columns (<c>~id</c>, <c>~label</c>, <c>~from</c>,
/// <c>~to</c>) appear at most once; a file with <c>~from</c>/<c>~to</c> is an edge file. Property columns are
/// <c>name:Type</c>, <c>name:Type[]</c>, <c>name:Type(single)</c>, <c>name:Type(set)</c>, <c>name:Type(set)[]</c>;
/// a <c>:</c> inside a name is written <c>\:</c>; a column without a type holds strings.
/// </summary>
internal sealed class CsvHeader
{
    private CsvHeader(IReadOnlyList<CsvColumn> columns, bool isEdgeFile)
    {
        Columns = columns;
        IsEdgeFile = isEdgeFile;
        IdIndex = IndexOf(CsvColumnRole.Id);
        LabelIndex = IndexOf(CsvColumnRole.Label);
        FromIndex = IndexOf(CsvColumnRole.From);
        ToIndex = IndexOf(CsvColumnRole.To);
    }

    public IReadOnlyList<CsvColumn> Columns { get; }

    public bool IsEdgeFile { get; }

    public int IdIndex { get; }

    public int LabelIndex { get; }

    public int FromIndex { get; }

    public int ToIndex { get; }

    private int IndexOf(CsvColumnRole role)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Role == role) return i;
        return -1;
    }

    /// <summary>Parses a header; a header Neptune would refuse throws <see cref="CsvFormatException"/> saying which column and why.</summary>
    public static CsvHeader Parse(IReadOnlyList<CsvField> fields)
    {
        var columns = new List<CsvColumn>(fields.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var column = ParseColumn(field.Text);
            var identity = column.Role == CsvColumnRole.Property ? "p:" + column.Key : "s:" + column.Role;
            if (!seen.Add(identity))
                throw new CsvFormatException(column.Role == CsvColumnRole.Property
                    ? $"the property '{column.Key}' has two columns ('{field.Text}' and an earlier one); give each property one column (use Type[] for several values)"
                    : $"the system column '{field.Text}' appears twice; each system column may appear once");
            columns.Add(column);
        }
        var isEdgeFile = columns.Any(c => c.Role is CsvColumnRole.From or CsvColumnRole.To);
        if (!columns.Any(c => c.Role == CsvColumnRole.Id))
            throw new CsvFormatException("the header has no ~id column; every vertex and edge file needs one");
        if (isEdgeFile)
        {
            if (!columns.Any(c => c.Role == CsvColumnRole.From) || !columns.Any(c => c.Role == CsvColumnRole.To))
                throw new CsvFormatException("an edge file needs both ~from and ~to columns");
            var many = columns.FirstOrDefault(c => c.Role == CsvColumnRole.Property && (c.IsArray || (!c.Single && c.Header.Contains("(set)", StringComparison.OrdinalIgnoreCase))));
            if (many is not null)
                throw new CsvFormatException($"the edge property column '{many.Header}' declares several values; edge properties hold one value (drop the [] or (set))");
        }
        return new CsvHeader(columns, isEdgeFile);
    }

    private static CsvColumn ParseColumn(string header)
    {
        if (header.Length == 0)
            throw new CsvFormatException("the header has an empty column name; name every column");
        foreach (var c in header)
        {
            if (c is ' ' or ',' or '\r' or '\n')
                throw new CsvFormatException($"the column name '{header}' contains a space, comma or line break, which Neptune's format does not allow in headers");
        }
        if (header[0] == '~')
        {
            var role = header.ToLowerInvariant() switch
            {
                "~id" => CsvColumnRole.Id,
                "~label" => CsvColumnRole.Label,
                "~from" => CsvColumnRole.From,
                "~to" => CsvColumnRole.To,
                _ => throw new CsvFormatException($"unknown system column '{header}'; the system columns are ~id, ~label, ~from and ~to"),
            };
            return new CsvColumn(header, role, header, CsvValueType.String, Single: true, IsArray: false);
        }

        // The type starts after the last unescaped colon; "\:" is a colon inside the name.
        var split = -1;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '\\' && i + 1 < header.Length && header[i + 1] == ':') { i++; continue; }
            if (header[i] == ':') split = i;
        }
        var key = Unescape(split < 0 ? header : header[..split]);
        if (key.Length == 0)
            throw new CsvFormatException($"the column '{header}' has no property name before its type");
        if (split < 0) return new CsvColumn(header, CsvColumnRole.Property, key, CsvValueType.String, Single: false, IsArray: false);

        var spec = header[(split + 1)..];
        var isArray = spec.EndsWith("[]", StringComparison.Ordinal);
        if (isArray) spec = spec[..^2];
        var single = false;
        var paren = spec.IndexOf('(', StringComparison.Ordinal);
        if (paren >= 0)
        {
            if (!spec.EndsWith(')'))
                throw new CsvFormatException($"the column '{header}' has an unclosed cardinality; write name:Type(single) or name:Type(set)");
            var cardinality = spec[(paren + 1)..^1].ToLowerInvariant();
            single = cardinality switch
            {
                "single" => true,
                "set" => false,
                _ => throw new CsvFormatException($"the column '{header}' has cardinality '{spec[(paren + 1)..^1]}'; use single or set"),
            };
            spec = spec[..paren];
            if (single && isArray)
                throw new CsvFormatException($"the column '{header}' is single-cardinality and an array; a single property holds one value (drop the [] or use (set))");
        }
        var type = spec.ToLowerInvariant() switch
        {
            "bool" or "boolean" => CsvValueType.Bool,
            "byte" => CsvValueType.Byte,
            "short" => CsvValueType.Short,
            "int" => CsvValueType.Int,
            "long" => CsvValueType.Long,
            "float" => CsvValueType.Float,
            "double" => CsvValueType.Double,
            "string" => CsvValueType.String,
            "date" or "datetime" => CsvValueType.Date,
            _ => throw new CsvFormatException(
                $"the column '{header}' has unknown type '{spec}'; use Bool, Boolean, Byte, Short, Int, Long, Float, Double, String, Date or Datetime (write a ':' inside a name as \\:)"),
        };
        return new CsvColumn(header, CsvColumnRole.Property, key, type, single, isArray);
    }

    private static string Unescape(string name) =>
        name.Contains('\\', StringComparison.Ordinal) ? name.Replace("\\:", ":", StringComparison.Ordinal) : name;

    /// <summary>Splits a multi-value field on ';' (a literal ';' is written '\;'); other backslashes stay as they are.</summary>
    public static void SplitValues(string text, List<string> values)
    {
        values.Clear();
        if (!text.Contains(';', StringComparison.Ordinal))
        {
            values.Add(text);
            return;
        }
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == ';')
            {
                current.Append(';');
                i++;
            }
            else if (c == ';')
            {
                values.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        values.Add(current.ToString().Trim());
    }
}
