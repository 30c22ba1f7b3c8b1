using System.Buffers.Binary;

namespace GremlinQuad.Storage.Durability;

/// <summary>
/// One framed log entry. Byte order is little-endian everywhere in GremlinQuad files:
/// <c>u32 payload length | u64 LSN | u32 CRC-32C over (the 8 LSN bytes + payload) | payload</c>.
/// </summary>
internal static class LogRecord
{
    public const int HeaderSize = 16;

    /// <summary>Larger lengths are taken as damage, not as a record.</summary>
    public const int MaxPayload = 1 << 30;

    public static byte[] Frame(long lsn, ReadOnlySpan<byte> payload)
    {
        var record = new byte[HeaderSize + payload.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(record.AsSpan(4), lsn);
        payload.CopyTo(record.AsSpan(HeaderSize));
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(12), Checksum(record.AsSpan(4, 8), payload));
        return record;
    }

    /// <summary>
    /// Whether a whole, intact record starts at <paramref name="offset"/> of <paramref name="data"/>
    /// (length in bounds and checksum right); if so its LSN and payload range.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> data, int offset, out long lsn, out int payloadOffset, out int payloadLength)
    {
        lsn = 0;
        payloadOffset = offset + HeaderSize;
        payloadLength = 0;
        if (offset < 0 || data.Length - offset < HeaderSize) return false;
        var length = BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]);
        if (length > MaxPayload || length > (uint)(data.Length - offset - HeaderSize)) return false;
        lsn = BinaryPrimitives.ReadInt64LittleEndian(data[(offset + 4)..]);
        var checksum = BinaryPrimitives.ReadUInt32LittleEndian(data[(offset + 12)..]);
        var payload = data.Slice(offset + HeaderSize, (int)length);
        if (Checksum(data.Slice(offset + 4, 8), payload) != checksum) return false;
        payloadLength = (int)length;
        return true;
    }

    private static uint Checksum(ReadOnlySpan<byte> lsnBytes, ReadOnlySpan<byte> payload) =>
        Crc32C.Compute(payload, Crc32C.Compute(lsnBytes));
}
