using GremlinQuad.Storage.Terms;

namespace GremlinQuad.Storage.Transactions;

/// <summary>A read view of one committed version: a reference to an immutable state, so opening one is free.</summary>
internal sealed class ReadSnapshot(StoreState state, TermDictionary dictionary) : IReadSnapshot
{
    public long Version => state.Version;

    public bool HasObjectIndex => state.HasObjectIndex;

    public ScanCounters Counters { get; } = new();

    public IReadOnlyList<PredicateStats> Predicates => state.Predicates.Stats;

    public int Read(in QuadPattern pattern, ref ScanCursor cursor, Span<Quad> destination) =>
        StateReader.Read(state, pattern, ref cursor, destination, Counters);

    public long Count(in QuadPattern pattern) => StateReader.Count(state, pattern);

    public ScanPlan Plan(in QuadPattern pattern) => StateReader.Plan(state, pattern);

    public bool TryGetTerm(TermKind kind, object value, out TermId term)
    {
        if (TermCodec.TryEncodeInline(kind, value, out term)) return true;
        if (kind < TermId.FirstDictionaryKind && kind != TermKind.Number) return false;
        return dictionary.TryGetTerm(new DictionaryKey(kind, value), state.Version, out term);
    }

    public object GetValue(TermId term) => TermValues.Get(term, dictionary);

    public void Dispose()
    {
        // Nothing to release: the state stays alive exactly as long as someone references it.
    }
}
