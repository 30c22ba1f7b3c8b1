using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Xml;
using GremlinQuad.Gremlin.Structure;
using Path = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Gremlin.Io;

/// <summary>
/// Writes Gremlin values as GraphSON v1 (untyped), v2 or v3 with <see cref="Utf8JsonWriter"/>
/// (gremlin-protocol.md §6). Shared by the server's message serializers and the engine's io() step.
/// </summary>
public static class GraphSonWriter
{
    private const string TypeKey = "@type";
    private const string ValueKey = "@value";

    /// <summary>Writes one value. <paramref name="tokensOnly"/> writes elements as references (id and label only).</summary>
    /// <exception cref="NotSupportedException">The value has no GraphSON form; the message names its type.</exception>
    public static void WriteValue(Utf8JsonWriter writer, object? value, GraphSonVersion version, bool tokensOnly = false)
    {
        if (version is GraphSonVersion.V1Untyped or GraphSonVersion.V3Untyped)
            WriteUntyped(writer, value, tokensOnly);
        else
            WriteTyped(writer, value, version == GraphSonVersion.V3, tokensOnly);
    }

    /// <summary>The value as a GraphSON string.</summary>
    public static string Write(object? value, GraphSonVersion version, bool tokensOnly = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            WriteValue(writer, value, version, tokensOnly);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteTyped(Utf8JsonWriter writer, object? value, bool v3, bool tokensOnly)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case int number:
                Typed(writer, "g:Int32");
                writer.WriteNumberValue(number);
                writer.WriteEndObject();
                return;
            case long number:
                Typed(writer, "g:Int64");
                writer.WriteNumberValue(number);
                writer.WriteEndObject();
                return;
            case double number:
                Typed(writer, "g:Double");
                WriteDouble(writer, number);
                writer.WriteEndObject();
                return;
            case float number:
                Typed(writer, "g:Float");
                WriteDouble(writer, number);
                writer.WriteEndObject();
                return;
            case short number:
                Typed(writer, "gx:Int16");
                writer.WriteNumberValue(number);
                writer.WriteEndObject();
                return;
            case sbyte number:
                Typed(writer, "gx:Byte");
                writer.WriteNumberValue(number);
                writer.WriteEndObject();
                return;
            case byte number:
                Typed(writer, "gx:Byte");
                writer.WriteNumberValue(number);
                writer.WriteEndObject();
                return;
            case BigInteger number:
                Typed(writer, "gx:BigInteger");
                writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                return;
            case decimal number:
                Typed(writer, "gx:BigDecimal");
                writer.WriteNumberValue(number);
                writer.WriteEndObject();
                return;
            case DateTimeOffset date:
                Typed(writer, "gx:OffsetDateTime");
                writer.WriteStringValue(FormatDate(date));
                writer.WriteEndObject();
                return;
            case DateTime date:
                Typed(writer, "gx:OffsetDateTime");
                writer.WriteStringValue(FormatDate(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc))));
                writer.WriteEndObject();
                return;
            case Guid uuid:
                Typed(writer, "g:UUID");
                writer.WriteStringValue(uuid.ToString("D"));
                writer.WriteEndObject();
                return;
            case char character:
                Typed(writer, "gx:Char");
                writer.WriteStringValue(character.ToString());
                writer.WriteEndObject();
                return;
            case TimeSpan duration:
                Typed(writer, "gx:Duration");
                writer.WriteStringValue(XmlConvert.ToString(duration));
                writer.WriteEndObject();
                return;
            case byte[] bytes:
                Typed(writer, "gx:ByteBuffer");
                writer.WriteBase64StringValue(bytes);
                writer.WriteEndObject();
                return;
            case Traverser traverser:
                Typed(writer, "g:Traverser");
                writer.WriteStartObject();
                writer.WritePropertyName("bulk");
                WriteTyped(writer, traverser.Bulk, v3, tokensOnly);
                writer.WritePropertyName("value");
                WriteTyped(writer, traverser.Value, v3, tokensOnly);
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case Vertex vertex:
                Typed(writer, "g:Vertex");
                WriteVertexBody(writer, vertex, new TypedValues(v3, tokensOnly));
                writer.WriteEndObject();
                return;
            case Edge edge:
                Typed(writer, "g:Edge");
                WriteEdgeBody(writer, edge, new TypedValues(v3, tokensOnly));
                writer.WriteEndObject();
                return;
            case VertexProperty vertexProperty:
                Typed(writer, "g:VertexProperty");
                WriteVertexPropertyBody(writer, vertexProperty, withLabel: true, new TypedValues(v3, tokensOnly));
                writer.WriteEndObject();
                return;
            case Property property:
                Typed(writer, "g:Property");
                writer.WriteStartObject();
                writer.WriteString("key", property.Key);
                writer.WritePropertyName("value");
                WriteTyped(writer, property.Value, v3, tokensOnly);
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case Path path:
                Typed(writer, "g:Path");
                writer.WriteStartObject();
                writer.WritePropertyName("labels");
                StartCollection(writer, "g:List", v3);
                foreach (var labels in path.Labels)
                {
                    StartCollection(writer, "g:Set", v3);
                    foreach (var label in labels)
                        writer.WriteStringValue(label);
                    EndCollection(writer, v3);
                }
                EndCollection(writer, v3);
                writer.WritePropertyName("objects");
                StartCollection(writer, "g:List", v3);
                foreach (var item in path.Objects)
                    WriteTyped(writer, item, v3, tokensOnly);
                EndCollection(writer, v3);
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case Tree tree:
                Typed(writer, "g:Tree");
                WriteTreeEntries(writer, tree, v3, tokensOnly);
                writer.WriteEndObject();
                return;
            case Enum token when GremlinEnums.TypeNameOf(token) is { } typeName:
                Typed(writer, "g:" + typeName);
                writer.WriteStringValue(token.ToString());
                writer.WriteEndObject();
                return;
            case P predicate:
                Typed(writer, predicate is TextP ? "g:TextP" : "g:P");
                writer.WriteStartObject();
                writer.WriteString("predicate", predicate.Operator);
                writer.WritePropertyName("value");
                if (predicate.Operator is "and" or "or")
                {
                    writer.WriteStartArray();
                    WriteTyped(writer, predicate.Value, v3, tokensOnly);
                    WriteTyped(writer, predicate.Other, v3, tokensOnly);
                    writer.WriteEndArray();
                }
                else
                {
                    WriteTyped(writer, predicate.Value, v3, tokensOnly);
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case Bytecode bytecode:
                Typed(writer, "g:Bytecode");
                WriteBytecodeBody(writer, bytecode, v3, tokensOnly);
                writer.WriteEndObject();
                return;
            case CardinalityValue cardinalityValue:
                Typed(writer, "g:Bytecode");
                WriteBytecodeBody(writer, new Bytecode().AddSource("CardinalityValueTraversal", cardinalityValue.Cardinality, cardinalityValue.Value), v3, tokensOnly);
                writer.WriteEndObject();
                return;
            case Binding binding:
                Typed(writer, "g:Binding");
                writer.WriteStartObject();
                writer.WriteString("key", binding.Key);
                writer.WritePropertyName("value");
                WriteTyped(writer, binding.Value, v3, tokensOnly);
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case TraversalStrategyValue strategy:
                Typed(writer, "g:" + strategy.Name);
                writer.WriteStartObject();
                writer.WriteString("fqcn", strategy.Name);
                writer.WritePropertyName("conf");
                writer.WriteStartObject();
                foreach (var (key, setting) in strategy.Configuration)
                {
                    writer.WritePropertyName(key);
                    WriteTyped(writer, setting, v3, tokensOnly);
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            case KeyValuePair<object?, object?> entry:
                WriteTypedMap(writer, [entry], v3, tokensOnly);
                return;
            case IReadOnlySet<object?> or ISet<object?>:
                StartCollection(writer, "g:Set", v3);
                foreach (var item in (IEnumerable)value)
                    WriteTyped(writer, item, v3, tokensOnly);
                EndCollection(writer, v3);
                return;
            case IEnumerable<KeyValuePair<object?, object?>> or IDictionary or IReadOnlyDictionary<string, object?>:
                WriteTypedMap(writer, Entries(value), v3, tokensOnly);
                return;
            case IEnumerable items:
                StartCollection(writer, "g:List", v3);
                foreach (var item in items)
                    WriteTyped(writer, item, v3, tokensOnly);
                EndCollection(writer, v3);
                return;
            default:
                throw new NotSupportedException($"GraphSON has no type for a {value.GetType().FullName} value ({value}).");
        }
    }

    private static void WriteTypedMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<object?, object?>> entries, bool v3, bool tokensOnly)
    {
        if (v3)
        {
            // g:Map is a flat [k1, v1, k2, v2, ...] array, so keys keep their types (T.label, numbers, elements).
            Typed(writer, "g:Map");
            writer.WriteStartArray();
            foreach (var (key, item) in entries)
            {
                WriteTyped(writer, key, v3, tokensOnly);
                WriteTyped(writer, item, v3, tokensOnly);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            return;
        }
        writer.WriteStartObject();
        foreach (var (key, item) in entries)
        {
            writer.WritePropertyName(KeyString(key));
            WriteTyped(writer, item, v3, tokensOnly);
        }
        writer.WriteEndObject();
    }

    private static void WriteBytecodeBody(Utf8JsonWriter writer, Bytecode bytecode, bool v3, bool tokensOnly)
    {
        writer.WriteStartObject();
        if (bytecode.SourceInstructions.Count > 0)
        {
            writer.WritePropertyName("source");
            WriteInstructions(writer, bytecode.SourceInstructions, v3, tokensOnly);
        }
        if (bytecode.StepInstructions.Count > 0)
        {
            writer.WritePropertyName("step");
            WriteInstructions(writer, bytecode.StepInstructions, v3, tokensOnly);
        }
        writer.WriteEndObject();
    }

    private static void WriteInstructions(Utf8JsonWriter writer, List<Instruction> instructions, bool v3, bool tokensOnly)
    {
        writer.WriteStartArray();
        foreach (var instruction in instructions)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(instruction.Operator);
            foreach (var argument in instruction.Arguments)
                WriteTyped(writer, argument, v3, tokensOnly);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }

    private static void WriteTreeEntries(Utf8JsonWriter writer, Tree tree, bool v3, bool tokensOnly)
    {
        writer.WriteStartArray();
        foreach (var (key, subtree) in tree)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("key");
            WriteTyped(writer, key, v3, tokensOnly);
            writer.WritePropertyName("value");
            Typed(writer, "g:Tree");
            WriteTreeEntries(writer, subtree, v3, tokensOnly);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteUntyped(Utf8JsonWriter writer, object? value, bool tokensOnly)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case int or long or short or sbyte or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case double number:
                WriteDouble(writer, number);
                return;
            case float number:
                WriteDouble(writer, number);
                return;
            case decimal number:
                writer.WriteNumberValue(number);
                return;
            case BigInteger number:
                writer.WriteRawValue(number.ToString(CultureInfo.InvariantCulture));
                return;
            case DateTimeOffset date:
                writer.WriteStringValue(FormatDate(date));
                return;
            case DateTime date:
                writer.WriteStringValue(FormatDate(new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc))));
                return;
            case Guid uuid:
                writer.WriteStringValue(uuid.ToString("D"));
                return;
            case char character:
                writer.WriteStringValue(character.ToString());
                return;
            case TimeSpan duration:
                writer.WriteStringValue(XmlConvert.ToString(duration));
                return;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                return;
            case Traverser traverser:
                writer.WriteStartObject();
                writer.WriteNumber("bulk", traverser.Bulk);
                writer.WritePropertyName("value");
                WriteUntyped(writer, traverser.Value, tokensOnly);
                writer.WriteEndObject();
                return;
            case Vertex vertex:
                WriteVertexBody(writer, vertex, new UntypedValues(tokensOnly));
                return;
            case Edge edge:
                WriteEdgeBody(writer, edge, new UntypedValues(tokensOnly));
                return;
            case VertexProperty vertexProperty:
                WriteVertexPropertyBody(writer, vertexProperty, withLabel: true, new UntypedValues(tokensOnly));
                return;
            case Property property:
                writer.WriteStartObject();
                writer.WriteString("key", property.Key);
                writer.WritePropertyName("value");
                WriteUntyped(writer, property.Value, tokensOnly);
                writer.WriteEndObject();
                return;
            case Path path:
                writer.WriteStartObject();
                writer.WritePropertyName("labels");
                writer.WriteStartArray();
                foreach (var labels in path.Labels)
                {
                    writer.WriteStartArray();
                    foreach (var label in labels)
                        writer.WriteStringValue(label);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                writer.WritePropertyName("objects");
                writer.WriteStartArray();
                foreach (var item in path.Objects)
                    WriteUntyped(writer, item, tokensOnly);
                writer.WriteEndArray();
                writer.WriteEndObject();
                return;
            case Tree tree:
                writer.WriteStartArray();
                foreach (var (key, subtree) in tree)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("key");
                    WriteUntyped(writer, key, tokensOnly);
                    writer.WritePropertyName("value");
                    WriteUntyped(writer, subtree, tokensOnly);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                return;
            case Enum token:
                writer.WriteStringValue(token.ToString());
                return;
            case KeyValuePair<object?, object?> entry:
                writer.WriteStartObject();
                writer.WritePropertyName(KeyString(entry.Key));
                WriteUntyped(writer, entry.Value, tokensOnly);
                writer.WriteEndObject();
                return;
            case IEnumerable<KeyValuePair<object?, object?>> or IDictionary or IReadOnlyDictionary<string, object?>:
                writer.WriteStartObject();
                foreach (var (key, item) in Entries(value))
                {
                    writer.WritePropertyName(KeyString(key));
                    WriteUntyped(writer, item, tokensOnly);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                    WriteUntyped(writer, item, tokensOnly);
                writer.WriteEndArray();
                return;
            default:
                writer.WriteStringValue(value.ToString());
                return;
        }
    }

    /// <summary>
    /// How a dialect writes the values inside an element body. A struct type argument, so the element
    /// writers below are specialised per dialect and call it without a delegate or boxing.
    /// </summary>
    private interface IValueDialect
    {
        /// <summary>False for GraphSON 1.0 and <c>;types=false</c>: elements then carry <c>"type"</c> instead of <c>@type</c>.</summary>
        bool Typed { get; }

        bool V3 { get; }

        bool TokensOnly { get; }

        void Write(Utf8JsonWriter writer, object? value);
    }

    private readonly struct TypedValues(bool v3, bool tokensOnly) : IValueDialect
    {
        public bool Typed => true;

        public bool V3 => v3;

        public bool TokensOnly => tokensOnly;

        public void Write(Utf8JsonWriter writer, object? value) => WriteTyped(writer, value, v3, tokensOnly);
    }

    private readonly struct UntypedValues(bool tokensOnly) : IValueDialect
    {
        public bool Typed => false;

        public bool V3 => false;

        public bool TokensOnly => tokensOnly;

        public void Write(Utf8JsonWriter writer, object? value) => WriteUntyped(writer, value, tokensOnly);
    }

    /// <summary>Opens an element body: id and label, and for untyped dialects the element kind.</summary>
    private static void WriteElementHead<TValues>(Utf8JsonWriter writer, Element element, string kind, TValues values)
        where TValues : struct, IValueDialect
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        values.Write(writer, element.Id);
        writer.WriteString("label", element.Label);
        if (!values.Typed)
            writer.WriteString("type", kind);
    }

    /// <summary>The object inside <c>g:Vertex</c>, or the whole untyped vertex (gremlin-protocol.md §6.2, §6.4).</summary>
    private static void WriteVertexBody<TValues>(Utf8JsonWriter writer, Vertex vertex, TValues values)
        where TValues : struct, IValueDialect
    {
        WriteElementHead(writer, vertex, "vertex", values);
        if (!values.TokensOnly && vertex.Properties is { Count: > 0 } properties)
        {
            // properties is omitted, not {}, when there are none (gremlin-protocol.md §6.2).
            writer.WritePropertyName("properties");
            writer.WriteStartObject();
            foreach (var group in properties.GroupBy(p => p.Key))
            {
                writer.WritePropertyName(group.Key);
                writer.WriteStartArray();
                foreach (var property in group)
                {
                    // Typed: each a full g:VertexProperty. Untyped: the body without its label (the key says it).
                    if (values.Typed)
                        values.Write(writer, property);
                    else
                        WriteVertexPropertyBody(writer, property, withLabel: false, values);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>The object inside <c>g:Edge</c>, or the whole untyped edge.</summary>
    private static void WriteEdgeBody<TValues>(Utf8JsonWriter writer, Edge edge, TValues values)
        where TValues : struct, IValueDialect
    {
        WriteElementHead(writer, edge, "edge", values);
        writer.WriteString("inVLabel", edge.InV.Label);
        writer.WriteString("outVLabel", edge.OutV.Label);
        writer.WritePropertyName("inV");
        values.Write(writer, edge.InV.Id);
        writer.WritePropertyName("outV");
        values.Write(writer, edge.OutV.Id);
        if (!values.TokensOnly && edge.Properties is { Count: > 0 } edgeProperties)
        {
            writer.WritePropertyName("properties");
            writer.WriteStartObject();
            foreach (var property in edgeProperties)
            {
                writer.WritePropertyName(property.Key);
                // v3 wraps each edge property in g:Property; v2 and untyped write the plain value (§6.3).
                values.Write(writer, values.V3 ? property : property.Value);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>The object inside <c>g:VertexProperty</c>, or the whole untyped vertex property.</summary>
    private static void WriteVertexPropertyBody<TValues>(Utf8JsonWriter writer, VertexProperty property, bool withLabel, TValues values)
        where TValues : struct, IValueDialect
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        values.Write(writer, property.Id);
        writer.WritePropertyName("value");
        values.Write(writer, property.Value);
        if (withLabel)
            writer.WriteString("label", property.Key);
        if (!values.TokensOnly && property.Properties is { Count: > 0 } meta)
        {
            writer.WritePropertyName("properties");
            writer.WriteStartObject();
            foreach (var item in meta)
            {
                writer.WritePropertyName(item.Key);
                values.Write(writer, item.Value);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void Typed(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeKey, type);
        writer.WritePropertyName(ValueKey);
    }

    private static void StartCollection(Utf8JsonWriter writer, string type, bool v3)
    {
        if (v3)
            Typed(writer, type);
        writer.WriteStartArray();
    }

    private static void EndCollection(Utf8JsonWriter writer, bool v3)
    {
        writer.WriteEndArray();
        if (v3)
            writer.WriteEndObject();
    }

    private static void WriteDouble(Utf8JsonWriter writer, double number)
    {
        if (double.IsNaN(number))
            writer.WriteStringValue("NaN");
        else if (double.IsPositiveInfinity(number))
            writer.WriteStringValue("Infinity");
        else if (double.IsNegativeInfinity(number))
            writer.WriteStringValue("-Infinity");
        else
            writer.WriteNumberValue(number);
    }

    /// <summary>ISO-8601 in UTC with a trailing Z, millisecond precision or better.</summary>
    public static string FormatDate(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + "Z";

    /// <summary>JSON object keys are strings: elements become their id, tokens their name (v2 and untyped maps).</summary>
    private static string KeyString(object? key) => key switch
    {
        null => "null",
        string text => text,
        Element element => KeyString(element.Id),
        Enum token => token.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString() ?? "",
    };

    private static IEnumerable<KeyValuePair<object?, object?>> Entries(object map)
    {
        switch (map)
        {
            case IEnumerable<KeyValuePair<object?, object?>> pairs:
                return pairs;
            case IReadOnlyDictionary<string, object?> stringMap:
                return stringMap.Select(entry => new KeyValuePair<object?, object?>(entry.Key, entry.Value));
            default:
                var list = new List<KeyValuePair<object?, object?>>();
                foreach (DictionaryEntry entry in (IDictionary)map)
                    list.Add(new(entry.Key, entry.Value));
                return list;
        }
    }
}
