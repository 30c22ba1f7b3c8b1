using System.Globalization;
using System.Numerics;
using System.Text.Json;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Traversal.Loading;

/// <summary>Reads one GraphSON v3 value ({"@type": "g:Int32", "@value": 1} or a plain JSON value) into the .NET type Gremlin uses.</summary>
internal static class GraphSonValues
{
    public static object? Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined: return null;
            case JsonValueKind.String: return element.GetString();
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.Number:
                if (element.TryGetInt32(out var i)) return i;
                if (element.TryGetInt64(out var l)) return l;
                return element.GetDouble();
            case JsonValueKind.Array: return element.EnumerateArray().Select(Read).ToList();
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && element.TryGetProperty("@value", out var value))
                    return Typed(type.GetString() ?? "", value);
                var map = new GremlinMap();
                foreach (var property in element.EnumerateObject()) map[property.Name] = Read(property.Value);
                return map;
            default:
                throw new GremlinExecutionException($"Unexpected GraphSON value: {element}.");
        }
    }

    private static object? Typed(string type, JsonElement value) => type switch
    {
        "g:Int32" => value.GetInt32(),
        "g:Int64" => value.GetInt64(),
        "g:Int16" or "gx:Int16" => value.GetInt16(),
        "gx:Byte" => (sbyte)value.GetInt32(),
        "g:Float" => value.ValueKind == JsonValueKind.String ? float.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetSingle(),
        "g:Double" => value.ValueKind == JsonValueKind.String ? ParseDouble(value.GetString()!) : value.GetDouble(),
        "gx:BigDecimal" => decimal.Parse(value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture),
        "gx:BigInteger" => BigInteger.Parse(value.ToString(), CultureInfo.InvariantCulture),
        "g:Date" or "g:Timestamp" => DateTimeOffset.FromUnixTimeMilliseconds(value.GetInt64()),
        "gx:OffsetDateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture),
        "g:UUID" => Guid.Parse(value.GetString()!),
        "gx:Char" => value.GetString()![0],
        "g:List" => value.EnumerateArray().Select(Read).ToList(),
        "g:Set" => new GremlinSet(value.EnumerateArray().Select(Read)),
        "g:Map" => ReadMap(value),
        _ => throw new GremlinExecutionException($"The GraphSON type {type} is not supported by the loader."),
    };

    private static double ParseDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    private static GremlinMap ReadMap(JsonElement value)
    {
        var map = new GremlinMap();
        var items = value.EnumerateArray().ToList();
        for (var i = 0; i + 1 < items.Count; i += 2) map[Read(items[i])] = Read(items[i + 1]);
        return map;
    }
}
