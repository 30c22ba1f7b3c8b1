using System.Buffers.Binary;
using System.Text;

namespace GremlinQuad.Storage.Durability;

/// <summary>Reader matching <see cref="BinaryOutput"/>; running past the end is <see cref="InvalidDataException"/>.</summary>
internal ref struct BinaryInput(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; private set; }

    public readonly bool AtEnd => Position >= _data.Length;

    public byte Byte() => Take(1)[0];

    public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public ulong Varint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = Byte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return result;
        }
        throw new InvalidDataException("A varint is longer than 10 bytes.");
    }

    public ReadOnlySpan<byte> Bytes()
    {
        var length = Varint();
        if (length > int.MaxValue) throw new InvalidDataException($"A length of {length} bytes is impossible here.");
        return Take((int)length);
    }

    public string String() => Encoding.UTF8.GetString(Bytes());

    public Quad Quad() => new(new TermId(UInt64()), new TermId(UInt64()), new TermId(UInt64()), new TermId(UInt64()));

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || Position + count > _data.Length)
            throw new InvalidDataException($"Unexpected end of data at byte {Position} (needed {count} more).");
        var slice = _data.Slice(Position, count);
        Position += count;
        return slice;
    }
}
