namespace GremlinQuad.Storage.Durability;

/// <summary>
/// The payload of a commit's log record: the dictionary entries it created, then the quads it added
/// and removed (net, against the state it was applied to). Layout: u8 type (1 = commit);
/// varint n, n × (u8 kind, u64 term, tagged value); varint a, a × quad; varint r, r × quad;
/// a quad is four u64 terms S, P, O, G.
/// </summary>
internal static class CommitRecord
{
    public const byte CommitType = 1;

    public readonly record struct Entry(TermKind Kind, object Value, TermId Term);

    public static void Write(BinaryOutput output, IReadOnlyCollection<Entry> terms, IReadOnlyCollection<Quad> adds, IReadOnlyCollection<Quad> removes)
    {
        output.Byte(CommitType);
        output.Varint((ulong)terms.Count);
        foreach (var term in terms)
        {
            output.Byte((byte)term.Kind);
            output.UInt64(term.Term.Value);
            TermValueFormat.Write(output, term.Value);
        }
        output.Varint((ulong)adds.Count);
        foreach (var quad in adds) output.Quad(quad);
        output.Varint((ulong)removes.Count);
        foreach (var quad in removes) output.Quad(quad);
    }

    public static void Read(ReadOnlySpan<byte> payload, List<Entry> terms, List<Quad> adds, List<Quad> removes)
    {
        var input = new BinaryInput(payload);
        var type = input.Byte();
        if (type != CommitType) throw new InvalidDataException($"Unknown log record type {type}.");
        var termCount = input.Varint();
        for (ulong i = 0; i < termCount; i++)
        {
            var kind = (TermKind)input.Byte();
            var term = new TermId(input.UInt64());
            terms.Add(new Entry(kind, TermValueFormat.Read(ref input), term));
        }
        var addCount = input.Varint();
        for (ulong i = 0; i < addCount; i++) adds.Add(input.Quad());
        var removeCount = input.Varint();
        for (ulong i = 0; i < removeCount; i++) removes.Add(input.Quad());
        if (!input.AtEnd) throw new InvalidDataException($"{payload.Length - input.Position} unexpected bytes after the commit.");
    }
}
