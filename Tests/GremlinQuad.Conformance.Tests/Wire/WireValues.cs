using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinPath = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Conformance.Tests.Wire;

/// <summary>
/// The typed JSON that crosses stdin/stdout of js/wire-runner.js. Strings, booleans and null are themselves;
/// every other value is an object <c>{"t": kind, …}</c>: number (<c>v</c>: a JSON number, or "NaN",
/// "Infinity", "-Infinity", "-0"), bigint and date (<c>v</c>: text), list and set (<c>items</c>), map
/// (<c>entries</c>: [key, value] pairs), enum (<c>type</c>, <c>value</c>), vertex (<c>id</c>, <c>label</c>),
/// edge (also <c>outV</c>, <c>inV</c>), vertexproperty (<c>id</c>, <c>key</c>, <c>value</c>), property
/// (<c>key</c>, <c>value</c>), path (<c>labels</c>, <c>objects</c>), bytes (base64 <c>v</c>) and raw (a value
/// of a GraphSON type the client has no reader for, as <c>json</c>). Encoding writes what the client should
/// send as a binding; decoding rebuilds, in the Gremlin object model, exactly what the client decoded.
/// </summary>
public static class WireValues
{
    private static readonly Dictionary<string, Type> TokenTypes = new[]
    {
        typeof(T), typeof(Direction), typeof(Merge), typeof(Order), typeof(Column), typeof(Pop), typeof(Scope),
        typeof(GremlinQuad.Gremlin.Barrier), typeof(Cardinality), typeof(Operator), typeof(Pick), typeof(DT), typeof(GType),
    }.ToDictionary(type => type.Name, StringComparer.Ordinal);

    /// <summary>Writes a binding. Numbers go as JS numbers, as TinkerPop's JavaScript runner binds them.</summary>
    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                return;
            case string s:
                json.WriteStringValue(s);
                return;
            case bool b:
                json.WriteBooleanValue(b);
                return;
            case BigInteger big:
                WriteScalar(json, "bigint", big.ToString(CultureInfo.InvariantCulture));
                return;
            case sbyte or byte or short or int or long or decimal or float or double:
                WriteNumber(json, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                return;
            case Guid uuid:
                // The client cannot send a UUID it did not receive: it has no JS type for one, only strings.
                json.WriteStringValue(uuid.ToString());
                return;
            case DateTimeOffset date:
                WriteScalar(json, "date", date.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                return;
            case Enum token:
                json.WriteStartObject();
                json.WriteString("t", "enum");
                json.WriteString("type", token.GetType().Name);
                json.WriteString("value", token.ToString());
                json.WriteEndObject();
                return;
            case Vertex vertex:
                json.WriteStartObject();
                json.WriteString("t", "vertex");
                WriteVertexBody(json, vertex);
                json.WriteEndObject();
                return;
            case Edge edge:
                json.WriteStartObject();
                json.WriteString("t", "edge");
                json.WritePropertyName("id");
                Write(json, edge.Id);
                json.WriteString("label", edge.Label);
                json.WritePropertyName("outV");
                Write(json, edge.OutV);
                json.WritePropertyName("inV");
                Write(json, edge.InV);
                json.WriteEndObject();
                return;
            case VertexProperty property:
                json.WriteStartObject();
                json.WriteString("t", "vertexproperty");
                json.WritePropertyName("id");
                Write(json, property.Id);
                json.WriteString("key", property.Key);
                json.WritePropertyName("value");
                Write(json, property.Value);
                json.WriteEndObject();
                return;
            case Property property:
                json.WriteStartObject();
                json.WriteString("t", "property");
                json.WriteString("key", property.Key);
                json.WritePropertyName("value");
                Write(json, property.Value);
                json.WriteEndObject();
                return;
            case GremlinPath path:
                json.WriteStartObject();
                json.WriteString("t", "path");
                json.WritePropertyName("labels");
                json.WriteStartArray();
                foreach (var labels in path.Labels)
                {
                    json.WriteStartArray();
                    foreach (var label in labels)
                        json.WriteStringValue(label);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                WriteItems(json, "objects", path.Objects);
                json.WriteEndObject();
                return;
        }

        if (value is IDictionary or GremlinMap or IEnumerable<KeyValuePair<object?, object?>>)
        {
            json.WriteStartObject();
            json.WriteString("t", "map");
            json.WritePropertyName("entries");
            json.WriteStartArray();
            foreach (var (key, item) in Entries(value))
            {
                json.WriteStartArray();
                Write(json, key);
                Write(json, item);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return;
        }

        if (value is IEnumerable items)
        {
            json.WriteStartObject();
            json.WriteString("t", value is GremlinSet or ISet<object?> or IReadOnlySet<object?> ? "set" : "list");
            WriteItems(json, "items", items.Cast<object?>());
            json.WriteEndObject();
            return;
        }

        throw new NotSupportedException($"a {value.GetType().Name} cannot be sent through the JavaScript client as a binding.");
    }

    /// <summary>Rebuilds what the client decoded as the Gremlin object model's .NET values.</summary>
    public static object? Read(JsonElement json)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return json.GetString();
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Object:
                break;
            default:
                throw new FormatException($"unexpected {json.ValueKind} in the JavaScript runner's output: {json.GetRawText()}");
        }

        var kind = json.GetProperty("t").GetString();
        return kind switch
        {
            "number" => ReadNumber(json.GetProperty("v")),
            "bigint" => BigInteger.Parse(json.GetProperty("v").GetString()!, CultureInfo.InvariantCulture),
            "date" => DateTimeOffset.Parse(json.GetProperty("v").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            "list" => ReadItems(json.GetProperty("items")),
            "set" => new GremlinSet(ReadItems(json.GetProperty("items"))),
            "map" => ReadMap(json.GetProperty("entries")),
            "enum" => ReadToken(json.GetProperty("type").GetString()!, json.GetProperty("value").GetString()!),
            "vertex" => ReadVertex(json),
            "edge" => new Edge(
                Read(json.GetProperty("id"))!,
                ReadVertex(json.GetProperty("outV")),
                json.GetProperty("label").GetString()!,
                ReadVertex(json.GetProperty("inV"))),
            "vertexproperty" => new VertexProperty(Read(json.GetProperty("id"))!, json.GetProperty("key").GetString()!, Read(json.GetProperty("value"))),
            "property" => new Property(json.GetProperty("key").GetString()!, Read(json.GetProperty("value"))),
            "path" => new GremlinPath(
                [.. json.GetProperty("labels").EnumerateArray().Select(l => (IReadOnlySet<string>)l.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal))],
                ReadItems(json.GetProperty("objects"))),
            "bytes" => Convert.FromBase64String(json.GetProperty("v").GetString()!),
            "raw" => new UndecodedValue(json.GetProperty("name").GetString()!, json.GetProperty("json").GetString()!),
            _ => throw new FormatException($"unknown kind '{kind}' in the JavaScript runner's output: {json.GetRawText()}"),
        };
    }

