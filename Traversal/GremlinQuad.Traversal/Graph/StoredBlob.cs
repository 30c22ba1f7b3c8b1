using System.Collections;
using System.Numerics;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Graph;

/// <summary>
/// Property values the storage has no term for — lists, sets and maps (TinkerGraph stores any object,
/// and the data/ conformance scenarios rely on it) — travel as byte blobs in a Value term. Every blob
/// starts with a format byte so that a user's own binary value stays distinguishable: 0 = raw bytes,
/// 1 = a composite value in the layout below. Persisted: append tags, never renumber.
/// </summary>
internal static class StoredBlob
{
    private const byte RawFormat = 0;
    private const byte CompositeFormat = 1;

    private enum Tag : byte
    {
        Null = 0, False = 1, True = 2, Byte = 3, Short = 4, Int = 5, Long = 6, Float = 7, Double = 8,
        Decimal = 9, BigInteger = 10, String = 11, Uuid = 12, Char = 13, Duration = 14, DateTime = 15,
        Binary = 16, List = 17, Set = 18, Map = 19,
    }

    public static bool IsComposite(object value) => value is GremlinMap or GremlinSet || (value is IList and not byte[]);

    /// <summary>The bytes stored for a Value-kind value: raw binary or a composite; other values pass through unchanged.</summary>
    public static object Encode(object value)
    {
        if (value is byte[] raw)
        {
            var tagged = new byte[raw.Length + 1];
            tagged[0] = RawFormat;
            raw.CopyTo(tagged, 1);
            return tagged;
        }
        if (!IsComposite(value)) return value;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(CompositeFormat);
            Write(writer, value);
        }
        return stream.ToArray();
    }

    /// <summary>The value a stored blob stands for; bytes without a known format byte come back as they are.</summary>
    public static object Decode(byte[] stored)
    {
        if (stored.Length == 0) return stored;
        if (stored[0] == RawFormat) return stored[1..];
        if (stored[0] != CompositeFormat) return stored;
        using var reader = new BinaryReader(new MemoryStream(stored, 1, stored.Length - 1, writable: false));
        return Read(reader) ?? throw new InvalidDataException("A stored composite value decoded to null.");
    }

    private static void Write(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.Write((byte)Tag.Null); break;
            case bool b: writer.Write((byte)(b ? Tag.True : Tag.False)); break;
            case sbyte v: writer.Write((byte)Tag.Byte); writer.Write(v); break;
            case byte v: writer.Write((byte)Tag.Byte); writer.Write(unchecked((sbyte)v)); break;
            case short v: writer.Write((byte)Tag.Short); writer.Write(v); break;
            case int v: writer.Write((byte)Tag.Int); writer.Write(v); break;
            case long v: writer.Write((byte)Tag.Long); writer.Write(v); break;
            case float v: writer.Write((byte)Tag.Float); writer.Write(v); break;
            case double v: writer.Write((byte)Tag.Double); writer.Write(v); break;
            case decimal v: writer.Write((byte)Tag.Decimal); writer.Write(v); break;
            case BigInteger v:
                var bytes = v.ToByteArray();
                writer.Write((byte)Tag.BigInteger); writer.Write7BitEncodedInt(bytes.Length); writer.Write(bytes);
                break;
            case string v: writer.Write((byte)Tag.String); writer.Write(v); break;
            case Guid v: writer.Write((byte)Tag.Uuid); writer.Write(v.ToByteArray()); break;
            case char v: writer.Write((byte)Tag.Char); writer.Write((ushort)v); break;
            case TimeSpan v: writer.Write((byte)Tag.Duration); writer.Write(v.Ticks); break;
            case DateTimeOffset v: writer.Write((byte)Tag.DateTime); writer.Write(v.Ticks); writer.Write((short)v.Offset.TotalMinutes); break;
            case DateTime v: Write(writer, new DateTimeOffset(v.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : v)); break;
            case byte[] v: writer.Write((byte)Tag.Binary); writer.Write7BitEncodedInt(v.Length); writer.Write(v); break;
            case GremlinMap map:
                writer.Write((byte)Tag.Map); writer.Write7BitEncodedInt(map.Count);
                foreach (var (key, item) in map)
                {
                    Write(writer, key);
                    Write(writer, item);
                }
                break;
            case GremlinSet set:
                writer.Write((byte)Tag.Set); writer.Write7BitEncodedInt(set.Count);
                foreach (var item in set) Write(writer, item);
                break;
            case IList list:
                writer.Write((byte)Tag.List); writer.Write7BitEncodedInt(list.Count);
                foreach (var item in list) Write(writer, item);
                break;
            default:
                throw new GremlinExecutionException(
                    $"A list, set or map stored as a property value may hold only scalars and collections, but it holds {value.GetType().Name} {value}.");
        }
    }

    private static object? Read(BinaryReader reader)
    {
        var tag = (Tag)reader.ReadByte();
        switch (tag)
        {
            case Tag.Null: return null;
            case Tag.False: return false;
            case Tag.True: return true;
            case Tag.Byte: return reader.ReadSByte();
            case Tag.Short: return reader.ReadInt16();
            case Tag.Int: return reader.ReadInt32();
            case Tag.Long: return reader.ReadInt64();
            case Tag.Float: return reader.ReadSingle();
            case Tag.Double: return reader.ReadDouble();
            case Tag.Decimal: return reader.ReadDecimal();
            case Tag.BigInteger: return new BigInteger(reader.ReadBytes(reader.Read7BitEncodedInt()));
            case Tag.String: return reader.ReadString();
            case Tag.Uuid: return new Guid(reader.ReadBytes(16));
            case Tag.Char: return (char)reader.ReadUInt16();
            case Tag.Duration: return new TimeSpan(reader.ReadInt64());
            case Tag.DateTime:
                var ticks = reader.ReadInt64();
                return new DateTimeOffset(ticks, TimeSpan.FromMinutes(reader.ReadInt16()));
            case Tag.Binary: return reader.ReadBytes(reader.Read7BitEncodedInt());
            case Tag.List:
            {
                var count = reader.Read7BitEncodedInt();
                var list = new List<object?>(count);
                for (var i = 0; i < count; i++) list.Add(Read(reader));
                return list;
            }
            case Tag.Set:
            {
                var count = reader.Read7BitEncodedInt();
                var set = new GremlinSet();
                for (var i = 0; i < count; i++) set.Add(Read(reader));
                return set;
            }
            case Tag.Map:
            {
                var count = reader.Read7BitEncodedInt();
                var map = new GremlinMap();
                for (var i = 0; i < count; i++)
                {
                    var key = Read(reader);
                    map[key] = Read(reader);
                }
                return map;
            }
            default:
                throw new InvalidDataException($"A stored composite value has the unknown type tag {(byte)tag}; it was written by a newer version.");
        }
    }
}
