using GremlinQuad.Storage;

namespace GremlinQuad.Benchmarks.Generators;

/// <summary>
/// Writes a generated property graph straight into a store batch, in the layout the traversal layer
/// reads (vertex label under "~label", properties in the default graph, an edge as out-vertex, label,
/// in-vertex with its id in G). Much faster than parsing GraphSON, so suites can build many large
/// stores; the queries then run through <c>GremlinGraph</c> as a user's would.
/// </summary>
internal sealed class QuadGraphWriter(IWriteBatch batch)
{
    private readonly Dictionary<string, TermId> _strings = new(StringComparer.Ordinal);
    private TermId _labelKey;

    public long Quads { get; private set; }

    public long Edges { get; private set; }

    public TermId Vertex(long id) => batch.GetOrAddTerm(TermKind.Node, id);

    public void AddVertex(long id, string label)
    {
        if (_labelKey == default) _labelKey = String("~label");
        Add(new Quad(Vertex(id), _labelKey, String(label), TermId.Default));
    }

    public void AddProperty(long vertex, string key, int value)
    {
        if (!TermId.TryFromInteger(value, IntegerWidth.Int32, out var term))
            throw new ArgumentOutOfRangeException(nameof(value), value, "An Int32 always fits inline; the term encoding changed.");
        Add(new Quad(Vertex(vertex), String(key), term, TermId.Default));
    }

    public void AddProperty(long vertex, string key, string value) =>
        Add(new Quad(Vertex(vertex), String(key), String(value), TermId.Default));

    public void AddEdge(long id, long outVertex, string label, long inVertex)
    {
        Add(new Quad(Vertex(outVertex), String(label), Vertex(inVertex), batch.GetOrAddTerm(TermKind.Link, id)));
        Edges++;
    }

    private void Add(in Quad quad)
    {
        if (batch.Add(quad)) Quads++;
    }

    private TermId String(string text)
    {
        if (!_strings.TryGetValue(text, out var term))
            _strings[text] = term = batch.GetOrAddTerm(TermKind.String, text);
        return term;
    }
}
