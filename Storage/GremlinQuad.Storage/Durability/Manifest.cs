using System.Buffers.Binary;
using GremlinQuad.Storage.Io;

namespace GremlinQuad.Storage.Durability;

/// <summary>
/// Which snapshot is current, and the settings the store was created with. The file is a
/// <see cref="FileHeader"/> and two 32-byte slots; a new revision is written into the slot the
/// current one does not occupy, so a torn manifest write leaves the previous revision intact.
/// Slot: <c>u64 revision | u64 snapshot LSN (0 = none) | u32 flags (bit 0: OSGP) | u32 reserved | u32 CRC-32C of the 24 bytes before | u32 zero</c>.
/// The valid slot with the highest revision wins.
/// </summary>
internal sealed record Manifest(long Revision, long SnapshotLsn, bool ObjectIndex)
{
    public const string FileName = "MANIFEST";
    private const int SlotSize = 32;
    private const uint ObjectIndexFlag = 1;

    /// <summary>The current manifest, or null for a directory that holds no store yet.</summary>
    public static Manifest? Read(IStorageDirectory directory)
    {
        if (!directory.Exists(FileName)) return null;
        using var file = directory.Open(FileName, create: false);
        var data = new byte[FileHeader.Size + 2 * SlotSize];
        var read = file.Read(0, data);
        FileHeader.Check(data.AsSpan(0, Math.Min(read, FileHeader.Size)), FileHeader.ManifestMagic, FileName, directory.Location);
        Manifest? best = null;
        for (var slot = 0; slot < 2; slot++)
        {
            var offset = FileHeader.Size + slot * SlotSize;
            if (read < offset + SlotSize) continue;
            var bytes = data.AsSpan(offset, SlotSize);
            if (Crc32C.Compute(bytes[..24]) != BinaryPrimitives.ReadUInt32LittleEndian(bytes[24..])) continue;
            var candidate = new Manifest(
                BinaryPrimitives.ReadInt64LittleEndian(bytes),
                BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]),
                (BinaryPrimitives.ReadUInt32LittleEndian(bytes[16..]) & ObjectIndexFlag) != 0);
            if (candidate.Revision > 0 && (best is null || candidate.Revision > best.Revision)) best = candidate;
        }
        return best ?? throw new StorageCorruptionException(
            $"{Path.Combine(directory.Location, FileName)}: neither manifest slot (offsets {FileHeader.Size} and {FileHeader.Size + SlotSize}) has a valid checksum. "
            + "Restore the data directory from a backup.");
    }

    /// <summary>Writes the first manifest of a new store (temp file, fsync, rename, fsync directory).</summary>
    public void CreateFile(IStorageDirectory directory)
    {
        const string temporary = FileName + ".tmp";
        using (var file = directory.Open(temporary, create: true))
        {
            file.SetLength(0);
            var data = new byte[FileHeader.Size + 2 * SlotSize];
            FileHeader.Create(FileHeader.ManifestMagic, 0).CopyTo(data, 0);
            Encode(data.AsSpan(FileHeader.Size + SlotIndex * SlotSize, SlotSize));
            file.Write(0, data);
            file.Sync();
        }
        directory.Rename(temporary, FileName);
        directory.Sync();
    }

    /// <summary>Writes this revision into its slot of the existing manifest and syncs it.</summary>
    public void WriteSlot(IStorageDirectory directory)
    {
        using var file = directory.Open(FileName, create: false);
        var slot = new byte[SlotSize];
        Encode(slot);
        file.Write(FileHeader.Size + SlotIndex * SlotSize, slot);
        file.Sync();
    }

    private int SlotIndex => (int)(Revision % 2);

    private void Encode(Span<byte> slot)
    {
        BinaryPrimitives.WriteInt64LittleEndian(slot, Revision);
        BinaryPrimitives.WriteInt64LittleEndian(slot[8..], SnapshotLsn);
        BinaryPrimitives.WriteUInt32LittleEndian(slot[16..], ObjectIndex ? ObjectIndexFlag : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(slot[20..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(slot[24..], Crc32C.Compute(slot[..24]));
        BinaryPrimitives.WriteUInt32LittleEndian(slot[28..], 0);
    }
}
