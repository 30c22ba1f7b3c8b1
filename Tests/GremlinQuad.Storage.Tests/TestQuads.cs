namespace GremlinQuad.Storage.Tests;

/// <summary>A small term universe, so random quads collide often and every pattern has matches.</summary>
internal static class TestQuads
{
    public static TermId Node(int n) => TermId.Create(TermKind.Node, (ulong)n + 1);
    public static TermId Key(int n) => TermId.Create(TermKind.String, (ulong)n + 1);
    public static TermId Link(int n) => TermId.Create(TermKind.Link, (ulong)n + 1);

    public static TermId Int(long value)
    {
        TermId.TryFromInteger(value, IntegerWidth.Int32, out var term);
        return term;
    }

    /// <summary>Decodes a number into a quad: subjects 0..5, predicates 0..3, objects a node, an int or a string, graphs default or a link.</summary>
    public static Quad FromCode(int code)
    {
        var c = (uint)code;
        var subject = Node((int)(c % 6));
        c /= 6;
        var predicate = Key((int)(c % 4));
        c /= 4;
        var objectKind = c % 3;
        c /= 3;
        var objectValue = (int)(c % 5);
        c /= 5;
        var @object = objectKind switch
        {
            0 => Node(objectValue),
            1 => Int(objectValue - 2),
            _ => Key(objectValue + 10),
        };
        var graph = (c % 4) == 0 ? TermId.Default : Link((int)(c % 4));
        return new Quad(subject, predicate, @object, graph);
    }

    /// <summary>All quads matching <paramref name="pattern"/> in the store, in scan order.</summary>
    public static List<Quad> ScanAll(IReadSnapshot snapshot, in QuadPattern pattern)
    {
        var result = new List<Quad>();
        foreach (var quad in snapshot.Scan(pattern)) result.Add(quad);
        return result;
    }

    public static List<Quad> Sorted(IEnumerable<Quad> quads) =>
        [.. quads.OrderBy(q => q.Subject).ThenBy(q => q.Predicate).ThenBy(q => q.Object).ThenBy(q => q.Graph)];
}
