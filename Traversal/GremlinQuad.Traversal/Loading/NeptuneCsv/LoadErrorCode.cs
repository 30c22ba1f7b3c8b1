namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// The error codes a load reports. PARSING_ERROR and FROM_OR_TO_VERTEX_ARE_MISSING are Neptune's; the
/// others name the remaining failures in the same style. Parsing errors count in parsingErrors, type
/// mismatches in datatypeMismatchErrors, everything else in insertErrors.
/// </summary>
public static class LoadErrorCode
{
    public const string ParsingError = "PARSING_ERROR";
    public const string DatatypeMismatch = "DATATYPE_MISMATCH";
    public const string FromOrToVertexAreMissing = "FROM_OR_TO_VERTEX_ARE_MISSING";
    public const string CardinalityViolation = "CARDINALITY_VIOLATION";
    public const string EdgeIdConflict = "EDGE_ID_CONFLICT";
}