    private static void WriteVertexBody(Utf8JsonWriter json, Vertex vertex)
    {
        json.WritePropertyName("id");
        Write(json, vertex.Id);
        json.WriteString("label", vertex.Label);
    }

    private static void WriteScalar(Utf8JsonWriter json, string kind, string text)
    {
        json.WriteStartObject();
        json.WriteString("t", kind);
        json.WriteString("v", text);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, double number)
    {
        json.WriteStartObject();
        json.WriteString("t", "number");
        if (double.IsNaN(number))
            json.WriteString("v", "NaN");
        else if (double.IsPositiveInfinity(number))
            json.WriteString("v", "Infinity");
        else if (double.IsNegativeInfinity(number))
            json.WriteString("v", "-Infinity");
        else if (number == 0 && double.IsNegative(number))
            json.WriteString("v", "-0");
        else
            json.WriteNumber("v", number);
        json.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter json, string name, IEnumerable<object?> items)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var item in items)
            Write(json, item);
        json.WriteEndArray();
    }

    private static IEnumerable<KeyValuePair<object?, object?>> Entries(object map)
    {
        if (map is IEnumerable<KeyValuePair<object?, object?>> pairs)
            return pairs;
        return ((IDictionary)map).Cast<DictionaryEntry>().Select(e => new KeyValuePair<object?, object?>(e.Key, e.Value));
    }

    /// <summary>A JS number: integral values within 2^53 become long (what count() and ids are), others double.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "It returns a boxed long or a boxed double; the analyzer misreads the branches.")]
    private static object ReadNumber(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
            return ReadSpecialNumber(value.GetString());

        const double safeInteger = 9007199254740991;
        var number = value.GetDouble();
        if (Math.Floor(number) == number && Math.Abs(number) <= safeInteger)
            return (long)number;
        return number;
    }

    private static double ReadSpecialNumber(string? text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        "-0" => -0.0,
        _ => throw new FormatException($"unexpected number text '{text}' in the JavaScript runner's output."),
    };

    private static List<object?> ReadItems(JsonElement items) => [.. items.EnumerateArray().Select(Read)];

    private static GremlinMap ReadMap(JsonElement entries)
    {
        var map = new GremlinMap();
        foreach (var entry in entries.EnumerateArray())
            map[Read(entry[0])] = Read(entry[1]);
        return map;
    }

    private static Vertex ReadVertex(JsonElement json) =>
        new(Read(json.GetProperty("id"))!, json.GetProperty("label").GetString()!);

    private static object ReadToken(string typeName, string name) =>
        TokenTypes.TryGetValue(typeName, out var type) && Enum.TryParse(type, name, ignoreCase: false, out var token)
            ? token!
            : new UndecodedValue($"{typeName}.{name}", name);
}
