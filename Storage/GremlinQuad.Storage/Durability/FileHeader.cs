using System.Buffers.Binary;
using System.Text;

namespace GremlinQuad.Storage.Durability;

/// <summary>
/// The first 16 bytes of every file: a 4-byte ASCII magic number, a little-endian u16 format version,
/// two reserved bytes, and a u64 whose meaning depends on the file (a log segment's first LSN,
/// a snapshot's LSN; zero for the manifest).
/// </summary>
internal static class FileHeader
{
    public const int Size = 16;
    public const ushort CurrentVersion = 1;

    public static byte[] Create(string magic, ulong value)
    {
        var header = new byte[Size];
        Encoding.ASCII.GetBytes(magic, header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), CurrentVersion);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(8), value);
        return header;
    }

    /// <summary>Checks magic and version; returns the header's value.</summary>
    /// <exception cref="StorageCorruptionException">Not one of our files, or a version this build cannot read.</exception>
    public static ulong Check(ReadOnlySpan<byte> header, string magic, string file, string location)
    {
        if (header.Length < Size || Encoding.ASCII.GetString(header[..4]) != magic)
            throw new StorageCorruptionException(
                $"{Path.Combine(location, file)} is not a GremlinQuad {Describe(magic)} (bad magic number at offset 0). "
                + "Move the file out of the data directory if it does not belong there, or restore the directory from a backup.");
        var version = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        if (version is 0 or > CurrentVersion)
            throw new StorageCorruptionException(
                $"{Path.Combine(location, file)} has format version {version}; this build reads versions 1 to {CurrentVersion}. Use a newer GremlinQuad.");
        return BinaryPrimitives.ReadUInt64LittleEndian(header[8..]);
    }

    private static string Describe(string magic) => magic switch
    {
        LogMagic => "write-ahead log segment",
        SnapshotMagic => "snapshot",
        ManifestMagic => "manifest",
        _ => "file",
    };

    public const string LogMagic = "GQWL";
    public const string SnapshotMagic = "GQSN";
    public const string ManifestMagic = "GQMF";
}
