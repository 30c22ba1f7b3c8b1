using GremlinQuad.Gremlin;
using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Graph;

/// <summary>
/// The property graph on quads (design.md §2): how vertices, edges and properties become quads and
/// how they are found again. One instance per transaction, over its snapshot or write batch.
/// </summary>
internal sealed class GraphModel
{
    public const string LabelKey = "~label";

    private readonly IReadSnapshot _snapshot;
    private readonly IWriteBatch? _batch;
    private readonly IdGenerator _ids;
    private TermId _labelPredicate;
    private bool _labelPredicateKnown;

    public GraphModel(IReadSnapshot snapshot, IdGenerator ids)
    {
        _snapshot = snapshot;
        _batch = snapshot as IWriteBatch;
        _ids = ids;
    }

    public IReadSnapshot Snapshot => _snapshot;

    public bool CanWrite => _batch is not null;

    private IWriteBatch Batch => _batch ?? throw new InvalidOperationException("This traversal was planned as read-only but tried to write.");

    // ---------------------------------------------------------------- terms

    public bool TryGetLabelPredicate(out TermId term)
    {
        if (!_labelPredicateKnown && _snapshot.TryGetTerm(TermKind.String, LabelKey, out _labelPredicate))
            _labelPredicateKnown = true;
        term = _labelPredicate;
        return _labelPredicateKnown;
    }

    public bool TryGetString(string text, out TermId term) => _snapshot.TryGetTerm(TermKind.String, text, out term);

    public string GetString(TermId term) => (string)_snapshot.GetValue(term);

    /// <summary>A term's value; Value-kind blobs are decoded (a user's binary value, or a stored list, set or map).</summary>
    public object GetValue(TermId term)
    {
        var value = _snapshot.GetValue(term);
        return term.Kind == TermKind.Value && value is byte[] stored ? StoredBlob.Decode(stored) : value;
    }

    public TermId AddString(string text) => Batch.GetOrAddTerm(TermKind.String, text);

    // ---------------------------------------------------------------- vertices

    /// <summary>
    /// All vertices in id-term order: GPSO prefix (Default, ~label). A vertex with several labels has
    /// one label quad each; they are adjacent in GPSO (S before O), so skipping a repeated subject
    /// yields every vertex once.
    /// </summary>
    public IEnumerable<VertexRef> Vertices()
    {
        if (!TryGetLabelPredicate(out var labelPredicate)) yield break;
        var previous = default(TermId);
        var first = true;
        foreach (var quad in _snapshot.Scan(QuadPattern.Of(predicate: labelPredicate, graph: TermId.Default)))
        {
            if (!first && quad.Subject == previous) continue;
            first = false;
            previous = quad.Subject;
            yield return new VertexRef(quad.Subject);
        }
    }

    /// <summary>The vertices whose label is <paramref name="label"/>: POGS prefix (~label, label).</summary>
    public IEnumerable<VertexRef> VerticesWithLabel(TermId label)
    {
        if (!TryGetLabelPredicate(out var labelPredicate)) yield break;
        foreach (var quad in _snapshot.Scan(QuadPattern.Of(predicate: labelPredicate, @object: label, graph: TermId.Default)))
            yield return new VertexRef(quad.Subject);
    }

    public long VertexCountWithLabel(TermId label) =>
        TryGetLabelPredicate(out var labelPredicate) ? _snapshot.Count(QuadPattern.Of(predicate: labelPredicate, @object: label, graph: TermId.Default)) : 0;

    /// <summary>
    /// The number of vertices: distinct subjects of the label quads. The store counts quads, not
    /// distinct subjects, and a vertex with several labels has one label quad each, so this walks
    /// the GPSO range (allocation-free) instead of trusting the quad count.
    /// </summary>
    public long VertexCount()
    {
        if (!TryGetLabelPredicate(out var labelPredicate)) return 0;
        var count = 0L;
        var previous = default(TermId);
        foreach (var quad in _snapshot.Scan(QuadPattern.Of(predicate: labelPredicate, graph: TermId.Default)))
        {
            if (count > 0 && quad.Subject == previous) continue;
            previous = quad.Subject;
            count++;
        }
        return count;
    }

    /// <summary>The vertex with id <paramref name="id"/>, trying the other integer widths for numeric ids.</summary>
    public bool TryFindVertex(object? id, out VertexRef vertex)
    {
        vertex = null!;
        if (id is null) return false;
        if (id is VertexRef reference)
        {
            vertex = reference;
            return VertexExists(reference.Id);
        }
        if (!IsIdScalar(id)) return false;
        foreach (var candidate in IdCandidates(id))
        {
            if (_snapshot.TryGetTerm(TermKind.Node, candidate, out var term) && VertexExists(term))
            {
                vertex = new VertexRef(term);
                return true;
            }
        }
        return false;
    }

