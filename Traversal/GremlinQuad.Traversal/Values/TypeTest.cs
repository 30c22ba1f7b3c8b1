using System.Collections;
using System.Numerics;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;

namespace GremlinQuad.Traversal.Values;

/// <summary>P.typeOf(GType.X): whether a value is of a Gremlin type (NUMBER covers every numeric type).</summary>
internal static class TypeTest
{
    public static bool Is(object? value, object? type)
    {
        var gtype = type switch
        {
            GType t => t,
            string name when Enum.TryParse<GType>(name, ignoreCase: true, out var parsed) => parsed,
            string name => throw new GremlinRequestException($"typeOf(): unknown type name '{name}'; use a GType such as GType.INT or GType.STRING."),
            _ => throw new GremlinRequestException($"typeOf(): expected a GType, but was {type}."),
        };
        return gtype switch
        {
            GType.NULL => value is null,
            GType.NUMBER => Numbers.IsNumber(value),
            GType.BYTE => value is sbyte or byte,
            GType.SHORT => value is short,
            GType.INT => value is int,
            GType.LONG => value is long,
            GType.BIGINT => value is BigInteger,
            GType.FLOAT => value is float,
            GType.DOUBLE => value is double,
            GType.BIGDECIMAL => value is decimal,
            GType.BOOLEAN => value is bool,
            GType.CHAR => value is char,
            GType.STRING => value is string,
            GType.UUID => value is Guid,
            GType.DATETIME => value is DateTimeOffset or DateTime,
            GType.DURATION => value is TimeSpan,
            GType.BINARY => value is byte[],
            // Elements given as parameters arrive as Structure results rather than references.
            GType.VERTEX => value is VertexRef or Vertex,
            GType.EDGE => value is EdgeRef or Edge,
            GType.VPROPERTY => value is VertexPropertyRef or VertexProperty,
            GType.PROPERTY => value is PropertyRef or VertexPropertyRef or Property or VertexProperty,
            GType.PATH => value is PathValue,
            GType.TREE => value is Tree,
            GType.MAP => value is GremlinMap,
            GType.SET => value is GremlinSet or BulkSet,
            GType.LIST => value is IList and not BulkSet and not byte[],
            GType.GRAPH => false,
            _ => false,
        };
    }
}
