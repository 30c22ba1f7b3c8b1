using GremlinQuad.Storage.Durability;
using GremlinQuad.Storage.Io;
using GremlinQuad.Storage.Terms;
using GremlinQuad.Storage.Transactions;

namespace GremlinQuad.Storage;

/// <summary>
/// The quad store: a term dictionary plus SPOG, POGS, GPSO (and optionally OSGP) indexes, versioned
/// by copy-on-write so readers work on immutable states and never wait. Every write goes through one
/// commit path (<see cref="Commit"/>), serialized by a lock.
/// Concurrent batches: a batch (<see cref="BeginBatch"/>) that began before another committed is
/// re-applied onto the newer state at its own commit, quad by quad: last commit wins for a quad both
/// touched; callers that need more serialize their writers (GremlinGraph does). A transaction
/// (<see cref="BeginTransaction"/>) is validated instead: while one is open, each commit records the
/// resources it changed, and a transaction whose changes name one changed after it began fails
/// (first committer wins). Batches start from the latest logged state, not the latest durable one, so
/// a writer serialized behind another sees its changes before their fsync; its own commit comes later
/// in the log, so it is never acknowledged unless they are durable too.
/// Durable stores (<see cref="Open(string, QuadStoreOptions?)"/>) append each commit to the write-ahead
/// log under the commit lock, then wait outside it for a (shared) fsync; only then does the commit
/// become visible to readers and <see cref="IWriteBatch.CommitAsync"/> complete.
/// </summary>
public sealed class QuadStore : IQuadStore
{
    private readonly TermDictionary _dictionary = new();
    private readonly Lock _commitLock = new();
    private readonly Lock _publishLock = new();
    private readonly Lock _checkpointLock = new();
    private readonly Queue<StoreState> _unpublished = new();
    private readonly List<WriteBatch> _transactions = [];
    private readonly Queue<(long Version, HashSet<TermId> Resources)> _history = new();
    private readonly QuadStoreOptions _options;
    private readonly IStorageDirectory? _directory;
    private readonly WriteAheadLog? _log;
    private Manifest? _manifest;
    private StoreState _state;
    private StoreState _logged;
    private string? _writesSuspendedReason;
    private int _checkpointScheduled;
    private bool _disposed;

    private QuadStore(QuadStoreOptions options)
    {
        _options = options;
        _state = _logged = StoreState.Empty(options.ObjectIndex, options.ObjectScanMode);
    }

    private QuadStore(QuadStoreOptions options, IStorageDirectory directory)
    {
        _options = options;
        _directory = directory;
        var recovered = Recovery.Open(directory, options, _dictionary);
        _state = _logged = recovered.State;
        _log = recovered.Log;
        _manifest = recovered.Manifest;
        RecoveredTornBytes = recovered.TruncatedBytes;
    }

    /// <summary>A new, empty store held in memory only (tests, embedded use, benchmarks).</summary>
    public static QuadStore InMemory(QuadStoreOptions? options = null) => new(options ?? new QuadStoreOptions());

    /// <summary>
    /// Opens the durable store in <paramref name="directory"/>, creating it (with <paramref name="options"/>)
    /// when the directory holds none: loads the newest checkpoint and replays the log after it.
    /// </summary>
    /// <exception cref="StorageCorruptionException">Damaged files; the message names file, offset and LSN.</exception>
    /// <exception cref="StorageConfigurationException">The OSGP setting differs from the one the store was created with.</exception>
    public static QuadStore Open(string directory, QuadStoreOptions? options = null) =>
        Open(new OsStorageDirectory(directory), options);

    internal static QuadStore Open(IStorageDirectory directory, QuadStoreOptions? options = null) =>
        new(options ?? new QuadStoreOptions(), directory);

    /// <summary>Bytes of a torn log tail dropped when this store was opened (0 after a clean shutdown).</summary>
    public long RecoveredTornBytes { get; }