    public bool VertexExists(TermId node) =>
        TryGetLabelPredicate(out var labelPredicate) && _snapshot.Count(QuadPattern.Of(subject: node, predicate: labelPredicate)) > 0;

    /// <summary>The vertex's label; several labels (Neptune's multi-label vertices) are joined with <c>::</c>, as Neptune shows them.</summary>
    public string VertexLabel(TermId node)
    {
        if (TryGetLabelPredicate(out var labelPredicate))
        {
            string? label = null;
            foreach (var quad in _snapshot.Scan(QuadPattern.Of(subject: node, predicate: labelPredicate)))
                label = label is null ? GetString(quad.Object) : label + "::" + GetString(quad.Object);
            if (label is not null) return label;
        }
        throw new GremlinExecutionException($"The vertex with id {FormatId(node)} does not exist (it may have been dropped).");
    }

    /// <summary>Each label of the vertex, one per label quad.</summary>
    public IEnumerable<string> VertexLabels(TermId node)
    {
        if (!TryGetLabelPredicate(out var labelPredicate)) yield break;
        foreach (var quad in _snapshot.Scan(QuadPattern.Of(subject: node, predicate: labelPredicate)))
            yield return GetString(quad.Object);
    }

    public TermId VertexLabelTerm(TermId node)
    {
        if (TryGetLabelPredicate(out var labelPredicate))
        {
            foreach (var quad in _snapshot.Scan(QuadPattern.Of(subject: node, predicate: labelPredicate)))
                return quad.Object;
        }
        return default;
    }

    public object ElementIdValue(TermId term) => _snapshot.GetValue(term);

    private string FormatId(TermId term) => _snapshot.GetValue(term)?.ToString() ?? term.ToString();

    // ---------------------------------------------------------------- edges

    /// <summary>All edges: a GPSO range over every Link term.</summary>
    public IEnumerable<EdgeRef> Edges()
    {
        foreach (var quad in _snapshot.Scan(AllEdgesPattern))
            yield return new EdgeRef(quad.Graph, quad.Subject, quad.Predicate, quad.Object);
    }

    /// <summary>Every edge quad: the Link kind in G is one key range of GPSO.</summary>
    public static readonly QuadPattern AllEdgesPattern =
        QuadPattern.All.WithRange(AccessPattern.Graph, TermId.MinOf(TermKind.Link), TermId.MaxOf(TermKind.Link));

    public long EdgeCount() => _snapshot.Count(AllEdgesPattern);

    public bool TryFindEdge(object? id, out EdgeRef edge)
    {
        edge = null!;
        if (id is null) return false;
        if (id is EdgeRef reference) id = _snapshot.GetValue(reference.Id);
        if (!IsIdScalar(id)) return false;
        foreach (var candidate in IdCandidates(id))
        {
            if (_snapshot.TryGetTerm(TermKind.Link, candidate, out var term) && TryGetEdge(term, out edge)) return true;
        }
        return false;
    }

    public bool TryGetEdge(TermId link, out EdgeRef edge)
    {
        foreach (var quad in _snapshot.Scan(QuadPattern.Of(graph: link)))
        {
            edge = new EdgeRef(link, quad.Subject, quad.Predicate, quad.Object);
            return true;
        }
        edge = null!;
        return false;
    }

    /// <summary>Outgoing edges: SPOG prefix (vertex) or (vertex, label), keeping quads whose G is a Link.</summary>
    public IEnumerable<EdgeRef> OutEdges(TermId vertex, TermId? label)
    {
        var pattern = label.HasValue ? QuadPattern.Of(subject: vertex, predicate: label.Value) : QuadPattern.Of(subject: vertex);
        foreach (var quad in _snapshot.Scan(pattern))
            if (quad.Graph.Kind == TermKind.Link)
                yield return new EdgeRef(quad.Graph, quad.Subject, quad.Predicate, quad.Object);
    }

    /// <summary>Incoming edges: POGS prefix (label, vertex), or the ??O? object lookup when no label is given.</summary>
    public IEnumerable<EdgeRef> InEdges(TermId vertex, TermId? label)
    {
        var pattern = label.HasValue ? QuadPattern.Of(predicate: label.Value, @object: vertex) : QuadPattern.Of(@object: vertex);
        foreach (var quad in _snapshot.Scan(pattern))
            if (quad.Graph.Kind == TermKind.Link)
                yield return new EdgeRef(quad.Graph, quad.Subject, quad.Predicate, quad.Object);
    }

