using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Xml;
using GremlinQuad.Gremlin.Structure;
using Path = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Gremlin.Io;

/// <summary>
/// Reads GraphSON v1/v2/v3 values into the Gremlin object model (gremlin-protocol.md §6). Lenient the
/// way clients need (§2.7): plain JSON numbers, objects and arrays are accepted anywhere a typed value
/// could be, <c>g:Int64</c> may be a string, and <c>P</c> values may be raw arrays.
/// </summary>
public static class GraphSonReader
{
    private const int MaxDepth = 64;

    /// <summary>Reads one value. Throws <see cref="FormatException"/> naming the offending type or value.</summary>
    /// <param name="element">The JSON value.</param>
    /// <param name="integralAsLong">Plain JSON integers become Int64 (Gremlin Server's HTTP bindings) instead of Int32 when they fit.</param>
    public static object? ReadValue(JsonElement element, bool integralAsLong = false) => Read(element, integralAsLong, 0);

    /// <summary>Reads one value from JSON text.</summary>
    public static object? ReadValue(string json, bool integralAsLong = false)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, integralAsLong, 0);
    }

    private static object? Read(JsonElement element, bool integralAsLong, int depth)
    {
        if (depth > MaxDepth)
            throw new FormatException($"GraphSON values are nested more than {MaxDepth} levels deep.");
        switch (element.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return PlainNumber(element, integralAsLong);
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                    list.Add(Read(item, integralAsLong, depth + 1));
                return list;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String)
                {
                    element.TryGetProperty("@value", out var value);
                    return ReadTyped(type.GetString()!, value, integralAsLong, depth + 1);
                }
                var map = new GremlinMap();
                foreach (var property in element.EnumerateObject())
                    map[property.Name] = Read(property.Value, integralAsLong, depth + 1);
                return map;
            default:
                throw new FormatException($"Unexpected JSON token {element.ValueKind}.");
        }
    }

    private static object PlainNumber(JsonElement element, bool integralAsLong)
    {
        if (!integralAsLong && element.TryGetInt32(out var int32))
            return int32;
        if (element.TryGetInt64(out var int64))
            return int64;
        var raw = element.GetRawText();
        if (!raw.Contains('.', StringComparison.Ordinal) && !raw.Contains('e', StringComparison.OrdinalIgnoreCase)
            && BigInteger.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big))
            return big;
        return element.GetDouble();
    }

    private static object? ReadTyped(string type, JsonElement value, bool integralAsLong, int depth)
    {
        switch (type)
        {
            case "g:Int32":
                return checked((int)Integral(value, type));
            case "g:Int64":
                return Integral(value, type);
            case "gx:Int16":
                return checked((short)Integral(value, type));
            case "gx:Byte":
                return unchecked((sbyte)Integral(value, type));
            case "g:Double":
                return Floating(value, type);
            case "g:Float":
                return (float)Floating(value, type);
            case "gx:BigInteger":
                return BigInteger.Parse(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(), CultureInfo.InvariantCulture);
            case "gx:BigDecimal":
                return decimal.Parse(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
            case "g:UUID":
                return Guid.Parse(Text(value, type));
            case "g:Date" or "g:Timestamp":
                return DateTimeOffset.FromUnixTimeMilliseconds(Integral(value, type));
            case "gx:OffsetDateTime" or "gx:ZonedDateTime" or "gx:Instant" or "gx:LocalDateTime":
                return ParseDate(Text(value, type));
            case "gx:Char":
                var text = Text(value, type);
                return text.Length == 1 ? text[0] : text;
            case "gx:Duration":
                return XmlConvert.ToTimeSpan(Text(value, type));
            case "gx:ByteBuffer":
                return Convert.FromBase64String(Text(value, type));
            case "g:List":
                return ReadList(value, integralAsLong, depth);
            case "g:Set":
                return new GremlinSet(ReadList(value, integralAsLong, depth));
            case "g:BulkSet":
                {
                    var flat = ReadList(value, integralAsLong, depth);
                    var expanded = new List<object?>();
                    for (var i = 0; i + 1 < flat.Count; i += 2)
                    {
                        var bulk = Convert.ToInt64(flat[i + 1], CultureInfo.InvariantCulture);
                        for (var b = 0L; b < bulk; b++)
                            expanded.Add(flat[i]);
                    }
                    return expanded;
                }
            case "g:Map":
                {
                    if (value.ValueKind == JsonValueKind.Object)
                        return Read(value, integralAsLong, depth);
                    var flat = ReadList(value, integralAsLong, depth);
                    if (flat.Count % 2 != 0)
                        throw new FormatException("A g:Map @value must be a flat array of key, value pairs, but it has an odd length.");
                    var map = new GremlinMap();
                    for (var i = 0; i < flat.Count; i += 2)
                        map[flat[i]] = flat[i + 1];
                    return map;
                }
            case "g:Class":
                return new TraversalStrategyValue(Text(value, type));
            case "g:Traverser":
                {
                    var bulk = value.TryGetProperty("bulk", out var bulkElement) ? Convert.ToInt64(Read(bulkElement, integralAsLong, depth), CultureInfo.InvariantCulture) : 1;
                    return new Traverser(Field(value, "value", integralAsLong, depth), bulk);
                }
            case "g:Vertex":
                return ReadVertex(value, integralAsLong, depth);
            case "g:Edge":
                return ReadEdge(value, integralAsLong, depth);
            case "g:VertexProperty":
                return ReadVertexProperty(value, null, integralAsLong, depth);
            case "g:Property":
                return new Property(Text(Required(value, "key", type), type), Field(value, "value", integralAsLong, depth));
            case "g:Path":
                {
                    var labels = Field(value, "labels", integralAsLong, depth) as List<object?> ?? [];
                    var objects = Field(value, "objects", integralAsLong, depth) as List<object?> ?? [];
                    var sets = labels.Select(l => (IReadOnlySet<string>)new HashSet<string>(l is IEnumerable<object?> items ? items.OfType<string>() : [])).ToList();
                    return new Path(sets, objects);
                }
            case "g:Tree":
                {
                    var tree = new Tree();
                    ReadTree(tree, value, integralAsLong, depth);
                    return tree;
                }
            case "g:Bytecode":
                return ReadBytecode(value, integralAsLong, depth);
            case "g:Binding":
                return new Binding(Text(Required(value, "key", type), type), Field(value, "value", integralAsLong, depth));
            case "g:Lambda":
                throw new FormatException("Lambdas are not supported (as in Amazon Neptune); express the function with Gremlin steps instead.");
            case "g:P" or "g:TextP":
                return ReadPredicate(value, type == "g:TextP", integralAsLong, depth);
            default:
                if (type.StartsWith("g:", StringComparison.Ordinal))
                {
                    var name = type[2..];
                    if (GremlinEnums.Types.ContainsKey(name))
                    {
                        var member = Text(value, type);
                        return GremlinEnums.TryParse(name, member, out var token)
                            ? token
                            : throw new FormatException($"'{member}' is not a {name} value.");
                    }
                    if (value.ValueKind == JsonValueKind.Object && (name.EndsWith("Strategy", StringComparison.Ordinal) || value.TryGetProperty("fqcn", out _)))
                        return ReadStrategy(name, value, integralAsLong, depth);
                }
                throw new FormatException($"GraphSON type '{type}' is not supported by this server.");
        }
    }

    private static List<object?> ReadList(JsonElement value, bool integralAsLong, int depth)
    {
        if (value.ValueKind != JsonValueKind.Array)
            throw new FormatException($"Expected a JSON array, but found {value.ValueKind}.");
        var list = new List<object?>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
            list.Add(Read(item, integralAsLong, depth + 1));
        return list;
    }

    private static Vertex ReadVertex(JsonElement value, bool integralAsLong, int depth)
    {
        var id = Field(value, "id", integralAsLong, depth) ?? throw new FormatException("A g:Vertex needs an id.");
        var label = value.TryGetProperty("label", out var labelElement) ? labelElement.GetString() ?? Vertex.DefaultLabel : Vertex.DefaultLabel;
        List<VertexProperty>? properties = null;
        if (value.TryGetProperty("properties", out var propertiesElement) && propertiesElement.ValueKind == JsonValueKind.Object)
        {
            properties = [];
            foreach (var group in propertiesElement.EnumerateObject())
            {
                foreach (var item in group.Value.EnumerateArray())
                {
                    var inner = item.TryGetProperty("@value", out var typedValue) ? typedValue : item;
                    properties.Add(ReadVertexProperty(inner, group.Name, integralAsLong, depth));
                }
            }
        }
        return new Vertex(id, label, properties);
    }

    private static VertexProperty ReadVertexProperty(JsonElement value, string? key, bool integralAsLong, int depth)
    {
        var id = Field(value, "id", integralAsLong, depth) ?? "";
        var label = value.TryGetProperty("label", out var labelElement) ? labelElement.GetString() ?? key ?? "" : key ?? "";
        List<Property>? meta = null;
        if (value.TryGetProperty("properties", out var metaElement) && metaElement.ValueKind == JsonValueKind.Object)
        {
            meta = [];
            foreach (var property in metaElement.EnumerateObject())
                meta.Add(new Property(property.Name, Read(property.Value, integralAsLong, depth + 1)));
        }
        return new VertexProperty(id, label, Field(value, "value", integralAsLong, depth), null, meta);
    }

    private static Edge ReadEdge(JsonElement value, bool integralAsLong, int depth)
    {
        var id = Field(value, "id", integralAsLong, depth) ?? throw new FormatException("A g:Edge needs an id.");
        var label = value.TryGetProperty("label", out var labelElement) ? labelElement.GetString() ?? Edge.DefaultLabel : Edge.DefaultLabel;
        var inV = new Vertex(Field(value, "inV", integralAsLong, depth) ?? throw new FormatException("A g:Edge needs inV."),
            value.TryGetProperty("inVLabel", out var inLabel) ? inLabel.GetString() ?? Vertex.DefaultLabel : Vertex.DefaultLabel);
        var outV = new Vertex(Field(value, "outV", integralAsLong, depth) ?? throw new FormatException("A g:Edge needs outV."),
            value.TryGetProperty("outVLabel", out var outLabel) ? outLabel.GetString() ?? Vertex.DefaultLabel : Vertex.DefaultLabel);
        List<Property>? properties = null;
        if (value.TryGetProperty("properties", out var propertiesElement) && propertiesElement.ValueKind == JsonValueKind.Object)
        {
            properties = [];
            foreach (var property in propertiesElement.EnumerateObject())
            {
                var item = Read(property.Value, integralAsLong, depth + 1);
                properties.Add(item as Property ?? new Property(property.Name, item));
            }
        }
        return new Edge(id, outV, label, inV, properties);
    }

    private static void ReadTree(Tree tree, JsonElement value, bool integralAsLong, int depth)
    {
        if (depth > MaxDepth)
            throw new FormatException($"A g:Tree is nested more than {MaxDepth} levels deep.");
        if (value.ValueKind != JsonValueKind.Array)
            throw new FormatException("A g:Tree @value must be an array of {key, value} objects.");
        foreach (var entry in value.EnumerateArray())
        {
            var key = Field(entry, "key", integralAsLong, depth);
            var child = tree.GetOrAdd(key);
            if (entry.TryGetProperty("value", out var subtree))
                ReadTree(child, subtree.TryGetProperty("@value", out var inner) ? inner : subtree, integralAsLong, depth + 1);
        }
    }

    private static object ReadBytecode(JsonElement value, bool integralAsLong, int depth)
    {
        var sources = Instructions(value, "source", integralAsLong, depth);
        var steps = Instructions(value, "step", integralAsLong, depth);
        // single('x')/list('x') inside mergeV maps travel as this marker (gremlin-protocol.md §2.4).
        if (steps.Count == 0 && sources is [{ Operator: "CardinalityValueTraversal", Arguments.Length: 2 } marker])
        {
            var cardinality = marker.Arguments[0] switch
            {
                Cardinality c => c,
                string name when Enum.TryParse<Cardinality>(name, out var parsed) => parsed,
                _ => throw new FormatException("CardinalityValueTraversal needs a Cardinality (single, list or set) as its first argument."),
            };
            return new CardinalityValue(cardinality, marker.Arguments[1]);
        }
        return new Bytecode(sources, steps);
    }

    private static List<Instruction> Instructions(JsonElement value, string name, bool integralAsLong, int depth)
    {
        var instructions = new List<Instruction>();
        if (!value.TryGetProperty(name, out var array))
            return instructions;
        foreach (var instruction in array.EnumerateArray())
        {
            var parts = instruction.EnumerateArray().ToList();
            if (parts.Count == 0 || parts[0].ValueKind != JsonValueKind.String || parts[0].GetString()!.Length == 0)
                throw new FormatException($"Each g:Bytecode {name} instruction must be an array starting with its name.");
            var arguments = new object?[parts.Count - 1];
            for (var i = 1; i < parts.Count; i++)
                arguments[i - 1] = Read(parts[i], integralAsLong, depth + 1);
            instructions.Add(new Instruction(parts[0].GetString()!, arguments));
        }
        return instructions;
    }

    private static P ReadPredicate(JsonElement value, bool text, bool integralAsLong, int depth)
    {
        var name = value.TryGetProperty("predicate", out var predicate) ? predicate.GetString() : null;
        if (string.IsNullOrEmpty(name))
            throw new FormatException("A g:P needs a 'predicate' name.");
        var argument = Field(value, "value", integralAsLong, depth);
        if (text || TextP.IsTextOperator(name))
            return new TextP(name, argument);
        switch (name)
        {
            case "and" or "or":
                if (argument is not List<object?> { Count: 2 } pair || pair[0] is not P left || pair[1] is not P right)
                    throw new FormatException($"P.{name} needs an array of two predicates as its value.");
                return new P(name, left, right);
            case "not":
                return new P(name, argument);
            case "within" or "without" or "between" or "inside" or "outside":
                return new P(name, argument as List<object?> ?? (argument is IEnumerable<object?> items ? items.ToList() : [argument]));
            default:
                return new P(name, argument);
        }
    }

    private static TraversalStrategyValue ReadStrategy(string name, JsonElement value, bool integralAsLong, int depth)
    {
        var className = value.TryGetProperty("fqcn", out var fqcn) && fqcn.ValueKind == JsonValueKind.String ? fqcn.GetString()! : name;
        var configuration = new Dictionary<string, object?>(StringComparer.Ordinal);
        var conf = value.TryGetProperty("conf", out var confElement) ? Read(confElement, integralAsLong, depth + 1) : null;
        if (conf is IEnumerable<KeyValuePair<object?, object?>> entries)
        {
            foreach (var (key, setting) in entries)
                configuration[key?.ToString() ?? ""] = setting;
        }
        return new TraversalStrategyValue(className, configuration);
    }

    private static object? Field(JsonElement value, string name, bool integralAsLong, int depth) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var field) ? Read(field, integralAsLong, depth + 1) : null;

    private static JsonElement Required(JsonElement value, string name, string type) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var field)
            ? field
            : throw new FormatException($"A {type} needs a '{name}' field.");

    private static string Text(JsonElement value, string type) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"A {type} @value must be a string, but was {value.ValueKind}.");

    /// <summary>JS sends g:Int64 as a string when it comes from toLong() (gremlin-protocol.md §2.7).</summary>
    private static long Integral(JsonElement value, string type)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
            return number;
        if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            return number;
        throw new FormatException($"A {type} @value must be an integer, but was {value.GetRawText()}.");
    }

    private static double Floating(JsonElement value, string type)
    {
        if (value.ValueKind == JsonValueKind.Number)
            return value.GetDouble();
        return value.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new FormatException($"A {type} @value must be a number, NaN, Infinity or -Infinity, but was {value.GetRawText()}."),
        };
    }

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
