using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using Path = GremlinQuad.Gremlin.Structure.Path;
using GremlinQuad.Server.Protocol;

namespace GremlinQuad.Server.Serialization.GraphBinary;

/// <summary>
/// Reads GraphBinary v1 values from a span (gremlin-protocol.md §5). Every read is a <c>TryX</c>: a short
/// buffer sets <see cref="Status"/> to <see cref="ParseStatus.NeedMoreData"/>, a bad byte to
/// <see cref="ParseStatus.InvalidData"/> with <see cref="Error"/>; nothing throws.
/// </summary>
internal ref struct GraphBinaryReader(ReadOnlySpan<byte> buffer)
{
    /// <summary>Nesting deeper than this is refused so a hostile message cannot exhaust the stack.</summary>
    private const int MaxDepth = 64;
    private static readonly UTF8Encoding Utf8 = new(false, true);

    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _depth;

    public int Position { get; private set; }

    public ParseStatus Status { get; private set; } = ParseStatus.Done;

    public string? Error { get; private set; }

    public readonly int Remaining => _buffer.Length - Position;

    public bool TryReadByte(out byte value)
    {
        value = 0;
        if (!Need(1))
            return false;
        value = _buffer[Position++];
        return true;
    }

    public bool TryReadInt32(out int value)
    {
        value = 0;
        if (!Need(4))
            return false;
        value = BinaryPrimitives.ReadInt32BigEndian(_buffer[Position..]);
        Position += 4;
        return true;
    }

    public bool TryReadInt64(out long value)
    {
        value = 0;
        if (!Need(8))
            return false;
        value = BinaryPrimitives.ReadInt64BigEndian(_buffer[Position..]);
        Position += 8;
        return true;
    }

    public bool TryReadUuid(out Guid value)
    {
        value = default;
        if (!Need(16))
            return false;
        value = new Guid(_buffer.Slice(Position, 16), bigEndian: true);
        Position += 16;
        return true;
    }

    /// <summary>A bare String: Int32 byte length and UTF-8.</summary>
    public bool TryReadString(out string value)
    {
        value = "";
        if (!TryReadLength(out var length) || !Need(length))
            return false;
        try
        {
            value = Utf8.GetString(_buffer.Slice(Position, length));
        }
        catch (DecoderFallbackException)
        {
            return Fail($"the string at byte {Position} is not valid UTF-8");
        }
        Position += length;
        return true;
    }

    /// <summary>A nullable bare String: flag byte then String when the flag is 0 (response message status text).</summary>
    public bool TryReadNullableString(out string? value)
    {
        value = null;
        if (!TryReadFlag(out var isNull))
            return false;
        if (isNull)
            return true;
        if (!TryReadString(out var text))
            return false;
        value = text;
        return true;
    }

    /// <summary>A Map value (no type code): Int32 count and fully-qualified entries, keys required to be Strings.</summary>
    public bool TryReadStringMap(out Dictionary<string, object?> map)
    {
        map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!TryReadLength(out var count))
            return false;
        for (var i = 0; i < count; i++)
        {
            var keyAt = Position;
            if (!TryReadValue(out var key) || !TryReadValue(out var value))
                return false;
            if (key is not string name)
                return Fail($"the map key at byte {keyAt} must be a String, but was {RequestProcessorDescribe(key)}");
            map[name] = value;
        }
        return true;
    }

    /// <summary>A fully-qualified value: type code, flag, value (§5.1).</summary>
    public bool TryReadValue(out object? value)
    {
        value = null;
        var at = Position;
        if (!TryReadByte(out var code) || !TryReadFlag(out var isNull))
            return false;
        if (isNull)
            return true;
        if (code == (byte)GraphBinaryTypeCode.UnspecifiedNull)
            return Fail($"the unspecified-null type code at byte {at} must be followed by the null flag 0x01");
        if (++_depth > MaxDepth)
            return Fail($"values are nested more than {MaxDepth} levels deep");
        var ok = TryReadBody((GraphBinaryTypeCode)code, at, out value);
        _depth--;
        return ok;
    }

    private bool TryReadBody(GraphBinaryTypeCode code, int at, out object? value)
    {
        value = null;
        switch (code)
        {
            case GraphBinaryTypeCode.Int:
                if (!TryReadInt32(out var int32)) return false;
                value = int32;
                return true;
            case GraphBinaryTypeCode.Long:
                if (!TryReadInt64(out var int64)) return false;
                value = int64;
                return true;
            case GraphBinaryTypeCode.String:
                if (!TryReadString(out var text)) return false;
                value = text;
                return true;
            case GraphBinaryTypeCode.Date or GraphBinaryTypeCode.Timestamp:
                if (!TryReadInt64(out var milliseconds)) return false;
                value = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
                return true;
            case GraphBinaryTypeCode.Class:
                if (!TryReadString(out var className)) return false;
                value = new TraversalStrategyValue(className);
                return true;
            case GraphBinaryTypeCode.Double:
                if (!TryReadInt64(out var doubleBits)) return false;
                value = BitConverter.Int64BitsToDouble(doubleBits);
                return true;
            case GraphBinaryTypeCode.Float:
                if (!TryReadInt32(out var floatBits)) return false;
                value = BitConverter.Int32BitsToSingle(floatBits);
                return true;
            case GraphBinaryTypeCode.List:
                if (!TryReadList(out var list)) return false;
                value = list;
                return true;
            case GraphBinaryTypeCode.Set:
                if (!TryReadList(out var members)) return false;
                value = new GremlinSet(members);
                return true;
            case GraphBinaryTypeCode.Map:
                if (!TryReadMap(out var map)) return false;
                value = map;
                return true;
            case GraphBinaryTypeCode.Uuid:
                if (!TryReadUuid(out var uuid)) return false;
                value = uuid;
                return true;
            case GraphBinaryTypeCode.Edge:
                return TryReadEdge(out value);
            case GraphBinaryTypeCode.Path:
                return TryReadPath(out value);
            case GraphBinaryTypeCode.Property:
                {
                    if (!TryReadString(out var key) || !TryReadValue(out var propertyValue) || !TryReadValue(out _)) return false;
                    value = new Property(key, propertyValue);
                    return true;
                }
            case GraphBinaryTypeCode.Vertex:
                return TryReadVertex(out value);
            case GraphBinaryTypeCode.VertexProperty:
                {
                    if (!TryReadVertexProperty(out var property)) return false;
                    value = property;
                    return true;
                }
            case GraphBinaryTypeCode.Binding:
                {
                    if (!TryReadString(out var name) || !TryReadValue(out var bound)) return false;
                    value = new Binding(name, bound);
                    return true;
                }
            case GraphBinaryTypeCode.Bytecode:
                return TryReadBytecode(out value);
            case GraphBinaryTypeCode.Barrier or GraphBinaryTypeCode.Cardinality or GraphBinaryTypeCode.Column
                or GraphBinaryTypeCode.Direction or GraphBinaryTypeCode.Operator or GraphBinaryTypeCode.Order
                or GraphBinaryTypeCode.Pick or GraphBinaryTypeCode.Pop or GraphBinaryTypeCode.Scope
                or GraphBinaryTypeCode.T or GraphBinaryTypeCode.Merge or GraphBinaryTypeCode.DT or GraphBinaryTypeCode.GType:
                return TryReadEnum(code, out value);
            case GraphBinaryTypeCode.Lambda:
                return Fail("lambdas are not supported (as in Amazon Neptune); express the function with Gremlin steps instead");
            case GraphBinaryTypeCode.P or GraphBinaryTypeCode.TextP:
                return TryReadPredicate(code == GraphBinaryTypeCode.TextP, out value);
            case GraphBinaryTypeCode.Traverser:
                {
                    if (!TryReadInt64(out var bulk) || !TryReadValue(out var item)) return false;
                    if (bulk < 0) return Fail($"a Traverser bulk must not be negative, but was {bulk}");
                    value = new Traverser(item, bulk);
                    return true;
                }
            case GraphBinaryTypeCode.BigDecimal:
                {
                    if (!TryReadInt32(out var scale) || !TryReadBigInteger(out var unscaled)) return false;
                    if (scale is < 0 or > 28 || BigInteger.Abs(unscaled) > MaxDecimalMantissa)
                        return Fail($"the BigDecimal at byte {at} (unscaled {unscaled}, scale {scale}) is outside the range this server keeps exactly (28 digits)");
                    value = (decimal)unscaled / (decimal)BigInteger.Pow(10, scale);
                    return true;
                }
            case GraphBinaryTypeCode.BigInteger:
                {
                    if (!TryReadBigInteger(out var big)) return false;
                    value = big;
                    return true;
                }
            case GraphBinaryTypeCode.Byte:
                if (!TryReadByte(out var oneByte)) return false;
                value = unchecked((sbyte)oneByte); // signed per the spec (JS reads it unsigned)
                return true;
            case GraphBinaryTypeCode.ByteBuffer:
                {
                    if (!TryReadLength(out var length) || !Need(length)) return false;
                    value = _buffer.Slice(Position, length).ToArray();
                    Position += length;
                    return true;
                }
            case GraphBinaryTypeCode.Short:
                if (!Need(2)) return false;
                value = BinaryPrimitives.ReadInt16BigEndian(_buffer[Position..]);
                Position += 2;
                return true;
            case GraphBinaryTypeCode.Boolean:
                if (!TryReadByte(out var flag)) return false;
                if (flag > 1) return Fail($"a Boolean must be 0x00 or 0x01, but was 0x{flag:x2} at byte {Position - 1}");
                value = flag == 1;
                return true;
            case GraphBinaryTypeCode.TraversalStrategy:
                {
                    if (!TryReadString(out var strategyClass) || !TryReadStringMap(out var configuration)) return false;
                    value = new TraversalStrategyValue(strategyClass, configuration);
                    return true;
                }
            case GraphBinaryTypeCode.BulkSet:
                {
                    if (!TryReadLength(out var count)) return false;
                    var expanded = new List<object?>();
                    for (var i = 0; i < count; i++)
                    {
                        if (!TryReadValue(out var item) || !TryReadInt64(out var bulk)) return false;
                        if (bulk < 0 || expanded.Count + bulk > Remaining + 1_000_000)
                            return Fail($"the BulkSet bulk {bulk} is out of range");
                        for (var b = 0L; b < bulk; b++)
                            expanded.Add(item);
                    }
                    value = expanded;
                    return true;
                }
            case GraphBinaryTypeCode.Tree:
                {
                    var tree = new Tree();
                    if (!TryReadTreeBody(tree)) return false;
                    value = tree;
                    return true;
                }
            case GraphBinaryTypeCode.Char:
                return TryReadChar(out value);
            case GraphBinaryTypeCode.Duration:
                {
                    if (!TryReadInt64(out var seconds) || !TryReadInt32(out var nanos)) return false;
                    value = TimeSpan.FromTicks(checked((seconds * TimeSpan.TicksPerSecond) + (nanos / 100)));
                    return true;
                }
            case GraphBinaryTypeCode.Instant:
                {
                    if (!TryReadInt64(out var seconds) || !TryReadInt32(out var nanos)) return false;
                    value = DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(nanos / 100);
                    return true;
                }
            case GraphBinaryTypeCode.LocalDateTime:
                {
                    if (!TryReadDateParts(out var date, 0)) return false;
                    value = date;
                    return true;
                }
            case GraphBinaryTypeCode.OffsetDateTime or GraphBinaryTypeCode.ZonedDateTime:
                {
                    if (!TryReadDateParts(out var date, 4)) return false;
                    value = date;
                    return true;
                }
            default:
                return Fail($"type code 0x{(byte)code:x2} at byte {at} is not supported by this server");
        }
    }

    private static readonly BigInteger MaxDecimalMantissa = new(decimal.MaxValue);

    private bool TryReadList(out List<object?> list)
    {
        list = [];
        if (!TryReadLength(out var count))
            return false;
        // Every item takes at least 2 bytes, so a count larger than that is a lie, not a reason to allocate.
        if (count > Remaining / 2 + 1)
            return Fail($"a collection claims {count} items but only {Remaining} bytes remain");
        list.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            if (!TryReadValue(out var item))
                return false;
            list.Add(item);
        }
        return true;
    }

    private bool TryReadMap(out GremlinMap map)
    {
        map = [];
        if (!TryReadLength(out var count))
            return false;
        if (count > Remaining / 4 + 1)
            return Fail($"a map claims {count} entries but only {Remaining} bytes remain");
        for (var i = 0; i < count; i++)
        {
            if (!TryReadValue(out var key) || !TryReadValue(out var item))
                return false;
            map[key] = item;
        }
        return true;
    }

    private bool TryReadVertex(out object? value)
    {
        value = null;
        if (!TryReadValue(out var id) || !TryReadString(out var label) || !TryReadValue(out var properties))
            return false;
        if (id is null)
            return Fail("a Vertex id must not be null");
        value = new Vertex(id, label, (properties as List<object?>)?.OfType<VertexProperty>().ToList());
        return true;
    }

    private bool TryReadVertexProperty(out VertexProperty? value)
    {
        value = null;
        if (!TryReadValue(out var id) || !TryReadString(out var key) || !TryReadValue(out var item) || !TryReadValue(out _) || !TryReadValue(out var properties))
            return false;
        value = new VertexProperty(id ?? "", key, item, null, (properties as List<object?>)?.OfType<Property>().ToList());
        return true;
    }

    private bool TryReadEdge(out object? value)
    {
        value = null;
        if (!TryReadValue(out var id) || !TryReadString(out var label)
            || !TryReadValue(out var inId) || !TryReadString(out var inLabel)
            || !TryReadValue(out var outId) || !TryReadString(out var outLabel)
            || !TryReadValue(out _) || !TryReadValue(out var properties))
            return false;
        if (id is null || inId is null || outId is null)
            return Fail("an Edge and its vertices must have non-null ids");
        value = new Edge(id, new Vertex(outId, outLabel), label, new Vertex(inId, inLabel), (properties as List<object?>)?.OfType<Property>().ToList());
        return true;
    }

    private bool TryReadPath(out object? value)
    {
        value = null;
        if (!TryReadValue(out var labels) || !TryReadValue(out var objects))
            return false;
        if (labels is not List<object?> labelList || objects is not List<object?> objectList || labelList.Count != objectList.Count)
            return Fail("a Path must hold a List of label Sets and a List of objects of the same length");
        var sets = new List<IReadOnlySet<string>>(labelList.Count);
        foreach (var entry in labelList)
            sets.Add(entry is GremlinSet set ? new HashSet<string>(set.OfType<string>()) : new HashSet<string>());
        value = new Path(sets, objectList);
        return true;
    }

    private bool TryReadBytecode(out object? value)
    {
        value = null;
        if (!TryReadInstructions(out var steps) || !TryReadInstructions(out var sources))
            return false;
        // gremlin-protocol.md §2.4: single('x')/list('x') inside mergeV maps travel as this marker bytecode.
        if (steps.Count == 0 && sources.Count == 1 && sources[0].Operator == "CardinalityValueTraversal" && sources[0].Arguments.Length == 2)
        {
            var cardinality = sources[0].Arguments[0] switch
            {
                Cardinality c => (Cardinality?)c,
                string name when Enum.TryParse<Cardinality>(name, out var parsed) => parsed,
                _ => null,
            };
            if (cardinality is null)
                return Fail("CardinalityValueTraversal needs a Cardinality (single, list or set) as its first argument");
            value = new CardinalityValue(cardinality.Value, sources[0].Arguments[1]);
            return true;
        }
        value = new Bytecode(sources, steps);
        return true;
    }

    private bool TryReadInstructions(out List<Instruction> instructions)
    {
        instructions = [];
        if (!TryReadLength(out var count))
            return false;
        for (var i = 0; i < count; i++)
        {
            if (!TryReadString(out var name) || !TryReadLength(out var argumentCount))
                return false;
            if (name.Length == 0)
                return Fail("a bytecode instruction has an empty name");
            var arguments = new object?[argumentCount];
            for (var a = 0; a < argumentCount; a++)
            {
                if (!TryReadValue(out arguments[a]))
                    return false;
            }
            instructions.Add(new Instruction(name, arguments));
        }
        return true;
    }

    private bool TryReadEnum(GraphBinaryTypeCode code, out object? value)
    {
        value = null;
        if (!TryReadValue(out var name))
            return false;
        var typeName = code == GraphBinaryTypeCode.GType ? "GType" : code.ToString();
        if (name is not string member || !GremlinEnums.TryParse(typeName, member, out var token))
            return Fail($"'{name}' is not a {typeName} value");
        value = token;
        return true;
    }

    private bool TryReadPredicate(bool text, out object? value)
    {
        value = null;
        if (!TryReadString(out var name) || !TryReadLength(out var count))
            return false;
        var arguments = new List<object?>(Math.Min(count, 64));
        for (var i = 0; i < count; i++)
        {
            if (!TryReadValue(out var argument))
                return false;
            arguments.Add(argument);
        }
        if (text || TextP.IsTextOperator(name))
        {
            value = new TextP(name, arguments.Count > 0 ? arguments[0] : null);
            return true;
        }
        switch (name)
        {
            case "and" or "or":
                if (arguments.Count != 2 || arguments[0] is not P left || arguments[1] is not P right)
                    return Fail($"P.{name} needs two predicates as arguments");
                value = new P(name, left, right);
                return true;
            case "within" or "without":
                // A single collection argument is flattened: some clients send the collection itself.
                value = new P(name, arguments is [List<object?> only] ? only : arguments);
                return true;
            case "between" or "inside" or "outside":
                if (arguments.Count != 2)
                    return Fail($"P.{name} needs two arguments, but has {arguments.Count}");
                value = new P(name, arguments);
                return true;
            default:
                if (arguments.Count != 1)
                    return Fail($"P.{name} needs one argument, but has {arguments.Count}");
                value = new P(name, arguments[0]);
                return true;
        }
    }

    private bool TryReadBigInteger(out BigInteger value)
    {
        value = default;
        if (!TryReadLength(out var length) || !Need(length))
            return false;
        value = new BigInteger(_buffer.Slice(Position, length), isUnsigned: false, isBigEndian: true);
        Position += length;
        return true;
    }

    private bool TryReadTreeBody(Tree tree)
    {
        if (!TryReadLength(out var count))
            return false;
        for (var i = 0; i < count; i++)
        {
            if (!TryReadValue(out var key))
                return false;
            if (++_depth > MaxDepth)
                return Fail($"a Tree is nested more than {MaxDepth} levels deep");
            var ok = TryReadTreeBody(tree.GetOrAdd(key));
            _depth--;
            if (!ok)
                return false;
        }
        return true;
    }

    private bool TryReadChar(out object? value)
    {
        value = null;
        if (!Need(1))
            return false;
        var lead = _buffer[Position];
        var length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
        if (!Need(length))
            return false;
        var text = Encoding.UTF8.GetString(_buffer.Slice(Position, length));
        Position += length;
        value = text.Length == 1 ? text[0] : text;
        return true;
    }

    private bool TryReadDateParts(out DateTimeOffset value, int offsetBytes)
    {
        value = default;
        if (!TryReadInt32(out var year) || !TryReadByte(out var month) || !TryReadByte(out var day) || !TryReadInt64(out var nanos))
            return false;
        var offsetSeconds = 0;
        if (offsetBytes > 0 && !TryReadInt32(out offsetSeconds))
            return false;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || nanos is < 0 or >= 86_400_000_000_000L
            || Math.Abs(offsetSeconds) > 18 * 3600)
            return Fail($"the date {year}-{month}-{day} (+{nanos} ns, offset {offsetSeconds} s) is outside the range this server supports (years 1..9999)");
        var local = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).AddTicks(nanos / 100);
        value = new DateTimeOffset(local, TimeSpan.FromSeconds(offsetSeconds)).ToUniversalTime();
        return true;
    }

    private bool TryReadFlag(out bool isNull)
    {
        isNull = false;
        if (!TryReadByte(out var flag))
            return false;
        if (flag > 1)
            return Fail($"value flag 0x{flag:x2} at byte {Position - 1} is not 0x00 (value) or 0x01 (null)");
        isNull = flag == 1;
        return true;
    }

    private bool TryReadLength(out int length)
    {
        if (!TryReadInt32(out length))
            return false;
        return length >= 0 || Fail($"length {length} at byte {Position - 4} is negative");
    }

    private bool Need(int count)
    {
        if (Status != ParseStatus.Done)
            return false;
        if (_buffer.Length - Position >= count)
            return true;
        Status = ParseStatus.NeedMoreData;
        Error = $"the message ended at byte {_buffer.Length} while {count} more bytes were expected at byte {Position}";
        return false;
    }

    private bool Fail(string error)
    {
        if (Status == ParseStatus.Done)
        {
            Status = ParseStatus.InvalidData;
            Error = error;
        }
        return false;
    }

    private static string RequestProcessorDescribe(object? value) => value is null ? "null" : value.GetType().Name;
}