    /// <summary>
    /// The vertices at the other end of <paramref name="vertex"/>'s out-edges (or in-edges), appended to
    /// <paramref name="into"/> in index order: the same scans as <see cref="OutEdges"/> and
    /// <see cref="InEdges"/> without an EdgeRef per edge, for frontier-at-a-time expansion.
    /// </summary>
    public void AdjacentVertices(TermId vertex, TermId? label, bool outgoing, List<TermId> into)
    {
        if (outgoing)
        {
            var pattern = label.HasValue ? QuadPattern.Of(subject: vertex, predicate: label.Value) : QuadPattern.Of(subject: vertex);
            foreach (var quad in _snapshot.Scan(pattern))
                if (quad.Graph.Kind == TermKind.Link) into.Add(quad.Object);
        }
        else
        {
            var pattern = label.HasValue ? QuadPattern.Of(predicate: label.Value, @object: vertex) : QuadPattern.Of(@object: vertex);
            foreach (var quad in _snapshot.Scan(pattern))
                if (quad.Graph.Kind == TermKind.Link) into.Add(quad.Subject);
        }
    }

    // ---------------------------------------------------------------- properties

    public IEnumerable<VertexPropertyRef> VertexProperties(TermId vertex, TermId? key)
    {
        var pattern = key.HasValue ? QuadPattern.Of(subject: vertex, predicate: key.Value) : QuadPattern.Of(subject: vertex);
        TryGetLabelPredicate(out var labelPredicate);
        foreach (var quad in _snapshot.Scan(pattern))
        {
            if (quad.Graph.Kind is TermKind.Link || quad.Predicate == labelPredicate) continue;
            yield return new VertexPropertyRef(quad.Subject, quad.Predicate, quad.Object, quad.Graph);
        }
    }

    /// <summary>Properties of an edge (owner = Link) or meta-properties of a vertex property (owner = Statement).</summary>
    public IEnumerable<PropertyRef> Properties(TermId owner, TermId? key)
    {
        if (owner.Kind is not (TermKind.Link or TermKind.Statement)) yield break;
        var pattern = key.HasValue ? QuadPattern.Of(subject: owner, predicate: key.Value) : QuadPattern.Of(subject: owner);
        foreach (var quad in _snapshot.Scan(pattern))
            if (quad.Graph == TermId.Default)
                yield return new PropertyRef(quad.Subject, quad.Predicate, quad.Object);
    }

    // ---------------------------------------------------------------- writes

    public VertexRef AddVertex(object? id, string label)
    {
        var batch = Batch;
        TermId node;
        if (id is null)
        {
            do node = batch.GetOrAddTerm(TermKind.Node, _ids.Next());
            while (VertexExists(node));
        }
        else
        {
            CheckIdType(id);
            node = batch.GetOrAddTerm(TermKind.Node, id);
            if (VertexExists(node))
                throw new GremlinExecutionException($"Vertex with id already exists: {id}");
        }
        batch.Add(new Quad(node, AddLabelPredicate(), AddString(label), TermId.Default));
        return new VertexRef(node);
    }

    public EdgeRef AddEdge(VertexRef outVertex, string label, VertexRef inVertex, object? id)
    {
        var batch = Batch;
        TermId link;
        if (id is null)
        {
            do link = batch.GetOrAddTerm(TermKind.Link, _ids.Next());
            while (TryGetEdge(link, out _));
        }
        else
        {
            CheckIdType(id);
            link = batch.GetOrAddTerm(TermKind.Link, id);
            if (TryGetEdge(link, out _))
                throw new GremlinExecutionException($"Edge with id already exists: {id}");
        }
        var edge = new EdgeRef(link, outVertex.Id, AddString(label), inVertex.Id);
        batch.Add(edge.Quad);
        return edge;
    }

    private static void CheckIdType(object id)
    {
        if (id is not (int or long or short or sbyte or byte or string or Guid))
            throw new GremlinRequestException($"An element id must be an int, long, string or UUID, but was {id.GetType().Name} {id}.");
    }

    private TermId AddLabelPredicate()
    {
        if (TryGetLabelPredicate(out var term)) return term;
        _labelPredicate = Batch.GetOrAddTerm(TermKind.String, LabelKey);
        _labelPredicateKnown = true;
        return _labelPredicate;
    }

