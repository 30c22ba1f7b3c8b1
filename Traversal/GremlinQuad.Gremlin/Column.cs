namespace GremlinQuad.Gremlin;

/// <summary>Selects the keys or the values of a map or map entry.</summary>
public enum Column
{
    keys,
    values,
}
