using System.Diagnostics;
using System.Text;
using GremlinQuad.Gremlin;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Graph;

namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// One load. Writes the quads <see cref="GraphModel"/> writes (design.md §2) straight into one write batch.
/// The batch is never read while loading: reading a batch with pending writes rebuilds its view, which
/// would make the load quadratic. What this load wrote is tracked here; what the graph held before is read
/// from a snapshot of exactly the batch's base version. Each record is checked completely before any of its
/// quads is written, so a skipped record leaves nothing behind.
/// </summary>
internal sealed class NeptuneCsvLoadRun : IDisposable
{
    private const string DefaultVertexLabel = "vertex";
    private const string DefaultEdgeLabel = "edge";

    private readonly NeptuneCsvLoadOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly IReadSnapshot _snapshot;
    private readonly IWriteBatch _batch;
    private readonly GraphModel _before;
    private readonly TermId _labelPredicate;
    private readonly bool _verticesBefore;
    private readonly bool _edgesBefore;

    // What this load has written so far, by id text.
    private readonly Dictionary<string, VertexState> _vertices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdgeState> _edges = new(StringComparer.Ordinal);
    // Current value of each single-valued property (single vertex properties, edge properties) this load set or replaced.
    private readonly Dictionary<(TermId Owner, TermId Key), TermId> _singleValues = [];
    private readonly Dictionary<string, TermId> _strings = new(StringComparer.Ordinal);

    // The record being checked: quads to add and remove once it is known to be good.
    private readonly List<Quad> _pendingAdds = [];
    private readonly List<Quad> _pendingRemoves = [];
    private readonly List<(TermId Owner, TermId Key, TermId Value)> _pendingSingles = [];
    private readonly List<string> _parts = [];
    private readonly List<Quad> _current = [];
    private readonly List<CsvField> _fields = [];

    private readonly List<LoadError> _errors = [];
    private long _records;
    private long _verticesAdded;
    private long _edgesAdded;
    private long _quadsAdded;
    private long _quadsRemoved;

    public NeptuneCsvLoadRun(IQuadStore store, NeptuneCsvLoadOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellationToken = cancellationToken;
        (_snapshot, _batch) = OpenAtSameVersion(store);
        _before = new GraphModel(_snapshot, new IdGenerator());
        _labelPredicate = _batch.GetOrAddTerm(TermKind.String, GraphModel.LabelKey);
        // Loading into a graph without vertices or edges (the usual bulk load) needs no look-ups of earlier ones.
        _verticesBefore = _before.TryGetLabelPredicate(out var labelPredicate) && Any(QuadPattern.Of(predicate: labelPredicate, graph: TermId.Default));
        _edgesBefore = Any(GraphModel.AllEdgesPattern);
    }

    private bool Any(QuadPattern pattern)
    {
        foreach (var _ in _snapshot.Scan(pattern)) return true;
        return false;
    }

    /// <summary>A snapshot and a batch over the same committed state; retried while commits slip in between.</summary>
    private static (IReadSnapshot, IWriteBatch) OpenAtSameVersion(IQuadStore store)
    {
        while (true)
        {
            var snapshot = store.OpenSnapshot();
            var batch = store.BeginBatch();
            if (snapshot.Version == batch.Version) return (snapshot, batch);
            batch.Dispose();
            snapshot.Dispose();
        }
    }

    public void Dispose()
    {
        _batch.Dispose();
        _snapshot.Dispose();
    }

