namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>What a header column holds.</summary>
internal enum CsvColumnRole
{
    Id,
    Label,
    From,
    To,
    Property,
}

/// <summary>A property column's declared value type (type names in the header are case-insensitive).</summary>
internal enum CsvValueType
{
    Bool,
    Byte,
    Short,
    Int,
    Long,
    Float,
    Double,
    String,
    Date,
}

/// <summary>One header column: its role, and for a property its key, type, cardinality and whether it holds several values.</summary>
internal sealed record CsvColumn(string Header, CsvColumnRole Role, string Key, CsvValueType Type, bool Single, bool IsArray);
