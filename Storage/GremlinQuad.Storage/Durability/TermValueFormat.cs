using System.Numerics;

namespace GremlinQuad.Storage.Durability;

/// <summary>
/// How a dictionary value is written in log records and snapshots: a type tag, then the value.
/// Persisted: append tags, never renumber (pinned by a test).
/// </summary>
internal static class TermValueFormat
{
    public enum Tag : byte
    {
        String = 1, SByte = 2, Byte = 3, Int16 = 4, Int32 = 5, Int64 = 6, Single = 7, Double = 8, Decimal = 9,
        BigInteger = 10, DateTimeOffset = 11, DateTime = 12, Guid = 13, Char = 14, TimeSpan = 15, Bytes = 16, Boolean = 17,
    }

    public static void Write(BinaryOutput output, object value)
    {
        switch (value)
        {
            case string v: output.Byte((byte)Tag.String); output.String(v); break;
            case sbyte v: output.Byte((byte)Tag.SByte); output.Byte((byte)v); break;
            case byte v: output.Byte((byte)Tag.Byte); output.Byte(v); break;
            case short v: output.Byte((byte)Tag.Int16); output.UInt16((ushort)v); break;
            case int v: output.Byte((byte)Tag.Int32); output.UInt32((uint)v); break;
            case long v: output.Byte((byte)Tag.Int64); output.UInt64((ulong)v); break;
            case float v: output.Byte((byte)Tag.Single); output.UInt32(BitConverter.SingleToUInt32Bits(v)); break;
            case double v: output.Byte((byte)Tag.Double); output.UInt64(BitConverter.DoubleToUInt64Bits(v)); break;
            case decimal v:
                output.Byte((byte)Tag.Decimal);
                foreach (var part in decimal.GetBits(v)) output.UInt32((uint)part);
                break;
            case BigInteger v: output.Byte((byte)Tag.BigInteger); output.Bytes(v.ToByteArray()); break;
            case DateTimeOffset v: output.Byte((byte)Tag.DateTimeOffset); output.UInt64((ulong)v.UtcTicks); output.UInt16((ushort)(short)v.Offset.TotalMinutes); break;
            case DateTime v: output.Byte((byte)Tag.DateTime); output.UInt64((ulong)v.ToBinary()); break;
            case Guid v: output.Byte((byte)Tag.Guid); output.Raw(v.ToByteArray()); break;
            case char v: output.Byte((byte)Tag.Char); output.UInt16(v); break;
            case TimeSpan v: output.Byte((byte)Tag.TimeSpan); output.UInt64((ulong)v.Ticks); break;
            case byte[] v: output.Byte((byte)Tag.Bytes); output.Bytes(v); break;
            case bool v: output.Byte((byte)Tag.Boolean); output.Byte(v ? (byte)1 : (byte)0); break;
            default: throw new InvalidOperationException($"No persisted form for a dictionary value of type {value.GetType()}.");
        }
    }

    public static object Read(ref BinaryInput input)
    {
        var tag = (Tag)input.Byte();
        switch (tag)
        {
            case Tag.String: return input.String();
            case Tag.SByte: return (sbyte)input.Byte();
            case Tag.Byte: return input.Byte();
            case Tag.Int16: return (short)input.UInt16();
            case Tag.Int32: return (int)input.UInt32();
            case Tag.Int64: return (long)input.UInt64();
            case Tag.Single: return BitConverter.UInt32BitsToSingle(input.UInt32());
            case Tag.Double: return BitConverter.UInt64BitsToDouble(input.UInt64());
            case Tag.Decimal:
                return new decimal([(int)input.UInt32(), (int)input.UInt32(), (int)input.UInt32(), (int)input.UInt32()]);
            case Tag.BigInteger: return new BigInteger(input.Bytes());
            case Tag.DateTimeOffset:
            {
                var ticks = (long)input.UInt64();
                var offset = TimeSpan.FromMinutes((short)input.UInt16());
                return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset);
            }
            case Tag.DateTime: return DateTime.FromBinary((long)input.UInt64());
            case Tag.Guid:
            {
                Span<byte> bytes = stackalloc byte[16];
                for (var i = 0; i < 16; i++) bytes[i] = input.Byte();
                return new Guid(bytes);
            }
            case Tag.Char: return (char)input.UInt16();
            case Tag.TimeSpan: return new TimeSpan((long)input.UInt64());
            case Tag.Bytes: return input.Bytes().ToArray();
            case Tag.Boolean: return input.Byte() != 0;
            default: throw new InvalidDataException($"Unknown dictionary value tag {(byte)tag}.");
        }
    }
}
