using GremlinQuad.Storage.Io;
using GremlinQuad.Storage.Terms;
using GremlinQuad.Storage.Transactions;

namespace GremlinQuad.Storage.Durability;

/// <summary>
/// Opening a data directory: read the manifest (or create a store), load the current snapshot, replay
/// the log after it. A bad record at the very end is a torn write that was never acknowledged: the
/// segment is truncated there. A bad record followed by a good one, a gap in LSNs, or a damaged
/// non-final segment is corruption: the store refuses to open and names file, offset and LSN.
/// </summary>
internal static class Recovery
{
    public sealed record Result(StoreState State, WriteAheadLog Log, Manifest Manifest, long TruncatedBytes);

    public static Result Open(IStorageDirectory directory, QuadStoreOptions options, TermDictionary dictionary)
    {
        var manifest = Manifest.Read(directory);
        if (manifest is null)
        {
            var leftovers = directory.List(WriteAheadLog.SegmentPrefix).Concat(directory.List(SnapshotFile.Prefix)).ToList();
            if (leftovers.Count > 0)
                throw new StorageCorruptionException(
                    $"{directory.Location} holds {string.Join(", ", leftovers)} but no {Manifest.FileName}: it is not a complete GremlinQuad store. "
                    + "Restore the directory from a backup, or point the store at an empty directory.");
            manifest = new Manifest(1, 0, options.ObjectIndex);
            manifest.CreateFile(directory);
            var fresh = StoreState.Empty(options.ObjectIndex, options.ObjectScanMode);
            return new Result(fresh, WriteAheadLog.Create(directory, 1), manifest, 0);
        }
        if (manifest.ObjectIndex != options.ObjectIndex)
            throw new StorageConfigurationException(manifest.ObjectIndex
                ? $"The store in {directory.Location} was created with the OSGP index; open it with QuadStoreOptions.ObjectIndex = true. "
                  + "(OSGP is fixed when a store is created. To drop it, create a new store and load the data into it.)"
                : $"Cannot open the store in {directory.Location} with the OSGP index: it was created without it and already exists. "
                  + "OSGP is chosen when a store is created, because adding it later means building a fourth index over all existing data. "
                  + "Open it with QuadStoreOptions.ObjectIndex = false, or create a new store with OSGP in an empty directory and load the data into it.");

        var state = StoreState.Empty(manifest.ObjectIndex, options.ObjectScanMode);
        if (manifest.SnapshotLsn > 0)
        {
            var terms = new List<CommitRecord.Entry>();
            var quads = new List<Quad>();
            SnapshotFile.Read(directory, manifest.SnapshotLsn, terms, quads, out _);
            foreach (var term in terms) dictionary.Publish(term.Kind, term.Value, term.Term, manifest.SnapshotLsn);
            state = state.Apply(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(quads), []);
        }
        state = state.WithVersion(manifest.SnapshotLsn);

        var segments = directory.List(WriteAheadLog.SegmentPrefix)
            .Where(name => name.EndsWith(".log", StringComparison.Ordinal))
            .Select(name => (Name: name, First: WriteAheadLog.FirstLsnOf(name)))
            .OrderBy(segment => segment.First)
            .ToList();
        // Segments wholly before the snapshot are leftovers of an interrupted clean-up.
        var start = segments.FindLastIndex(segment => segment.First <= manifest.SnapshotLsn + 1);
        if (start < 0)
        {
            if (segments.Count > 0)
                throw new StorageCorruptionException(
                    $"{Path.Combine(directory.Location, segments[0].Name)}: the log starts at LSN {segments[0].First} but the snapshot ends at LSN {manifest.SnapshotLsn}; "
                    + $"records {manifest.SnapshotLsn + 1}..{segments[0].First - 1} are missing. Restore the data directory from a backup.");
            return new Result(state, WriteAheadLog.Create(directory, manifest.SnapshotLsn + 1), manifest, 0);
        }

        var net = new Dictionary<Quad, bool>(QuadComparer.Instance);
        var expected = segments[start].First;
        long truncated = 0;
        IStorageFile? last = null;
        long lastEnd = 0;
        for (var i = start; i < segments.Count; i++)
        {
            var (name, first) = segments[i];
            var isLast = i == segments.Count - 1;
            var where = Path.Combine(directory.Location, name);
            if (first != expected)
                throw new StorageCorruptionException(
                    $"{where}: the segment starts at LSN {first} but the previous one ended at LSN {expected - 1} (a gap in the log). Restore the data directory from a backup.");
            var file = directory.Open(name, create: false);
            try
            {
                var data = new byte[file.Length];
                var length = file.Read(0, data);
                var headerLsn = (long)FileHeader.Check(data.AsSpan(0, Math.Min(length, FileHeader.Size)), FileHeader.LogMagic, name, directory.Location);
                if (headerLsn != first)
                    throw new StorageCorruptionException($"{where}: header says first LSN {headerLsn}, the name says {first}. Restore the data directory from a backup.");
                var offset = FileHeader.Size;
                var span = data.AsSpan(0, length);
                while (offset < length)
                {
                    if (!LogRecord.TryRead(span, offset, out var lsn, out var payloadOffset, out var payloadLength))
                    {
                        var later = FindValidRecord(span, offset + 1, expected);
                        if (later >= 0 || !isLast)
                            throw new StorageCorruptionException(
                                $"{where}: damaged record at offset {offset} (expected LSN {expected})"
                                + (later >= 0 ? $", followed by a valid record at offset {later}" : ", in a segment followed by later segments")
                                + ". This is not a write cut short by a crash; refusing to guess. Restore the data directory from a backup.");
                        // A torn tail: never acknowledged, so dropping it loses nothing.
                        truncated = length - offset;
                        file.SetLength(offset);
                        file.Sync();
                        length = offset;
                        break;
                    }
                    if (lsn != expected)
                        throw new StorageCorruptionException(
                            $"{where}: record at offset {offset} has LSN {lsn}, expected {expected} (a gap or repeat in the log). Restore the data directory from a backup.");
                    if (lsn > manifest.SnapshotLsn) Replay(span.Slice(payloadOffset, payloadLength), lsn, dictionary, net, where, offset);
                    expected++;
                    offset = payloadOffset + payloadLength;
                }
                if (isLast)
                {
                    last = file;
                    lastEnd = length;
                }
            }
            finally
            {
                if (!ReferenceEquals(file, last)) file.Dispose();
            }
        }

        var adds = new List<Quad>();
        var removes = new List<Quad>();
        foreach (var (quad, present) in net)
        {
            var inState = state.Contains(quad);
            if (present && !inState) adds.Add(quad);
            else if (!present && inState) removes.Add(quad);
        }
        var lastLsn = expected - 1;
        state = state.Apply(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(adds), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(removes))
            .WithVersion(Math.Max(lastLsn, manifest.SnapshotLsn));
        return new Result(state, WriteAheadLog.Continue(directory, last!, lastEnd, lastLsn), manifest, truncated);
    }

