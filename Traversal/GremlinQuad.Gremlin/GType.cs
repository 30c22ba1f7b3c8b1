namespace GremlinQuad.Gremlin;

/// <summary>Gremlin value types for <c>P.typeOf()</c> (TinkerPop 3.8). Members keep the wire spelling.</summary>
public enum GType
{
    BIGDECIMAL,
    BIGINT,
    BINARY,
    BOOLEAN,
    BYTE,
    CHAR,
    DATETIME,
    DOUBLE,
    DURATION,
    EDGE,
    FLOAT,
    GRAPH,
    INT,
    LIST,
    LONG,
    MAP,
    NULL,
    NUMBER,
    PATH,
    PROPERTY,
    SET,
    SHORT,
    STRING,
    TREE,
    UUID,
    VERTEX,
    VPROPERTY,
}