    public LoadReport Run(IReadOnlyList<NeptuneCsvSource> sources)
    {
        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var feeds = new List<LoadFeedReport>();
        var skip = SourcesToSkip();

        // Read every header first: vertex files load before edge files, whatever their names.
        var planned = new List<(NeptuneCsvSource Source, CsvHeader? Header, LoadError? HeaderError)>();
        foreach (var source in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (skip.Contains(source.Name))
            {
                feeds.Add(new LoadFeedReport { FullUri = source.Name, Status = LoadStatus.SkippedResumed });
                continue;
            }
            planned.Add(ReadHeader(source));
        }
        var ordered = planned
            .OrderBy(p => p.Header?.IsEdgeFile ?? false)
            .ToList();

        var failed = false;
        foreach (var (source, header, headerError) in ordered)
        {
            if (failed)
            {
                feeds.Add(new LoadFeedReport { FullUri = source.Name, Status = LoadStatus.NotStarted, IsEdgeFile = header?.IsEdgeFile ?? false });
                continue;
            }
            var feed = headerError is not null ? HeaderFailure(headerError) : LoadSource(source, header!);
            feeds.Add(feed with { FullUri = source.Name, IsEdgeFile = header?.IsEdgeFile ?? false });
            if (feed.Status == LoadStatus.Failed && _options.FailOnError) failed = true;
        }

        if (_records % _options.ProgressInterval != 0 || _records == 0) _options.Progress?.Invoke(_records);
        if (!failed && _batch.HasChanges)
            _batch.CommitAsync(_cancellationToken).AsTask().GetAwaiter().GetResult();
        clock.Stop();
        return new LoadReport
        {
            Status = failed ? LoadStatus.Failed : LoadStatus.Completed,
            StartTime = start,
            TotalTimeSpent = clock.Elapsed,
            TotalRecords = _records,
            TotalDuplicates = feeds.Sum(f => f.TotalDuplicates),
            ParsingErrors = feeds.Sum(f => f.ParsingErrors),
            DatatypeMismatchErrors = feeds.Sum(f => f.DatatypeMismatchErrors),
            InsertErrors = feeds.Sum(f => f.InsertErrors),
            VerticesAdded = failed ? 0 : _verticesAdded,
            EdgesAdded = failed ? 0 : _edgesAdded,
            QuadsAdded = failed ? 0 : _quadsAdded - _quadsRemoved,
            Feeds = feeds,
            Errors = _errors,
        };
    }

    private HashSet<string> SourcesToSkip()
    {
        var skip = new HashSet<string>(StringComparer.Ordinal);
        // Only a committed earlier load wrote anything; a failed one is redone from the start.
        if (_options.Mode != LoadMode.New && _options.PreviousLoad is { Committed: true } previous)
        {
            foreach (var feed in previous.Feeds)
                if (feed.Status is LoadStatus.Completed or LoadStatus.SkippedResumed) skip.Add(feed.FullUri);
        }
        return skip;
    }

    private (NeptuneCsvSource, CsvHeader?, LoadError?) ReadHeader(NeptuneCsvSource source)
    {
        using var reader = OpenReader(source);
        var csv = new CsvRecordReader(reader);
        try
        {
            if (!csv.Read(_fields))
                return (source, null, new LoadError(LoadErrorCode.ParsingError, "the file is empty; it needs a header row (~id, ...)", source.Name, 1, 0));
            return (source, CsvHeader.Parse(_fields), null);
        }
        catch (CsvFormatException e)
        {
            return (source, null, new LoadError(LoadErrorCode.ParsingError, "bad header: " + e.Message, source.Name, csv.RecordLine, 0));
        }
    }