    /// <summary>Whether commits are written to a log on disk.</summary>
    public bool IsDurable => _log is not null;

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
        return new WriteBatch(this, Volatile.Read(ref _logged), _dictionary);
    }

    public IWriteBatch BeginTransaction()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // Registered under the commit lock so that every commit after its base is in the history.
        lock (_commitLock)
        {
            var transaction = new WriteBatch(this, _logged, _dictionary, detectConflicts: true);
            _transactions.Add(transaction);
            return transaction;
        }
    }

    /// <summary>Transactions open right now (validated batches neither committed nor disposed).</summary>
    public int OpenTransactions
    {
        get
        {
            lock (_commitLock) return _transactions.Count;
        }
    }

    /// <summary>A transaction ends (commit or dispose): history nobody can conflict with any more is dropped.</summary>
    internal void EndTransaction(WriteBatch transaction)
    {
        lock (_commitLock)
        {
            _transactions.Remove(transaction);
            PruneHistory();
        }
    }

    private void PruneHistory()
    {
        if (_transactions.Count == 0)
        {
            _history.Clear();
            return;
        }
        var oldest = long.MaxValue;
        foreach (var open in _transactions) oldest = Math.Min(oldest, open.Base.Version);
        while (_history.Count > 0 && _history.Peek().Version <= oldest) _history.Dequeue();
    }

    /// <summary>
    /// The resources a set of changed quads names: the subject, the graph term unless default, and the
    /// object when it is a resource too. Two writes naming one resource touch the same element (a vertex
    /// and its properties and edges, an edge and its properties), so they may not both commit blindly.
    /// </summary>
    private static void AddResources(HashSet<TermId> resources, IEnumerable<Quad> quads)
    {
        foreach (var quad in quads)
        {
            resources.Add(quad.Subject);
            if (quad.Graph.Kind != TermKind.Default) resources.Add(quad.Graph);
            if (quad.Object.Kind is TermKind.Node or TermKind.Link or TermKind.Statement) resources.Add(quad.Object);
        }
    }

    /// <summary>Throws when a commit after the transaction's base changed a resource the transaction changes.</summary>
    private void CheckConflicts(WriteBatch transaction, IReadOnlyCollection<Quad> added, IReadOnlyCollection<Quad> removed)
    {
        var mine = new HashSet<TermId>();
        AddResources(mine, added);
        AddResources(mine, removed);
        foreach (var (version, resources) in _history)
        {
            if (version <= transaction.Base.Version) continue;
            foreach (var resource in mine)
            {
                if (!resources.Contains(resource)) continue;
                throw new StorageConflictException(
                    $"ConcurrentModificationException: this transaction began at version {transaction.Base.Version} and changes {Describe(resource)}, "
                    + $"which another transaction changed and committed first (version {version}). Nothing of this transaction was committed; "
                    + "retry the transaction (run its requests again) to apply it over the newer data.");
            }
        }
    }

    private string Describe(TermId resource)
    {
        var kind = resource.Kind switch
        {
            TermKind.Node => "the node",
            TermKind.Link => "the link",
            _ => "the statement",
        };
        return !resource.IsInline && _dictionary.TryGetValue(resource, out var id) ? $"{kind} with id {id}" : $"{kind} {resource}";
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
            var state = _logged;
            if (options.ObjectIndex != state.HasObjectIndex && (state.Count > 0 || _log is not null))
                throw _log is not null
                    ? new StorageConfigurationException($"The OSGP setting of a durable store is recorded when it is created ({(state.HasObjectIndex ? "with" : "without")} OSGP); "
                        + "create a new store in an empty directory with the setting you want and load the data into it.")
                    : ObjectIndexChangeRejected(options.ObjectIndex, state.Count);
            var next = state.WithSettings(options.ObjectIndex, options.ObjectScanMode);
            _logged = next;
            if (ReferenceEquals(Volatile.Read(ref _state), state)) Volatile.Write(ref _state, next);
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
        if ((cancellationToken.IsCancellationRequested || _disposed) && batch.DetectConflicts) EndTransaction(batch);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!batch.HasChanges)
        {
            if (batch.DetectConflicts) EndTransaction(batch);
            // What it read may be logged but not yet durable: answer only once it is (see the class comment).
            return _log is null || batch.Base.Version <= _log.DurableLsn ? ValueTask.CompletedTask : AwaitDurableAsync(batch.Base.Version);
        }
        long version;
        lock (_commitLock)
        {
            // Whatever happens below, the transaction is over; its history stays until this lock is released.
            if (batch.DetectConflicts) _transactions.Remove(batch);
            if (_writesSuspendedReason is { } reason)
                throw new StorageFailureException($"writes suspended: {reason}");
            var current = _logged;

            // Another batch may have published the same value meanwhile: use its id, drop ours.
            Dictionary<TermId, TermId>? remap = null;
            var publish = new List<CommitRecord.Entry>(batch.NewTerms.Count);
            foreach (var entry in batch.NewTerms)
            {
                if (_dictionary.TryGetLatest(new DictionaryKey(entry.Kind, entry.Value), out var existing))
                    (remap ??= [])[entry.Term] = existing;
                else publish.Add(new CommitRecord.Entry(entry.Kind, entry.Value, entry.Term));
            }

            StoreState next;
            IReadOnlyCollection<Quad> added, removed;
            if (ReferenceEquals(current, batch.Base) && remap is null)
            {
                next = batch.Result();
                added = batch.Adds;
                removed = batch.Removes;
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
                added = adds;
                removed = removes;
                if (batch.DetectConflicts) CheckConflicts(batch, added, removed);
            }

            version = current.Version + 1;
            if (_log is not null)
            {
                var payload = new BinaryOutput(64 + 32 * (added.Count + removed.Count));
                CommitRecord.Write(payload, publish, added, removed);
                if (payload.Length > LogRecord.MaxPayload)
                    throw new InvalidOperationException(
                        $"This commit needs a {payload.Length >> 20} MiB log record; one commit may log at most {LogRecord.MaxPayload >> 20} MiB "
                        + "(about 30 million quads). Split the load into several batches. Nothing was written.");
                try
                {
                    _log.Append(version, payload.Written);
                }
                catch (IOException error)
                {
                    throw Suspend($"the write-ahead log could not be written ({error.Message}) in {_directory!.Location}", error);
                }
            }
            foreach (var entry in publish) _dictionary.Publish(entry.Kind, entry.Value, entry.Term, version);
            if (_transactions.Count > 0)
            {
                var resources = new HashSet<TermId>();
                AddResources(resources, added);
                AddResources(resources, removed);
                _history.Enqueue((version, resources));
            }
            PruneHistory();
            next = next.WithSettings(current.HasObjectIndex, current.ObjectScanMode).WithVersion(version);
            _logged = next;
            if (_log is null)
            {
                Volatile.Write(ref _state, next);
                return ValueTask.CompletedTask;
            }
            lock (_publishLock) _unpublished.Enqueue(next);
        }
        return AwaitDurableAsync(version);
    }

    private async ValueTask AwaitDurableAsync(long version)
    {
        try
        {
            await _log!.WaitDurableAsync(version).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            throw Suspend($"the write-ahead log could not be synced to disk ({error.Message}) in {_directory!.Location}", error);
        }
        PublishDurable(_log.DurableLsn);
        if (_log.SegmentBytes > _options.CheckpointLogBytes && Interlocked.Exchange(ref _checkpointScheduled, 1) == 0)
        {
            _ = Task.Run(() =>
            {
                try
                {
                    Checkpoint();
                }
                catch (StorageFailureException)
                {
                    // Already recorded as the reason writes are suspended; the next writer sees it.
                }
                finally
                {
                    Volatile.Write(ref _checkpointScheduled, 0);
                }
            });
        }
    }

    /// <summary>Makes every logged state up to <paramref name="durableLsn"/> visible, in log order.</summary>
    private void PublishDurable(long durableLsn)
    {
        lock (_publishLock)
        {
            StoreState? newest = null;
            while (_unpublished.Count > 0 && _unpublished.Peek().Version <= durableLsn) newest = _unpublished.Dequeue();
            if (newest is not null && newest.Version > _state.Version) Volatile.Write(ref _state, newest);
        }
    }

    /// <summary>
    /// Writes a checkpoint of everything committed (snapshot file, then the manifest's other slot) and
    /// drops the log segments it covers. Readers and writers keep going while the snapshot is written;
    /// only the switch to a new log segment holds the commit lock (one fsync). In-memory stores: no-op.
    /// </summary>
    /// <exception cref="StorageFailureException">The checkpoint could not be written; writes are now suspended.</exception>
    public void Checkpoint()
    {
        if (_log is null || _directory is null) return;
        lock (_checkpointLock)
        {
            StoreState state;
            lock (_commitLock)
            {
                if (_writesSuspendedReason is { } reason) throw new StorageFailureException($"writes suspended: {reason}");
                try
                {
                    _log.Rotate();
                }
                catch (IOException error)
                {
                    throw Suspend($"the write-ahead log could not be synced for a checkpoint ({error.Message}) in {_directory.Location}", error);
                }
                state = _logged;
                PublishDurable(state.Version);
            }
            var lsn = state.Version;
            try
            {
                var terms = _dictionary.Entries(lsn).Select(e => new CommitRecord.Entry(e.Kind, e.Value, e.Term)).ToList();
                var snapshot = new ReadSnapshot(state, _dictionary);
                SnapshotFile.Write(_directory, lsn, state.HasObjectIndex, terms, state.Count, Enumerate(snapshot));
                var manifest = new Manifest(_manifest!.Revision + 1, lsn, state.HasObjectIndex);
                manifest.WriteSlot(_directory);
                _manifest = manifest;
                foreach (var name in _directory.List(WriteAheadLog.SegmentPrefix))
                    if (name.EndsWith(".log", StringComparison.Ordinal) && WriteAheadLog.FirstLsnOf(name) <= lsn) _directory.Delete(name);
                foreach (var name in _directory.List(SnapshotFile.Prefix))
                    if (name != SnapshotFile.Name(lsn)) _directory.Delete(name);
                _directory.Sync();
            }
            catch (IOException error)
            {
                throw Suspend($"a checkpoint could not be written ({error.Message}) in {_directory.Location}", error);
            }
        }
    }

    private static IEnumerable<Quad> Enumerate(ReadSnapshot snapshot)
    {
        var buffer = new Quad[QuadBuffer.Length * 8];
        var cursor = default(ScanCursor);
        while (!cursor.Done)
        {
            var count = snapshot.Read(QuadPattern.All, ref cursor, buffer);
            for (var i = 0; i < count; i++) yield return buffer[i];
        }
    }

    private StorageFailureException Suspend(string reason, Exception error)
    {
        SuspendWrites(reason + ". Reads keep working; fix the cause (disk space, permissions, hardware), then restart to resume writes");
        return new StorageFailureException($"writes suspended: {WritesSuspendedReason}", error);
    }

    private static Quad Remap(in Quad quad, Dictionary<TermId, TermId>? remap)
    {
        if (remap is null) return quad;
        return new Quad(Map(quad.Subject), Map(quad.Predicate), Map(quad.Object), Map(quad.Graph));
        TermId Map(TermId term) => remap.TryGetValue(term, out var to) ? to : term;
    }

    /// <summary>Turns the store read-only after a write failure; reads keep working. The first reason sticks.</summary>
    internal void SuspendWrites(string reason) => Interlocked.CompareExchange(ref _writesSuspendedReason, reason, null);

    /// <summary>Closes the store; a durable store takes a final checkpoint first (clean shutdown).</summary>
    public void Dispose()
    {
        if (_disposed) return;
        if (_log is not null)
        {
            if (WritesSuspendedReason is null)
            {
                try
                {
                    Checkpoint();
                }
                catch (StorageFailureException)
                {
                    // The log still holds every acknowledged commit; recovery replays it.
                }
            }
            _log.Dispose();
        }
        _disposed = true;
    }
}