    private static void Replay(ReadOnlySpan<byte> payload, long lsn, TermDictionary dictionary, Dictionary<Quad, bool> net, string where, int offset)
    {
        var terms = new List<CommitRecord.Entry>();
        var adds = new List<Quad>();
        var removes = new List<Quad>();
        try
        {
            CommitRecord.Read(payload, terms, adds, removes);
        }
        catch (InvalidDataException error)
        {
            throw new StorageCorruptionException($"{where}: record at offset {offset} (LSN {lsn}) has a valid checksum but cannot be decoded: {error.Message}", error);
        }
        foreach (var term in terms) dictionary.Publish(term.Kind, term.Value, term.Term, lsn);
        foreach (var quad in removes) net[quad] = false;
        foreach (var quad in adds) net[quad] = true;
    }

    /// <summary>The offset of an intact record with an LSN at or after <paramref name="expected"/> past <paramref name="from"/>, or -1.</summary>
    private static int FindValidRecord(ReadOnlySpan<byte> data, int from, long expected)
    {
        for (var offset = from; offset + LogRecord.HeaderSize <= data.Length; offset++)
        {
            var lsn = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(data[(offset + 4)..]);
            // Cheap pre-check before the checksum: random bytes rarely look like a nearby LSN.
            if (lsn < expected || lsn > expected + (1L << 32)) continue;
            if (LogRecord.TryRead(data, offset, out _, out _, out _)) return offset;
        }
        return -1;
    }
}