    private static StreamReader OpenReader(NeptuneCsvSource source) =>
        new(source.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    private LoadFeedReport HeaderFailure(LoadError error)
    {
        _errors.Add(error);
        return new LoadFeedReport { FullUri = error.FileName, Status = LoadStatus.Failed, ParsingErrors = 1 };
    }

    private LoadFeedReport LoadSource(NeptuneCsvSource source, CsvHeader header)
    {
        long records = 0, duplicates = 0, parsing = 0, mismatch = 0, insert = 0;
        using var reader = OpenReader(source);
        var csv = new CsvRecordReader(reader);
        csv.Read(_fields); // the header, parsed already
        while (true)
        {
            LoadError? error;
            bool duplicate;
            try
            {
                if (!csv.Read(_fields)) break;
                records++;
                (error, duplicate) = header.IsEdgeFile ? EdgeRecord(header) : VertexRecord(header);
            }
            catch (CsvFormatException e)
            {
                records++;
                (error, duplicate) = (Error(LoadErrorCode.ParsingError, e.Message), false);
            }
            if (error is not null)
            {
                error = error with { FileName = source.Name, LineNumber = csv.RecordLine, RecordNumber = records };
                _errors.Add(error);
                switch (error.ErrorCode)
                {
                    case LoadErrorCode.ParsingError: parsing++; break;
                    case LoadErrorCode.DatatypeMismatch: mismatch++; break;
                    default: insert++; break;
                }
            }
            else if (duplicate)
            {
                duplicates++;
            }
            _records++;
            if (_records % _options.ProgressInterval == 0) _options.Progress?.Invoke(_records);
            if ((_records & 1023) == 0) _cancellationToken.ThrowIfCancellationRequested();
            if (error is not null && _options.FailOnError) break;
        }
        return new LoadFeedReport
        {
            FullUri = source.Name,
            Status = parsing + mismatch + insert > 0 ? LoadStatus.Failed : LoadStatus.Completed,
            TotalRecords = records,
            TotalDuplicates = duplicates,
            ParsingErrors = parsing,
            DatatypeMismatchErrors = mismatch,
            InsertErrors = insert,
        };
    }

    private static LoadError Error(string code, string message) => new(code, message, string.Empty, 0, 0);

    // ---------------------------------------------------------------- vertices

    private (LoadError?, bool) VertexRecord(CsvHeader header)
    {
        if (_fields.Count != header.Columns.Count) return (ColumnCountError(header), false);
        var idField = _fields[header.IdIndex];
        if (IsBlank(idField)) return (Error(LoadErrorCode.ParsingError, "~id is empty; every vertex needs an id"), false);
        var id = idField.Text;
        ClearPending();

        var known = _vertices.TryGetValue(id, out var state) || TryFindVertexBefore(id, out state);
        var node = known ? state.Node : _batch.GetOrAddTerm(TermKind.Node, id);

        if (header.LabelIndex >= 0 && !IsBlank(_fields[header.LabelIndex]))
        {
            var labelField = _fields[header.LabelIndex];
            CsvHeader.SplitValues(labelField.Text, _parts);
            foreach (var label in _parts)
            {
                if (label.Length == 0)
                    return (Error(LoadErrorCode.ParsingError, $"~label '{labelField.Text}' contains an empty label; labels are separated by ';' and may not be empty"), false);
                _pendingAdds.Add(new Quad(node, _labelPredicate, String(label), TermId.Default));
            }
        }
        else if (!known)
        {
            // Every vertex has a label; Neptune (as TinkerPop) gives "vertex" when the file names none.
            _pendingAdds.Add(new Quad(node, _labelPredicate, String(DefaultVertexLabel), TermId.Default));
        }

        for (var i = 0; i < header.Columns.Count; i++)
        {
            var column = header.Columns[i];
            if (column.Role != CsvColumnRole.Property || !HasValue(_fields[i], column)) continue;
            var key = String(column.Key);
            if (column.IsArray) CsvHeader.SplitValues(_fields[i].Text, _parts);
            else
            {
                _parts.Clear();
                _parts.Add(_fields[i].Text);
            }
            foreach (var text in _parts)
            {
                if (text.Length == 0 && column.Type != CsvValueType.String) continue;
                var problem = ValueTerm(column, text, out var value);
                if (problem is not null) return (problem, false);
                if (column.Single)
                {
                    problem = SetSingle(node, key, value, column.Key, known && state.Before, vertexProperty: true);
                    if (problem is not null) return (problem, false);
                }
                else
                {
                    _pendingAdds.Add(new Quad(node, key, value, TermId.Default));
                }
            }
        }

        var added = Apply();
        if (!known)
        {
            _verticesAdded++;
            state = new VertexState(node, Before: false);
        }
        _vertices[id] = state;
        return (null, known && added == 0);
    }

    /// <summary>A vertex that was in the graph before this load; CSV ids are strings, but "1" also finds a vertex added with id 1.</summary>
    private bool TryFindVertexBefore(string id, out VertexState state)
    {
        if (_verticesBefore && _before.TryFindVertex(id, out var vertex))
        {
            state = new VertexState(vertex.Id, Before: true);
            return true;
        }
        state = default;
        return false;
    }

    // ---------------------------------------------------------------- edges

    private (LoadError?, bool) EdgeRecord(CsvHeader header)
    {
        if (_fields.Count != header.Columns.Count) return (ColumnCountError(header), false);
        if (IsBlank(_fields[header.IdIndex])) return (Error(LoadErrorCode.ParsingError, "~id is empty; every edge needs an id"), false);
        if (IsBlank(_fields[header.FromIndex])) return (Error(LoadErrorCode.ParsingError, "~from is empty; give the id of the edge's out-vertex"), false);
        if (IsBlank(_fields[header.ToIndex])) return (Error(LoadErrorCode.ParsingError, "~to is empty; give the id of the edge's in-vertex"), false);
        var id = _fields[header.IdIndex].Text;
        var fromId = _fields[header.FromIndex].Text;
        var toId = _fields[header.ToIndex].Text;
        string label;
        if (header.LabelIndex < 0 || (IsBlank(_fields[header.LabelIndex]) && !_fields[header.LabelIndex].Quoted)) label = DefaultEdgeLabel;
        else
        {
            label = _fields[header.LabelIndex].Text;
            if (label.Length == 0) return (Error(LoadErrorCode.ParsingError, "~label is an empty string; give the edge a label or leave the field blank for 'edge'"), false);
        }
        ClearPending();

        if (!FindVertex(fromId, out var from) | !FindVertex(toId, out var to))
        {
            var missing = from.Node == default && to.Node == default ? $"~from vertex '{fromId}' and ~to vertex '{toId}' do"
                : from.Node == default ? $"~from vertex '{fromId}' does" : $"~to vertex '{toId}' does";
            return (Error(LoadErrorCode.FromOrToVertexAreMissing, $"the {missing} not exist; load it in a vertex file of this load or before it"), false);
        }
        var labelTerm = String(label);

        var known = _edges.TryGetValue(id, out var edge) || TryFindEdgeBefore(id, out edge);
        if (known && (edge.Out != from.Node || edge.Label != labelTerm || edge.In != to.Node))
        {
            return (Error(LoadErrorCode.EdgeIdConflict,
                $"edge id '{id}' is already used by an edge {Describe(edge)}; this record says '{fromId}' -{label}-> '{toId}'. Give the edge its own ~id"), false);
        }
        if (!known)
        {
            var link = _batch.GetOrAddTerm(TermKind.Link, id);
            edge = new EdgeState(link, from.Node, labelTerm, to.Node, Before: false);
            _pendingAdds.Add(new Quad(from.Node, labelTerm, to.Node, link));
        }

        for (var i = 0; i < header.Columns.Count; i++)
        {
            var column = header.Columns[i];
            if (column.Role != CsvColumnRole.Property || !HasValue(_fields[i], column)) continue;
            var text = _fields[i].Text;
            if (text.Length == 0 && column.Type != CsvValueType.String) continue;
            var problem = ValueTerm(column, text, out var value);
            if (problem is not null) return (problem, false);
            problem = SetSingle(edge.Link, String(column.Key), value, column.Key, edge.Before, vertexProperty: false);
            if (problem is not null) return (problem, false);
        }

        var added = Apply();
        if (!known) _edgesAdded++;
        _edges[id] = edge;
        return (null, known && added == 0);
    }

    private bool FindVertex(string id, out VertexState state)
    {
        if (_vertices.TryGetValue(id, out state)) return true;
        if (!TryFindVertexBefore(id, out state)) return false;
        _vertices[id] = state;
        return true;
    }

    private bool TryFindEdgeBefore(string id, out EdgeState state)
    {
        if (_edgesBefore && _before.TryFindEdge(id, out var edge))
        {
            state = new EdgeState(edge.Id, edge.OutVertex, edge.Label, edge.InVertex, Before: true);
            return true;
        }
        state = default;
        return false;
    }

    private string Describe(EdgeState edge) =>
        $"'{_batch.GetValue(edge.Out)}' -{_batch.GetValue(edge.Label)}-> '{_batch.GetValue(edge.In)}'";

    // ---------------------------------------------------------------- values

    private LoadError ColumnCountError(CsvHeader header) =>
        Error(LoadErrorCode.ParsingError, $"the record has {_fields.Count} fields but the header has {header.Columns.Count}; quote fields that contain commas");

    private static bool IsBlank(CsvField field) => field.Text.Length == 0 && !field.Quoted;

    /// <summary>A blank field is no value; a quoted empty one is an empty string only with AllowEmptyStrings.</summary>
    private bool HasValue(CsvField field, CsvColumn column) =>
        field.Text.Length > 0 || (field.Quoted && _options.AllowEmptyStrings && column.Type == CsvValueType.String);

    private LoadError? ValueTerm(CsvColumn column, string text, out TermId term)
    {
        term = default;
        if (!CsvValueParser.TryParse(column.Type, text, out var value))
            return Error(LoadErrorCode.DatatypeMismatch, $"'{text}' in column '{column.Header}' is not {CsvValueParser.Describe(column.Type)}");
        try
        {
            // String values mostly differ from record to record: straight to the dictionary, not through the label and key cache.
            term = column.Type == CsvValueType.String ? _batch.GetOrAddTerm(TermKind.String, (string)value!) : ValueCodec.GetOrAdd(_batch, value!);
            return null;
        }
        catch (GremlinExecutionException e)
        {
            return Error(LoadErrorCode.DatatypeMismatch, $"'{text}' in column '{column.Header}': {e.Message}");
        }
    }

    /// <summary>
    /// A single-valued property: a first value is added, the same value again is nothing new, a different
    /// value is an error unless UpdateSingleCardinalityProperties lets it replace the old ones.
    /// </summary>
    private LoadError? SetSingle(TermId owner, TermId key, TermId value, string keyText, bool ownerBefore, bool vertexProperty)
    {
        var current = CurrentSingle(owner, key, ownerBefore, vertexProperty);
        if (current.Count == 1 && current[0].Object == value) return null;
        if (current.Count > 0 && !_options.UpdateSingleCardinalityProperties)
        {
            var what = vertexProperty ? "single-cardinality property" : "edge property";
            return Error(LoadErrorCode.CardinalityViolation,
                $"the {what} '{keyText}' already has the value '{_batch.GetValue(current[0].Object)}'; this record gives '{_batch.GetValue(value)}'. Edit the data or load with updateSingleCardinalityProperties");
        }
        foreach (var old in current) _pendingRemoves.Add(old);
        _pendingAdds.Add(new Quad(owner, key, value, TermId.Default));
        _pendingSingles.Add((owner, key, value));
        return null;
    }

    /// <summary>The quads holding the property's current values (reused list: one record at a time).</summary>
    private List<Quad> CurrentSingle(TermId owner, TermId key, bool ownerBefore, bool vertexProperty)
    {
        var quads = _current;
        quads.Clear();
        foreach (var pending in _pendingSingles)
        {
            if (pending.Owner == owner && pending.Key == key)
            {
                quads.Add(new Quad(owner, key, pending.Value, TermId.Default));
                return quads;
            }
        }
        if (_singleValues.TryGetValue((owner, key), out var value))
        {
            quads.Add(new Quad(owner, key, value, TermId.Default));
            return quads;
        }
        if (!ownerBefore) return quads;
        if (vertexProperty)
        {
            foreach (var property in _before.VertexProperties(owner, key)) quads.Add(property.Quad);
        }
        else
        {
            foreach (var property in _before.Properties(owner, key)) quads.Add(property.Quad);
        }
        return quads;
    }

    private TermId String(string text)
    {
        if (_strings.TryGetValue(text, out var term)) return term;
        // Labels and property keys: few distinct ones, each repeated on many records.
        term = _batch.GetOrAddTerm(TermKind.String, text);
        _strings[text] = term;
        return term;
    }

    private void ClearPending()
    {
        _pendingAdds.Clear();
        _pendingRemoves.Clear();
        _pendingSingles.Clear();
    }

    /// <summary>Writes the checked record; returns how many quads were new.</summary>
    private int Apply()
    {
        foreach (var quad in _pendingRemoves)
            if (_batch.Remove(quad)) _quadsRemoved++;
        var added = 0;
        foreach (var quad in _pendingAdds)
            if (_batch.Add(quad)) added++;
        foreach (var (owner, key, value) in _pendingSingles) _singleValues[(owner, key)] = value;
        _quadsAdded += added;
        return added + _pendingRemoves.Count;
    }

    private readonly record struct VertexState(TermId Node, bool Before);

    private readonly record struct EdgeState(TermId Link, TermId Out, TermId Label, TermId In, bool Before);
}
