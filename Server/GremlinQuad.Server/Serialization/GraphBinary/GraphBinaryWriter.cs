using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Numerics;
using System.Text;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using Barrier = GremlinQuad.Gremlin.Barrier;
using Path = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Server.Serialization.GraphBinary;

/// <summary>
/// Writes GraphBinary v1 values (gremlin-protocol.md §5) straight into an <see cref="IBufferWriter{T}"/>:
/// big-endian, no intermediate buffers. Values the format cannot carry throw
/// <see cref="ResultSerializationException"/> naming the .NET type. A struct: a response write allocates nothing.
/// </summary>
internal readonly struct GraphBinaryWriter(IBufferWriter<byte> output, ResultOptions options = default)
{
    private const byte ValueFlag = 0x00;
    private const byte NullFlag = 0x01;
    private static readonly UTF8Encoding Utf8 = new(false, true);

    public IBufferWriter<byte> Output => output;

    /// <summary>A fully-qualified value: type code, flag, value (§5.1).</summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull(GraphBinaryTypeCode.UnspecifiedNull);
                return;
            case string text:
                WriteHeader(GraphBinaryTypeCode.String);
                WriteString(text);
                return;
            case int number:
                WriteHeader(GraphBinaryTypeCode.Int);
                WriteInt32(number);
                return;
            case long number:
                WriteHeader(GraphBinaryTypeCode.Long);
                WriteInt64(number);
                return;
            case double number:
                WriteHeader(GraphBinaryTypeCode.Double);
                WriteInt64(BitConverter.DoubleToInt64Bits(number));
                return;
            case bool flag:
                WriteHeader(GraphBinaryTypeCode.Boolean);
                WriteByte(flag ? (byte)1 : (byte)0);
                return;
            case Traverser traverser:
                WriteHeader(GraphBinaryTypeCode.Traverser);
                WriteInt64(traverser.Bulk);
                WriteValue(traverser.Value);
                return;
            case Vertex vertex:
                WriteHeader(GraphBinaryTypeCode.Vertex);
                WriteVertexBody(vertex);
                return;
            case Edge edge:
                WriteHeader(GraphBinaryTypeCode.Edge);
                WriteEdgeBody(edge);
                return;
            case VertexProperty property:
                WriteHeader(GraphBinaryTypeCode.VertexProperty);
                WriteVertexPropertyBody(property);
                return;
            case Property property:
                WriteHeader(GraphBinaryTypeCode.Property);
                WriteString(property.Key);
                WriteValue(property.Value);
                WriteNull(GraphBinaryTypeCode.UnspecifiedNull); // the parent slot is always fe 01 (JS insists)
                return;
            case Path path:
                WriteHeader(GraphBinaryTypeCode.Path);
                WriteHeader(GraphBinaryTypeCode.List);
                WriteInt32(path.Labels.Count);
                foreach (var labels in path.Labels)
                {
                    WriteHeader(GraphBinaryTypeCode.Set);
                    WriteInt32(labels.Count);
                    foreach (var label in labels)
                    {
                        WriteHeader(GraphBinaryTypeCode.String);
                        WriteString(label);
                    }
                }
                WriteHeader(GraphBinaryTypeCode.List);
                WriteInt32(path.Objects.Count);
                foreach (var item in path.Objects)
                    WriteValue(item);
                return;
            case DateTimeOffset date:
                WriteHeader(GraphBinaryTypeCode.OffsetDateTime);
                WriteOffsetDateTime(date);
                return;
            case DateTime date:
                WriteHeader(GraphBinaryTypeCode.OffsetDateTime);
                WriteOffsetDateTime(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)));
                return;
            case Guid uuid:
                WriteHeader(GraphBinaryTypeCode.Uuid);
                WriteUuid(uuid);
                return;
            case float number:
                WriteHeader(GraphBinaryTypeCode.Float);
                WriteInt32(BitConverter.SingleToInt32Bits(number));
                return;
            case short number:
                WriteHeader(GraphBinaryTypeCode.Short);
                var shortSpan = output.GetSpan(2);
                BinaryPrimitives.WriteInt16BigEndian(shortSpan, number);
                output.Advance(2);
                return;
            case sbyte number:
                WriteHeader(GraphBinaryTypeCode.Byte);
                WriteByte(unchecked((byte)number));
                return;
            case byte number:
                WriteHeader(GraphBinaryTypeCode.Byte);
                WriteByte(number);
                return;
            case BigInteger number:
                WriteHeader(GraphBinaryTypeCode.BigInteger);
                WriteBigIntegerBody(number);
                return;
            case decimal number:
                WriteHeader(GraphBinaryTypeCode.BigDecimal);
                WriteBigDecimalBody(number);
                return;
            case char character:
                WriteHeader(GraphBinaryTypeCode.Char);
                WriteChar(character);
                return;
            case TimeSpan duration:
                WriteHeader(GraphBinaryTypeCode.Duration);
                var seconds = duration.Ticks / TimeSpan.TicksPerSecond;
                var nanos = (int)(duration.Ticks % TimeSpan.TicksPerSecond * 100);
                if (nanos < 0)
                {
                    seconds -= 1;
                    nanos += 1_000_000_000;
                }
                WriteInt64(seconds);
                WriteInt32(nanos);
                return;
            case byte[] bytes:
                WriteHeader(GraphBinaryTypeCode.ByteBuffer);
                WriteInt32(bytes.Length);
                output.Write(bytes);
                return;
            case Enum token:
                WriteEnum(token);
                return;
            case P predicate:
                WriteHeader(predicate is TextP ? GraphBinaryTypeCode.TextP : GraphBinaryTypeCode.P);
                WritePredicateBody(predicate);
                return;
            case Bytecode bytecode:
                WriteHeader(GraphBinaryTypeCode.Bytecode);
                WriteBytecodeBody(bytecode);
                return;
            case Binding binding:
                WriteHeader(GraphBinaryTypeCode.Binding);
                WriteString(binding.Key);
                WriteValue(binding.Value);
                return;
            case CardinalityValue cardinalityValue:
                // gremlin-protocol.md §2.4: a nested bytecode with one source instruction CardinalityValueTraversal.
                WriteHeader(GraphBinaryTypeCode.Bytecode);
                WriteBytecodeBody(new Bytecode().AddSource("CardinalityValueTraversal", cardinalityValue.Cardinality, cardinalityValue.Value));
                return;
            case TraversalStrategyValue strategy:
                WriteHeader(GraphBinaryTypeCode.TraversalStrategy);
                WriteString(StrategyNames.FullName(strategy.Name));
                WriteInt32(strategy.Configuration.Count);
                foreach (var (key, setting) in strategy.Configuration)
                {
                    WriteValue(key);
                    WriteValue(setting);
                }
                return;
            case Tree tree:
                WriteHeader(GraphBinaryTypeCode.Tree);
                WriteTreeBody(tree);
                return;
            case KeyValuePair<object?, object?> entry:
                // Java writes a Map.Entry as a one-entry map (gremlin-protocol.md §5.2).
                WriteHeader(GraphBinaryTypeCode.Map);
                WriteInt32(1);
                WriteValue(entry.Key);
                WriteValue(entry.Value);
                return;
            case IReadOnlySet<object?> or ISet<object?>:
                WriteHeader(GraphBinaryTypeCode.Set);
                WriteItems((IEnumerable)value);
                return;
            case IDictionary<object?, object?> or IReadOnlyDictionary<object?, object?> or IDictionary or IReadOnlyDictionary<string, object?>:
                WriteHeader(GraphBinaryTypeCode.Map);
                WriteMapBody(value);
                return;
            case List<object?> list:
                // Indexing, not foreach over IList: the interface enumerator would be a heap allocation per list.
                WriteHeader(GraphBinaryTypeCode.List);
                WriteInt32(list.Count);
                for (var i = 0; i < list.Count; i++)
                    WriteValue(list[i]);
                return;
            case IList list:
                WriteHeader(GraphBinaryTypeCode.List);
                WriteInt32(list.Count);
                for (var i = 0; i < list.Count; i++)
                    WriteValue(list[i]);
                return;
            case IReadOnlyCollection<object?> collection:
                WriteHeader(GraphBinaryTypeCode.List);
                WriteInt32(collection.Count);
                foreach (var item in collection)
                    WriteValue(item);
                return;
            default:
                throw new ResultSerializationException($"GraphBinary has no type for a {value.GetType().FullName} value ({value}); convert it in the traversal (e.g. with toString) or use a supported type.");
        }
    }

    public void WriteByte(byte value)
    {
        var span = output.GetSpan(1);
        span[0] = value;
        output.Advance(1);
    }

    public void WriteInt32(int value)
    {
        var span = output.GetSpan(4);
        BinaryPrimitives.WriteInt32BigEndian(span, value);
        output.Advance(4);
    }

    public void WriteInt64(long value)
    {
        var span = output.GetSpan(8);
        BinaryPrimitives.WriteInt64BigEndian(span, value);
        output.Advance(8);
    }

    /// <summary>A bare String: Int32 byte length then UTF-8 (§5.1).</summary>
    public void WriteString(string value)
    {
        var length = Utf8.GetByteCount(value);
        var span = output.GetSpan(4 + length);
        BinaryPrimitives.WriteInt32BigEndian(span, length);
        Utf8.GetBytes(value, span[4..]);
        output.Advance(4 + length);
    }

    /// <summary>16 raw bytes, most significant first: the same order as the text form.</summary>
    public void WriteUuid(Guid value)
    {
        var span = output.GetSpan(16);
        value.TryWriteBytes(span, bigEndian: true, out _);
        output.Advance(16);
    }

    public void WriteHeader(GraphBinaryTypeCode code)
    {
        var span = output.GetSpan(2);
        span[0] = (byte)code;
        span[1] = ValueFlag;
        output.Advance(2);
    }

    public void WriteNull(GraphBinaryTypeCode code)
    {
        var span = output.GetSpan(2);
        span[0] = (byte)code;
        span[1] = NullFlag;
        output.Advance(2);
    }

    /// <summary>A Map value without type code: count then fully-qualified keys and values.</summary>
    public void WriteMapBody(object map)
    {
        switch (map)
        {
            case IReadOnlyDictionary<object?, object?> gremlinMap:
                WriteInt32(gremlinMap.Count);
                foreach (var (key, item) in gremlinMap)
                {
                    WriteValue(key);
                    WriteValue(item);
                }
                break;
            case IReadOnlyDictionary<string, object?> stringMap:
                WriteInt32(stringMap.Count);
                foreach (var (key, item) in stringMap)
                {
                    WriteValue(key);
                    WriteValue(item);
                }
                break;
            case IDictionary<object?, object?> dictionary:
                WriteInt32(dictionary.Count);
                foreach (var (key, item) in dictionary)
                {
                    WriteValue(key);
                    WriteValue(item);
                }
                break;
            case IDictionary dictionary:
                WriteInt32(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    WriteValue(entry.Key);
                    WriteValue(entry.Value);
                }
                break;
            default:
                throw new ResultSerializationException($"A {map.GetType().FullName} is not a map.");
        }
    }

    private void WriteItems(IEnumerable items)
    {
        var count = 0;
        foreach (var unused in items)
            count++;
        WriteInt32(count);
        foreach (var item in items)
            WriteValue(item);
    }

    private void WriteVertexBody(Vertex vertex)
    {
        WriteValue(vertex.Id);
        WriteString(vertex.Label);
        if (options.TokensOnly || vertex.Properties is null)
        {
            WriteNull(GraphBinaryTypeCode.UnspecifiedNull);
            return;
        }
        WriteHeader(GraphBinaryTypeCode.List);
        WriteInt32(vertex.Properties.Count);
        foreach (var property in vertex.Properties)
        {
            WriteHeader(GraphBinaryTypeCode.VertexProperty);
            WriteVertexPropertyBody(property);
        }
    }

    private void WriteEdgeBody(Edge edge)
    {
        // Note the order: in-vertex before out-vertex (§5.2).
        WriteValue(edge.Id);
        WriteString(edge.Label);
        WriteValue(edge.InV.Id);
        WriteString(edge.InV.Label);
        WriteValue(edge.OutV.Id);
        WriteString(edge.OutV.Label);
        WriteNull(GraphBinaryTypeCode.UnspecifiedNull);
        WritePropertyList(edge.Properties);
    }

    private void WriteVertexPropertyBody(VertexProperty property)
    {
        WriteValue(property.Id);
        WriteString(property.Key);
        WriteValue(property.Value);
        WriteNull(GraphBinaryTypeCode.UnspecifiedNull);
        WritePropertyList(property.Properties);
    }

    private void WritePropertyList(IReadOnlyList<Property>? properties)
    {
        if (options.TokensOnly || properties is null)
        {
            WriteNull(GraphBinaryTypeCode.UnspecifiedNull);
            return;
        }
        WriteHeader(GraphBinaryTypeCode.List);
        WriteInt32(properties.Count);
        foreach (var property in properties)
            WriteValue(property);
    }

    private void WriteEnum(Enum token)
    {
        var code = token switch
        {
            T => GraphBinaryTypeCode.T,
            Direction => GraphBinaryTypeCode.Direction,
            Order => GraphBinaryTypeCode.Order,
            Scope => GraphBinaryTypeCode.Scope,
            Pop => GraphBinaryTypeCode.Pop,
            Column => GraphBinaryTypeCode.Column,
            Cardinality => GraphBinaryTypeCode.Cardinality,
            Merge => GraphBinaryTypeCode.Merge,
            Operator => GraphBinaryTypeCode.Operator,
            Pick => GraphBinaryTypeCode.Pick,
            Barrier => GraphBinaryTypeCode.Barrier,
            DT => GraphBinaryTypeCode.DT,
            GType => GraphBinaryTypeCode.GType,
            _ => throw new ResultSerializationException($"GraphBinary has no type for the enum {token.GetType().FullName}."),
        };
        // An enum value is its own code and flag followed by a fully-qualified String (§5.2).
        WriteHeader(code);
        WriteHeader(GraphBinaryTypeCode.String);
        WriteString(token.ToString());
    }

    private void WritePredicateBody(P predicate)
    {
        WriteString(predicate.Operator);
        switch (predicate.Operator)
        {
            case "and" or "or":
                WriteInt32(2);
                WriteValue(predicate.Value);
                WriteValue(predicate.Other);
                return;
            case "within" or "without" or "between" or "inside" or "outside" when predicate.Value is IList list:
                // Each collection element is its own argument (§5.4).
                WriteInt32(list.Count);
                foreach (var item in list)
                    WriteValue(item);
                return;
            default:
                WriteInt32(1);
                WriteValue(predicate.Value);
                return;
        }
    }

    private void WriteBytecodeBody(Bytecode bytecode)
    {
        // Steps come before sources (§5.2).
        WriteInstructions(bytecode.StepInstructions);
        WriteInstructions(bytecode.SourceInstructions);
    }

    private void WriteInstructions(List<Instruction> instructions)
    {
        WriteInt32(instructions.Count);
        foreach (var instruction in instructions)
        {
            WriteString(instruction.Operator);
            WriteInt32(instruction.Arguments.Length);
            foreach (var argument in instruction.Arguments)
                WriteValue(argument);
        }
    }

    private void WriteTreeBody(Tree tree)
    {
        WriteInt32(tree.Count);
        foreach (var (key, subtree) in tree)
        {
            WriteValue(key);
            WriteTreeBody(subtree);
        }
    }

    private void WriteOffsetDateTime(DateTimeOffset date)
    {
        // 3.8 clients read every date as OffsetDateTime; we send UTC with offset 0 (gremlin-protocol.md §5.5).
        var utc = date.UtcDateTime;
        var span = output.GetSpan(18);
        BinaryPrimitives.WriteInt32BigEndian(span, utc.Year);
        span[4] = (byte)utc.Month;
        span[5] = (byte)utc.Day;
        BinaryPrimitives.WriteInt64BigEndian(span[6..], utc.TimeOfDay.Ticks * 100);
        BinaryPrimitives.WriteInt32BigEndian(span[14..], 0);
        output.Advance(18);
    }

    private void WriteBigIntegerBody(BigInteger number)
    {
        var length = number.GetByteCount(isUnsigned: false);
        var span = output.GetSpan(4 + length);
        BinaryPrimitives.WriteInt32BigEndian(span, length);
        number.TryWriteBytes(span[4..], out _, isUnsigned: false, isBigEndian: true);
        output.Advance(4 + length);
    }

    private void WriteBigDecimalBody(decimal number)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(number, bits);
        var scale = (bits[3] >> 16) & 0xff;
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        WriteInt32(scale);
        WriteBigIntegerBody(bits[3] < 0 ? -magnitude : magnitude);
    }

    private void WriteChar(char character)
    {
        Span<char> one = [character];
        var span = output.GetSpan(4);
        var written = Encoding.UTF8.GetBytes(one, span);
        output.Advance(written);
    }
}
