using GremlinQuad.Storage.Io;

namespace GremlinQuad.Storage.Durability;

/// <summary>
/// The log: segment files <c>wal-&lt;first LSN&gt;.log</c>, each a <see cref="FileHeader"/> then
/// <see cref="LogRecord"/>s with consecutive LSNs. Appends come from the commit path one at a time;
/// <see cref="WaitDurableAsync"/> is group commit: one waiter runs the fsync and it covers every
/// record appended before it started; later waiters start the next one. A failed fsync is never
/// retried: the log remembers the failure and every waiter gets it.
/// </summary>
internal sealed class WriteAheadLog : IDisposable
{
    private readonly IStorageDirectory _directory;
    private readonly Lock _sync = new();
    private IStorageFile _segment;
    private long _end;
    private long _appendedLsn;
    private long _durableLsn;
    private TaskCompletionSource? _inFlight;
    private Exception? _failure;

    private WriteAheadLog(IStorageDirectory directory, IStorageFile segment, long end, long lastLsn)
    {
        _directory = directory;
        _segment = segment;
        _end = end;
        _appendedLsn = lastLsn;
        _durableLsn = lastLsn;
    }

    public static string SegmentName(long firstLsn) => $"wal-{firstLsn:D20}.log";

    public const string SegmentPrefix = "wal-";

    /// <summary>First LSN of a segment, from its name.</summary>
    public static long FirstLsnOf(string name) =>
        long.TryParse(name.AsSpan(SegmentPrefix.Length, 20), out var lsn) ? lsn : throw new FormatException($"{name} is not a log segment name.");

    /// <summary>A new, empty segment whose first record will be <paramref name="firstLsn"/>; durable (file and name) on return.</summary>
    public static WriteAheadLog Create(IStorageDirectory directory, long firstLsn)
    {
        var segment = CreateSegment(directory, firstLsn);
        return new WriteAheadLog(directory, segment, FileHeader.Size, firstLsn - 1);
    }

    /// <summary>Continues an existing segment after recovery checked it up to <paramref name="end"/>.</summary>
    public static WriteAheadLog Continue(IStorageDirectory directory, IStorageFile segment, long end, long lastLsn) =>
        new(directory, segment, end, lastLsn);

    /// <summary>Bytes in the current segment: the checkpoint trigger.</summary>
    public long SegmentBytes => Volatile.Read(ref _end);

    public long DurableLsn
    {
        get
        {
            lock (_sync) return _durableLsn;
        }
    }

    /// <summary>Writes one record (not yet durable). Callers serialize appends and give consecutive LSNs.</summary>
    public void Append(long lsn, ReadOnlySpan<byte> payload)
    {
        lock (_sync)
        {
            if (_failure is not null) throw new IOException("The log already failed: " + _failure.Message, _failure);
        }
        if (lsn != _appendedLsn + 1)
            throw new InvalidOperationException($"Log records must be consecutive: expected LSN {_appendedLsn + 1}, got {lsn}.");
        var record = LogRecord.Frame(lsn, payload);
        _segment.Write(_end, record);
        _end += record.Length;
        Volatile.Write(ref _appendedLsn, lsn);
    }

    /// <summary>Completes when the record with <paramref name="lsn"/> is on stable storage; throws <see cref="IOException"/> if it can never be.</summary>
    public ValueTask WaitDurableAsync(long lsn)
    {
        while (true)
        {
            TaskCompletionSource wait;
            var mine = false;
            IStorageFile segment;
            lock (_sync)
            {
                if (_durableLsn >= lsn) return ValueTask.CompletedTask;
                if (_failure is not null) return ValueTask.FromException(new IOException(_failure.Message, _failure));
                if (_inFlight is null)
                {
                    _inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    mine = true;
                }
                wait = _inFlight;
                segment = _segment;
            }
            if (!mine) return WaitThenRetryAsync(wait.Task, lsn);
            SyncNow(segment, wait);
        }
    }

    private async ValueTask WaitThenRetryAsync(Task inFlight, long lsn)
    {
        await inFlight.ConfigureAwait(false);
        await WaitDurableAsync(lsn).ConfigureAwait(false);
    }

    private void SyncNow(IStorageFile segment, TaskCompletionSource done)
    {
        // Everything appended before this point is covered by this fsync.
        var target = Volatile.Read(ref _appendedLsn);
        try
        {
            segment.Sync();
            lock (_sync)
            {
                _durableLsn = Math.Max(_durableLsn, target);
                _inFlight = null;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            lock (_sync)
            {
                _failure ??= error;
                _inFlight = null;
            }
        }
        done.SetResult();
    }

    /// <summary>
    /// Makes everything appended durable, then starts a new segment at the next LSN (the caller holds
    /// the commit lock, so nothing is appended meanwhile). Returns the new segment's first LSN.
    /// </summary>
    public long Rotate()
    {
        while (true)
        {
            Task? inFlight;
            lock (_sync) inFlight = _inFlight?.Task;
            if (inFlight is null) break;
            inFlight.Wait();
        }
        lock (_sync)
        {
            if (_failure is not null) throw new IOException("The log already failed: " + _failure.Message, _failure);
            var next = _appendedLsn + 1;
            _segment.Sync();
            _durableLsn = _appendedLsn;
            var fresh = CreateSegment(_directory, next);
            _segment.Dispose();
            _segment = fresh;
            _end = FileHeader.Size;
            return next;
        }
    }

    private static IStorageFile CreateSegment(IStorageDirectory directory, long firstLsn)
    {
        var name = SegmentName(firstLsn);
        var segment = directory.Open(name, create: true);
        segment.SetLength(0);
        segment.Write(0, FileHeader.Create(FileHeader.LogMagic, (ulong)firstLsn));
        segment.Sync();
        directory.Sync();
        return segment;
    }

    public void Dispose()
    {
        lock (_sync) _segment.Dispose();
    }
}
