namespace GremlinQuad.Gremlin;

/// <summary>Edge direction. The gremlin-lang aliases <c>from</c> and <c>to</c> parse to <see cref="OUT"/> and <see cref="IN"/>.</summary>
public enum Direction
{
    OUT,
    IN,
    BOTH,
}
