using GremlinQuad.Storage.Terms;

namespace GremlinQuad.Storage.Transactions;

/// <summary>
/// A transaction over the state it began from (its base). It records its net changes against the base
/// (quads to add that the base lacks, quads to remove that it has) and its new dictionary entries.
/// Reads inside the batch see base + changes: the first read builds a private state with the same
/// copy-on-write machinery a commit uses, later reads apply only what changed since. Nothing is visible
/// to anyone else until <see cref="CommitAsync"/>; dropping the batch drops everything.
/// Once a savepoint is taken, every effective change is also logged so it can be undone in reverse
/// order (<see cref="RollbackTo"/>); one-request batches never take one and log nothing.
/// </summary>
internal sealed class WriteBatch : IWriteBatch
{
    private readonly QuadStore _store;
    private readonly TermDictionary _dictionary;
    private readonly HashSet<Quad> _adds = new(QuadComparer.Instance);
    private readonly HashSet<Quad> _removes = new(QuadComparer.Instance);
    private readonly Dictionary<DictionaryKey, TermId> _newTerms = [];
    private readonly Dictionary<ulong, NewTerm> _newValues = [];
    private StoreState? _view;
    private List<Quad>? _touched;
    private List<(Quad Quad, bool Added)>? _undoQuads;
    private List<DictionaryKey>? _undoTerms;
    private bool _finished;

    public WriteBatch(QuadStore store, StoreState baseState, TermDictionary dictionary, bool detectConflicts = false)
    {
        _store = store;
        Base = baseState;
        _dictionary = dictionary;
        DetectConflicts = detectConflicts;
    }

    /// <summary>Whether the commit is validated against commits made since <see cref="Base"/> (first committer wins).</summary>
    public bool DetectConflicts { get; }

    /// <summary>The committed state this batch started from.</summary>
    public StoreState Base { get; }

    public IReadOnlyCollection<Quad> Adds => _adds;

    public IReadOnlyCollection<Quad> Removes => _removes;

    public IReadOnlyCollection<NewTerm> NewTerms => _newValues.Values;

    public long Version => Base.Version;

    public bool HasObjectIndex => Base.HasObjectIndex;

    public ScanCounters Counters { get; } = new();

    public bool HasChanges => _adds.Count > 0 || _removes.Count > 0 || _newValues.Count > 0;

    public IReadOnlyList<PredicateStats> Predicates => View().Predicates.Stats;

    /// <summary>
    /// A scan keeps reading the batch state it started on (held in the cursor), so adding or removing
    /// quads while iterating, as drop() does, neither skips nor repeats quads of that scan.
    /// </summary>
    public int Read(in QuadPattern pattern, ref ScanCursor cursor, Span<Quad> destination)
    {
        if (cursor.State is not StoreState state)
        {
            state = View();
            cursor.State = state;
        }
        return StateReader.Read(state, pattern, ref cursor, destination, Counters);
    }

    public long Count(in QuadPattern pattern) => StateReader.Count(View(), pattern);

    public ScanPlan Plan(in QuadPattern pattern) => StateReader.Plan(View(), pattern);

    public bool TryGetTerm(TermKind kind, object value, out TermId term)
    {
        if (TermCodec.TryEncodeInline(kind, value, out term)) return true;
        if (kind < TermId.FirstDictionaryKind && kind != TermKind.Number) return false;
        var key = new DictionaryKey(kind, value);
        return _newTerms.TryGetValue(key, out term) || _dictionary.TryGetTerm(key, Base.Version, out term);
    }

    public object GetValue(TermId term)
    {
        if (!term.IsInline && _newValues.TryGetValue(term.Payload, out var fresh)) return TermValues.Copy(fresh.Value);
        return TermValues.Get(term, _dictionary);
    }

    public TermId GetOrAddTerm(TermKind kind, object value)
    {
        CheckOpen();
        if (TermCodec.TryEncodeInline(kind, value, out var term)) return term;
        if (kind < TermId.FirstDictionaryKind && kind != TermKind.Number)
            throw new ArgumentException(
                $"The value {value} does not fit an inline {kind} term; store it as a {TermKind.Number} term instead.", nameof(value));
        var key = new DictionaryKey(kind, value);
        if (_newTerms.TryGetValue(key, out term)) return term;
        // A term committed by anyone, even after this batch began, is reused: ids never change once published.
        if (_dictionary.TryGetLatest(key, out term)) return term;
        var stored = TermCodec.ToStored(value);
        term = TermId.Create(kind, _dictionary.Reserve());
        var storedKey = new DictionaryKey(kind, stored);
        _newTerms.Add(storedKey, term);
        _newValues.Add(term.Payload, new NewTerm(kind, stored, term));
        _undoTerms?.Add(storedKey);
        return term;
    }

