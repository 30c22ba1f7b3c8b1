using System.Numerics;
using System.Runtime.CompilerServices;

namespace GremlinQuad.Storage.Indexes;

/// <summary>
/// Key compression inside a leaf. Each key is written against the previous one:
/// a header byte (bits 0-1: the first key slot d that differs; then 2 bits per later slot saying how
/// it is written), the unsigned difference at slot d, then each later slot as one of
/// 0 = same as the previous key, 1 = zigzag difference from it, 2 = "kind-relative" (kind nibble plus
/// payload, inline numbers taken relative to their zero so small numbers are short). All numbers are
/// LEB128 varints, little end first. Sorted keys share prefixes, so a key takes about 3 to 6 bytes.
/// </summary>
internal static class LeafCodec
{
    private const int MaxEntryBytes = 1 + 4 * 10;
    private const int KindShift = 60;
    private const ulong PayloadMask = (1UL << KindShift) - 1;
    private const ulong InlineCenter = 1UL << 59;

    [ThreadStatic] private static byte[]? t_scratch;

    public static Leaf Encode(ReadOnlySpan<QuadKey> keys)
    {
        if (keys.IsEmpty || keys.Length > Leaf.Capacity)
            throw new ArgumentOutOfRangeException(nameof(keys), keys.Length, $"A leaf holds 1 to {Leaf.Capacity} keys.");
        var scratch = t_scratch ??= new byte[Leaf.Capacity * MaxEntryBytes];
        var restarts = new ushort[(keys.Length + Leaf.RestartInterval - 1) / Leaf.RestartInterval];
        var offset = 0;
        var previous = QuadKey.Min;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i % Leaf.RestartInterval == 0)
            {
                restarts[i / Leaf.RestartInterval] = (ushort)offset;
                previous = QuadKey.Min;
            }
            offset += EncodeEntry(scratch.AsSpan(offset), keys[i], previous);
            previous = keys[i];
        }
        return new Leaf(scratch.AsSpan(0, offset).ToArray(), restarts, keys.Length, keys[0]);
    }

    /// <summary>Decodes every key of a leaf into <paramref name="destination"/>; returns the count.</summary>
    public static int DecodeAll(Leaf leaf, Span<QuadKey> destination)
    {
        var reader = new LeafReader(leaf, 0);
        for (var i = 0; i < leaf.Count; i++) destination[i] = reader.Next();
        return leaf.Count;
    }

    /// <summary>The position of the first key ≥ <paramref name="target"/> (Count when there is none).</summary>
    public static int LowerBound(Leaf leaf, in QuadKey target)
    {
        var restarts = leaf.Restarts;
        int low = 0, high = restarts.Length - 1, start = 0;
        // Largest restart whose key is < target: the answer lies in its run (or at the next restart).
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var offset = (int)restarts[middle];
            var key = DecodeEntry(leaf.Data, ref offset, QuadKey.Min);
            if (key.CompareTo(target) < 0)
            {
                start = middle;
                low = middle + 1;
            }
            else high = middle - 1;
        }
        var reader = new LeafReader(leaf, start * Leaf.RestartInterval);
        var position = start * Leaf.RestartInterval;
        while (position < leaf.Count)
        {
            if (reader.Next().CompareTo(target) >= 0) return position;
            position++;
        }
        return leaf.Count;
    }

    private static int EncodeEntry(Span<byte> destination, in QuadKey key, in QuadKey previous)
    {
        var d = key.K0 != previous.K0 ? 0 : key.K1 != previous.K1 ? 1 : key.K2 != previous.K2 ? 2 : 3;
        var header = d;
        var length = 1;
        length += WriteVarint(destination[length..], key[d] - previous[d]);
        for (var slot = d + 1; slot < 4; slot++)
        {
            var value = key[slot];
            var before = previous[slot];
            var mode = 0;
            if (value != before)
            {
                var difference = ZigZag((long)(value - before));
                var relative = KindRelative(value);
                if (VarintLength(difference) <= VarintLength(relative))
                {
                    mode = 1;
                    length += WriteVarint(destination[length..], difference);
                }
                else
                {
                    mode = 2;
                    length += WriteVarint(destination[length..], relative);
                }
            }
            header |= mode << (2 + 2 * (slot - d - 1));
        }
        destination[0] = (byte)header;
        return length;
    }

    /// <summary>Decodes one entry at <paramref name="offset"/> written against <paramref name="previous"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static QuadKey DecodeEntry(byte[] data, ref int offset, in QuadKey previous)
    {
        int header = data[offset++];
        var d = header & 3;
        var modes = header >> 2;
        ulong k0 = previous.K0, k1 = previous.K1, k2 = previous.K2, k3 = previous.K3;
        var step = ReadVarint(data, ref offset);
        switch (d)
        {
            case 0:
                k0 += step;
                k1 = Slot(data, ref offset, modes & 3, k1);
                k2 = Slot(data, ref offset, (modes >> 2) & 3, k2);
                k3 = Slot(data, ref offset, (modes >> 4) & 3, k3);
                break;
            case 1:
                k1 += step;
                k2 = Slot(data, ref offset, modes & 3, k2);
                k3 = Slot(data, ref offset, (modes >> 2) & 3, k3);
                break;
            case 2:
                k2 += step;
                k3 = Slot(data, ref offset, modes & 3, k3);
                break;
            default:
                k3 += step;
                break;
        }
        return new QuadKey(k0, k1, k2, k3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Slot(byte[] data, ref int offset, int mode, ulong previous) => mode switch
    {
        0 => previous,
        1 => previous + (ulong)UnZigZag(ReadVarint(data, ref offset)),
        _ => FromKindRelative(ReadVarint(data, ref offset)),
    };

    private static ulong CenterOf(ulong kind) =>
        kind is (ulong)TermKind.Integer or (ulong)TermKind.DateTime or (ulong)TermKind.Double ? InlineCenter : 0;

    private static ulong KindRelative(ulong value)
    {
        var kind = value >> KindShift;
        var payload = value & PayloadMask;
        var center = CenterOf(kind);
        // Centered kinds stay within ±2^59 of their center, so the zigzag fits 60 bits; others are unsigned.
        var body = center == 0 ? payload : ZigZag((long)payload - (long)center);
        return (body << 4) | kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FromKindRelative(ulong encoded)
    {
        var kind = encoded & 15;
        var body = encoded >> 4;
        var center = CenterOf(kind);
        var payload = center == 0 ? body : (ulong)(UnZigZag(body) + (long)center);
        return (kind << KindShift) | payload;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static int VarintLength(ulong value) => BitOperations.Log2(value | 1) / 7 + 1;

    private static int WriteVarint(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        destination[i++] = (byte)value;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadVarint(byte[] data, ref int offset)
    {
        ulong b = data[offset++];
        if (b < 0x80) return b;
        var result = b & 0x7F;
        var shift = 7;
        while (true)
        {
            b = data[offset++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80) return result;
            shift += 7;
        }
    }
}