    /// <summary>
    /// Sets a vertex property. Single cardinality replaces every value of the key; set keeps one quad per
    /// distinct value; list always adds, giving the new property its own Statement id so equal values stay
    /// distinct. Meta-properties force a Statement id too (they hang off it as subject).
    /// </summary>
    public VertexPropertyRef SetVertexProperty(TermId vertex, Cardinality cardinality, string key, object value, IReadOnlyList<KeyValuePair<string, object?>>? meta = null, object? propertyId = null)
    {
        var batch = Batch;
        var keyTerm = AddString(key);
        var valueTerm = ValueCodec.GetOrAdd(batch, value);
        if (cardinality == Cardinality.single)
        {
            foreach (var existing in VertexProperties(vertex, keyTerm).ToList()) RemoveVertexProperty(existing);
        }
        else if (cardinality == Cardinality.set)
        {
            foreach (var existing in VertexProperties(vertex, keyTerm))
            {
                if (existing.Value == valueTerm && (meta is null || meta.Count == 0)) return existing;
            }
        }
        var needsStatement = cardinality == Cardinality.list || (meta is not null && meta.Count > 0) || propertyId is not null;
        var statement = !needsStatement ? TermId.Default
            : propertyId is not null ? batch.GetOrAddTerm(TermKind.Statement, propertyId)
            : NewStatement();
        var property = new VertexPropertyRef(vertex, keyTerm, valueTerm, statement);
        batch.Add(property.Quad);
        if (meta is not null)
        {
            foreach (var pair in meta)
                if (pair.Value is not null)
                    batch.Add(new Quad(statement, AddString(pair.Key), ValueCodec.GetOrAdd(batch, pair.Value), TermId.Default));
        }
        return property;
    }

    /// <summary>Sets a key on an edge (owner Link) or a meta-property (owner Statement), replacing the old value.</summary>
    public PropertyRef SetProperty(TermId owner, string key, object value)
    {
        var batch = Batch;
        var keyTerm = AddString(key);
        foreach (var existing in Properties(owner, keyTerm).ToList()) batch.Remove(existing.Quad);
        var property = new PropertyRef(owner, keyTerm, ValueCodec.GetOrAdd(batch, value));
        batch.Add(property.Quad);
        return property;
    }

    /// <summary>Sets a meta-property, first giving the vertex property a Statement id if it has none.</summary>
    public VertexPropertyRef SetMetaProperty(VertexPropertyRef property, string key, object value)
    {
        var batch = Batch;
        if (!property.HasStatement)
        {
            batch.Remove(property.Quad);
            property = property with { Statement = NewStatement() };
            batch.Add(property.Quad);
        }
        SetProperty(property.Statement, key, value);
        return property;
    }

    /// <summary>A fresh Statement term: generated ids skip any that loaded data already uses.</summary>
    private TermId NewStatement()
    {
        TermId statement;
        do statement = Batch.GetOrAddTerm(TermKind.Statement, _ids.Next());
        while (_snapshot.Count(QuadPattern.Of(graph: statement)) > 0 || _snapshot.Count(QuadPattern.Of(subject: statement)) > 0);
        return statement;
    }

    public void RemoveVertexProperty(VertexPropertyRef property)
    {
        var batch = Batch;
        batch.Remove(property.Quad);
        if (property.HasStatement)
        {
            foreach (var meta in Properties(property.Statement, null).ToList()) batch.Remove(meta.Quad);
        }
    }

    public void RemoveProperty(PropertyRef property) => Batch.Remove(property.Quad);

    public void RemoveEdge(EdgeRef edge)
    {
        var batch = Batch;
        batch.Remove(edge.Quad);
        foreach (var property in Properties(edge.Id, null).ToList()) batch.Remove(property.Quad);
    }

    /// <summary>Removes every quad of a vertex: label, properties and their meta-properties, edges both ways and their properties.</summary>
    public void RemoveVertex(VertexRef vertex)
    {
        var batch = Batch;
        var outgoing = new List<Quad>();
        foreach (var quad in _snapshot.Scan(QuadPattern.Of(subject: vertex.Id))) outgoing.Add(quad);
        foreach (var quad in outgoing)
        {
            batch.Remove(quad);
            if (quad.Graph.Kind is TermKind.Link or TermKind.Statement)
            {
                foreach (var property in Properties(quad.Graph, null).ToList()) batch.Remove(property.Quad);
            }
        }
        foreach (var edge in InEdges(vertex.Id, null).ToList()) RemoveEdge(edge);
    }

    /// <summary>Whether a value can be an element id at all; anything else (an element, a list, a map) names no element.</summary>
    private static bool IsIdScalar(object id) =>
        id is bool or sbyte or byte or short or int or long or float or double or decimal or System.Numerics.BigInteger
            or DateTimeOffset or DateTime or Guid or char or TimeSpan or string;

    private static IEnumerable<object> IdCandidates(object id)
    {
        yield return id;
        switch (id)
        {
            case int i:
                yield return (long)i;
                yield return i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case long l:
                if (l is >= int.MinValue and <= int.MaxValue) yield return (int)l;
                yield return l.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case short or sbyte or byte:
                yield return Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture);
                yield return Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case string s:
                if (int.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var asInt)) yield return asInt;
                if (long.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var asLong)) yield return asLong;
                if (Guid.TryParse(s, out var asGuid)) yield return asGuid;
                break;
        }
    }
}