    public bool Add(in Quad quad)
    {
        CheckOpen();
        if (!_removes.Remove(quad))
        {
            if (_adds.Contains(quad) || Base.Contains(quad)) return false;
            _adds.Add(quad);
        }
        Touch(quad);
        _undoQuads?.Add((quad, true));
        return true;
    }

    public bool Remove(in Quad quad)
    {
        CheckOpen();
        if (!_adds.Remove(quad))
        {
            if (_removes.Contains(quad) || !Base.Contains(quad)) return false;
            _removes.Add(quad);
        }
        Touch(quad);
        _undoQuads?.Add((quad, false));
        return true;
    }

    public BatchSavepoint Savepoint()
    {
        CheckOpen();
        _undoQuads ??= [];
        _undoTerms ??= [];
        return new BatchSavepoint(_undoQuads.Count, _undoTerms.Count);
    }

    public void RollbackTo(BatchSavepoint savepoint)
    {
        CheckOpen();
        if (_undoQuads is null || _undoTerms is null || savepoint.Changes > _undoQuads.Count || savepoint.Terms > _undoTerms.Count || savepoint.Changes < 0 || savepoint.Terms < 0)
            throw new ArgumentException("This savepoint does not belong to this batch, or a rollback to an earlier savepoint has already discarded it.", nameof(savepoint));
        // Every logged change flipped a quad between "as in the base" and "changed"; flipping back in
        // reverse order restores the sets exactly.
        for (var i = _undoQuads.Count - 1; i >= savepoint.Changes; i--)
        {
            var (quad, added) = _undoQuads[i];
            if (added)
            {
                if (!_adds.Remove(quad)) _removes.Add(quad);
            }
            else if (!_removes.Remove(quad))
            {
                _adds.Add(quad);
            }
            Touch(quad);
        }
        _undoQuads.RemoveRange(savepoint.Changes, _undoQuads.Count - savepoint.Changes);
        for (var i = _undoTerms.Count - 1; i >= savepoint.Terms; i--)
        {
            // The reserved id is simply never used: ids need not be dense.
            if (_newTerms.Remove(_undoTerms[i], out var term)) _newValues.Remove(term.Payload);
        }
        _undoTerms.RemoveRange(savepoint.Terms, _undoTerms.Count - savepoint.Terms);
    }

    public ValueTask CommitAsync(CancellationToken cancellationToken = default)
    {
        CheckOpen();
        cancellationToken.ThrowIfCancellationRequested();
        _finished = true;
        return _store.Commit(this, cancellationToken);
    }

    /// <summary>Base + all changes, for the commit path when nothing else committed in between.</summary>
    public StoreState Result() => _view is null ? Base.Apply([.. _adds], [.. _removes]) : View();

    public void Dispose()
    {
        // An uncommitted batch is aborted: its changes and reserved ids are simply dropped.
        if (!_finished && DetectConflicts) _store.EndTransaction(this);
        _finished = true;
        _view = null;
    }

    private StoreState View()
    {
        if (_view is null)
        {
            _view = Base.Apply([.. _adds], [.. _removes]);
            _touched = [];
            return _view;
        }
        if (_touched is { Count: > 0 } touched)
        {
            var adds = new List<Quad>();
            var removes = new List<Quad>();
            foreach (var quad in new HashSet<Quad>(touched, QuadComparer.Instance))
            {
                var wanted = _adds.Contains(quad) || (!_removes.Contains(quad) && Base.Contains(quad));
                var present = _view.Contains(quad);
                if (wanted && !present) adds.Add(quad);
                else if (!wanted && present) removes.Add(quad);
            }
            touched.Clear();
            _view = _view.Apply([.. adds], [.. removes]);
        }
        return _view;
    }

    private void Touch(in Quad quad) => _touched?.Add(quad);

    private void CheckOpen()
    {
        if (_finished)
            throw new InvalidOperationException("This batch has already been committed or disposed; begin a new batch for more writes.");
    }

    /// <summary>A dictionary entry created by this batch, published when it commits.</summary>
    public readonly record struct NewTerm(TermKind Kind, object Value, TermId Term);
}
