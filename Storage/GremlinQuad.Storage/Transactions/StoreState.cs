using GremlinQuad.Storage.Indexes;

namespace GremlinQuad.Storage.Transactions;

/// <summary>
/// One committed version of the store: its indexes, predicate table and settings. Immutable, so a
/// snapshot is just a reference to one of these.
/// </summary>
internal sealed class StoreState
{
    public StoreState(long version, QuadIndex[] indexes, PredicateTable predicates, bool hasObjectIndex, ObjectScanMode objectScanMode)
    {
        Version = version;
        Indexes = indexes;
        Predicates = predicates;
        HasObjectIndex = hasObjectIndex;
        ObjectScanMode = objectScanMode;
    }

    public static StoreState Empty(bool hasObjectIndex, ObjectScanMode objectScanMode) =>
        new(0, CreateIndexes(hasObjectIndex), PredicateTable.Empty, hasObjectIndex, objectScanMode);

    public long Version { get; }

    /// <summary>By <see cref="IndexOrder"/>; OSGP only when <see cref="HasObjectIndex"/>.</summary>
    public QuadIndex[] Indexes { get; }

    public PredicateTable Predicates { get; }

    public bool HasObjectIndex { get; }

    public ObjectScanMode ObjectScanMode { get; }

    public long Count => Indexes[(int)IndexOrder.Spog].Count;

    public QuadIndex Index(IndexOrder order) => Indexes[(int)order];

    public bool Contains(in Quad quad) => Indexes[(int)IndexOrder.Spog].Contains(QuadKey.From(quad, IndexOrder.Spog));

    public StoreState WithVersion(long version) => new(version, Indexes, Predicates, HasObjectIndex, ObjectScanMode);

    public StoreState WithSettings(bool hasObjectIndex, ObjectScanMode objectScanMode) =>
        new(Version, hasObjectIndex == HasObjectIndex ? Indexes : CreateIndexes(hasObjectIndex), Predicates, hasObjectIndex, objectScanMode);

    /// <summary>
    /// The next version: <paramref name="adds"/> are absent from this one and <paramref name="removes"/>
    /// present (the caller checked), each without duplicates. Sorts once per index, then merges.
    /// </summary>
    public StoreState Apply(ReadOnlySpan<Quad> adds, ReadOnlySpan<Quad> removes)
    {
        if (adds.IsEmpty && removes.IsEmpty) return this;
        var indexes = new QuadIndex[Indexes.Length];
        var predicates = Predicates;
        if (adds.Length + removes.Length < ParallelThreshold)
        {
            var addKeys = new QuadKey[adds.Length];
            var removeKeys = new QuadKey[removes.Length];
            for (var i = 0; i < Indexes.Length; i++)
            {
                var changes = ApplyTo(Indexes[i], adds, removes, addKeys, removeKeys);
                indexes[i] = changes;
                if (i == (int)IndexOrder.Pogs) predicates = predicates.Apply(addKeys, removeKeys);
            }
        }
        else
        {
            // A bulk load: each index sorts and merges its own copy of the keys, in parallel.
            var addArray = adds.ToArray();
            var removeArray = removes.ToArray();
            var pogsAdds = new QuadKey[adds.Length];
            var pogsRemoves = new QuadKey[removes.Length];
            Parallel.For(0, Indexes.Length, i =>
            {
                var pogs = i == (int)IndexOrder.Pogs;
                var addKeys = pogs ? pogsAdds : new QuadKey[addArray.Length];
                var removeKeys = pogs ? pogsRemoves : new QuadKey[removeArray.Length];
                indexes[i] = ApplyTo(Indexes[i], addArray, removeArray, addKeys, removeKeys);
            });
            predicates = predicates.Apply(pogsAdds, pogsRemoves);
        }
        return new StoreState(Version, indexes, predicates, HasObjectIndex, ObjectScanMode);
    }

    /// <summary>Changes above this size are sorted and merged into the indexes in parallel.</summary>
    private const int ParallelThreshold = 100_000;

    private static QuadIndex ApplyTo(QuadIndex index, ReadOnlySpan<Quad> adds, ReadOnlySpan<Quad> removes, QuadKey[] addKeys, QuadKey[] removeKeys)
    {
        var order = index.Order;
        for (var j = 0; j < adds.Length; j++) addKeys[j] = QuadKey.From(adds[j], order);
        for (var j = 0; j < removes.Length; j++) removeKeys[j] = QuadKey.From(removes[j], order);
        addKeys.AsSpan().Sort();
        removeKeys.AsSpan().Sort();
        return index.Apply(addKeys, removeKeys);
    }

    private static QuadIndex[] CreateIndexes(bool hasObjectIndex)
    {
        var count = hasObjectIndex ? 4 : 3;
        var indexes = new QuadIndex[count];
        for (var i = 0; i < count; i++) indexes[i] = QuadIndex.Empty((IndexOrder)i);
        return indexes;
    }
}
