namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// One rejected record (or header), as Neptune's <c>errorLogs</c> entries: an error code, a message saying
/// what is wrong and how to fix it, the source it came from, and where in it.
/// </summary>
/// <param name="ErrorCode">One of <see cref="LoadErrorCode"/>.</param>
/// <param name="ErrorMessage">What failed and why.</param>
/// <param name="FileName">The source name.</param>
/// <param name="LineNumber">The 1-based line on which the record starts (the header is line 1).</param>
/// <param name="RecordNumber">The 1-based data record (Neptune's <c>recordNum</c>); 0 for a header error.</param>
public sealed record LoadError(string ErrorCode, string ErrorMessage, string FileName, long LineNumber, long RecordNumber);
