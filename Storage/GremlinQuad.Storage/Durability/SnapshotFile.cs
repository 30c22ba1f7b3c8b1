using System.Buffers.Binary;
using GremlinQuad.Storage.Io;

namespace GremlinQuad.Storage.Durability;

/// <summary>
/// A checkpoint: the whole store as of one LSN. <see cref="FileHeader"/> (value = LSN), then
/// <c>u32 flags (bit 0: OSGP) | varint n | n × (u8 kind, u64 term, tagged value) | varint q | q × quad (SPOG order)</c>,
/// then a u32 CRC-32C of every byte before it. Written as <c>*.tmp</c>, synced, renamed, directory synced.
/// </summary>
internal static class SnapshotFile
{
    public const string Prefix = "snapshot-";
    private const int ChunkBytes = 1 << 20;

    public static string Name(long lsn) => $"{Prefix}{lsn:D20}.gqs";

    public static void Write(IStorageDirectory directory, long lsn, bool objectIndex,
        IReadOnlyCollection<CommitRecord.Entry> terms, long quadCount, IEnumerable<Quad> quads)
    {
        var name = Name(lsn);
        var temporary = name + ".tmp";
        using (var file = directory.Open(temporary, create: true))
        {
            file.SetLength(0);
            long offset = 0;
            uint crc = 0;
            var output = new BinaryOutput(ChunkBytes + 4096);
            void Flush()
            {
                file.Write(offset, output.Written);
                crc = Crc32C.Compute(output.Written, crc);
                offset += output.Length;
                output.Clear();
            }
            output.Raw(FileHeader.Create(FileHeader.SnapshotMagic, (ulong)lsn));
            output.UInt32(objectIndex ? 1u : 0u);
            output.Varint((ulong)terms.Count);
            foreach (var term in terms)
            {
                output.Byte((byte)term.Kind);
                output.UInt64(term.Term.Value);
                TermValueFormat.Write(output, term.Value);
                if (output.Length >= ChunkBytes) Flush();
            }
            output.Varint((ulong)quadCount);
            long written = 0;
            foreach (var quad in quads)
            {
                output.Quad(quad);
                written++;
                if (output.Length >= ChunkBytes) Flush();
            }
            if (written != quadCount) throw new InvalidOperationException($"Snapshot expected {quadCount} quads but the state gave {written}.");
            Flush();
            var trailer = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc);
            file.Write(offset, trailer);
            file.Sync();
        }
        directory.Rename(temporary, name);
        directory.Sync();
    }

    public static void Read(IStorageDirectory directory, long lsn, List<CommitRecord.Entry> terms, List<Quad> quads, out bool objectIndex)
    {
        var name = Name(lsn);
        var where = Path.Combine(directory.Location, name);
        if (!directory.Exists(name))
            throw new StorageCorruptionException($"{where} is missing, but the manifest names it as the current snapshot (LSN {lsn}). Restore the data directory from a backup.");
        using var file = directory.Open(name, create: false);
        var data = new byte[file.Length];
        var read = file.Read(0, data);
        if (read < FileHeader.Size + 4)
            throw new StorageCorruptionException($"{where} is cut short ({read} bytes). Restore the data directory from a backup.");
        var headerLsn = (long)FileHeader.Check(data, FileHeader.SnapshotMagic, name, directory.Location);
        var body = data.AsSpan(0, read - 4);
        if (Crc32C.Compute(body) != BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(read - 4)) || headerLsn != lsn)
            throw new StorageCorruptionException($"{where}: checksum mismatch over bytes 0..{read - 4} (snapshot LSN {lsn}). Restore the data directory from a backup.");
        try
        {
            var input = new BinaryInput(body[FileHeader.Size..]);
            objectIndex = (input.UInt32() & 1) != 0;
            var termCount = input.Varint();
            for (ulong i = 0; i < termCount; i++)
            {
                var kind = (TermKind)input.Byte();
                var term = new TermId(input.UInt64());
                terms.Add(new CommitRecord.Entry(kind, TermValueFormat.Read(ref input), term));
            }
            var quadCount = input.Varint();
            for (ulong i = 0; i < quadCount; i++) quads.Add(input.Quad());
        }
        catch (InvalidDataException error)
        {
            throw new StorageCorruptionException($"{where}: {error.Message} (snapshot LSN {lsn}). Restore the data directory from a backup.", error);
        }
    }
}
