using GremlinQuad.Storage.Terms;
using GremlinQuad.Storage.Transactions;

namespace GremlinQuad.Storage;

/// <summary>
/// The quad store: a term dictionary plus SPOG, POGS, GPSO (and optionally OSGP) indexes, versioned
/// by copy-on-write so readers work on immutable states and never wait. Every write goes through one
/// commit path (<see cref="Commit"/>), serialized by a lock.
/// Concurrent batches: a batch that began before another committed is re-applied onto the newer
/// state at its own commit, quad by quad: last commit wins for a quad both touched; no conflict error.
/// </summary>
public sealed class QuadStore : IQuadStore
{
    private readonly TermDictionary _dictionary = new();
    private readonly Lock _commitLock = new();
    private StoreState _state;
    private string? _writesSuspendedReason;
    private bool _disposed;

    private QuadStore(QuadStoreOptions options)
    {
        _state = StoreState.Empty(options.ObjectIndex, options.ObjectScanMode);
    }

    /// <summary>A new, empty store held in memory only (tests, embedded use, benchmarks).</summary>
    public static QuadStore InMemory(QuadStoreOptions? options = null) => new(options ?? new QuadStoreOptions());

    public bool HasObjectIndex => Volatile.Read(ref _state).HasObjectIndex;

    public ObjectScanMode ObjectScanMode => Volatile.Read(ref _state).ObjectScanMode;

    public string? WritesSuspendedReason => Volatile.Read(ref _writesSuspendedReason);

    /// <summary>Quads in the latest committed version.</summary>
    public long QuadCount => Volatile.Read(ref _state).Count;

    /// <summary>Entries in the term dictionary.</summary>
    public int TermCount => _dictionary.Count;

    /// <summary>Bytes held by one index of the latest version (leaves and directory), for the bytes-per-quad figure.</summary>
    public long IndexBytes(IndexOrder order)
    {
        var state = Volatile.Read(ref _state);
        return (int)order < state.Indexes.Length ? state.Index(order).Footprint : 0;
    }

    public IReadSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new ReadSnapshot(Volatile.Read(ref _state), _dictionary);
    }

    public IWriteBatch BeginBatch()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new WriteBatch(this, Volatile.Read(ref _state), _dictionary);
    }

    /// <summary>
    /// Changes settings. The scan mode may change at any time; the OSGP index only while the store
    /// holds no quads, because it is chosen when a store is created.
    /// </summary>
    /// <exception cref="StorageConfigurationException">OSGP switched on or off on a store that holds data.</exception>
    public void Reconfigure(QuadStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lock (_commitLock)
        {
            var state = _state;
            if (options.ObjectIndex != state.HasObjectIndex && state.Count > 0)
                throw ObjectIndexChangeRejected(options.ObjectIndex, state.Count);
            Volatile.Write(ref _state, state.WithSettings(options.ObjectIndex, options.ObjectScanMode));
        }
    }

    internal static StorageConfigurationException ObjectIndexChangeRejected(bool wanted, long quads) =>
        new(wanted
            ? $"Cannot turn on the OSGP index: the store already holds {quads} quads. OSGP is chosen when a store is created, "
              + "because adding it later means building a fourth index over all existing data. Create a new, empty store with "
              + "QuadStoreOptions.ObjectIndex = true and load the data into it, or keep this store: object-only lookups then use "
              + "the union scan (ObjectScanMode.NodePredicates keeps it to predicates that link nodes)."
            : $"Cannot turn off the OSGP index: the store already holds {quads} quads and was created with it. "
              + "Open it with QuadStoreOptions.ObjectIndex = true, or create a new store without OSGP and load the data into it.");

    /// <summary>The one commit path: every write to the store passes here.</summary>
    internal ValueTask Commit(WriteBatch batch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!batch.HasChanges) return ValueTask.CompletedTask;
        lock (_commitLock)
        {
            if (_writesSuspendedReason is { } reason)
                throw new StorageFailureException($"writes suspended: {reason}");
            var current = _state;

            // Another batch may have published the same value meanwhile: use its id, drop ours.
            Dictionary<TermId, TermId>? remap = null;
            var publish = new List<WriteBatch.NewTerm>(batch.NewTerms.Count);
            foreach (var entry in batch.NewTerms)
            {
                if (_dictionary.TryGetLatest(new DictionaryKey(entry.Kind, entry.Value), out var existing))
                    (remap ??= [])[entry.Term] = existing;
                else publish.Add(entry);
            }

            StoreState next;
            if (ReferenceEquals(current, batch.Base) && remap is null)
            {
                next = batch.Result();
            }
            else
            {
                // Re-apply the net changes onto the newer state (last commit wins per quad).
                var adds = new HashSet<Quad>(QuadComparer.Instance);
                var removes = new HashSet<Quad>(QuadComparer.Instance);
                foreach (var quad in batch.Removes)
                {
                    var mapped = Remap(quad, remap);
                    if (current.Contains(mapped)) removes.Add(mapped);
                }
                foreach (var quad in batch.Adds)
                {
                    var mapped = Remap(quad, remap);
                    removes.Remove(mapped);
                    if (!current.Contains(mapped)) adds.Add(mapped);
                }
                next = current.Apply([.. adds], [.. removes]);
            }

            var version = current.Version + 1;
            foreach (var entry in publish) _dictionary.Publish(entry.Kind, entry.Value, entry.Term, version);
            Volatile.Write(ref _state, next.WithSettings(current.HasObjectIndex, current.ObjectScanMode).WithVersion(version));
        }
        return ValueTask.CompletedTask;
    }

    private static Quad Remap(in Quad quad, Dictionary<TermId, TermId>? remap)
    {
        if (remap is null) return quad;
        return new Quad(Map(quad.Subject), Map(quad.Predicate), Map(quad.Object), Map(quad.Graph));
        TermId Map(TermId term) => remap.TryGetValue(term, out var to) ? to : term;
    }

    /// <summary>Turns the store read-only after a write failure; reads keep working. The first reason sticks.</summary>
    internal void SuspendWrites(string reason) => Interlocked.CompareExchange(ref _writesSuspendedReason, reason, null);

    public void Dispose() => _disposed = true;
}
