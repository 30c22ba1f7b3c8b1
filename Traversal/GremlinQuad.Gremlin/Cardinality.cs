namespace GremlinQuad.Gremlin;

/// <summary>Vertex property cardinality.</summary>
public enum Cardinality
{
    single,
    list,
    set,
}
