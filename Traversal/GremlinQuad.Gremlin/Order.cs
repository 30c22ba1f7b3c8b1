namespace GremlinQuad.Gremlin;

/// <summary>Sort order used by <c>order().by(...)</c>.</summary>
public enum Order
{
    asc,
    desc,
    shuffle,
}
