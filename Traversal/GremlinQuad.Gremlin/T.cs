namespace GremlinQuad.Gremlin;

/// <summary>Gremlin's element tokens (<c>T.id</c>, <c>T.label</c>, ...); members keep the wire spelling.</summary>
public enum T
{
    id,
    label,
    key,
    value,
}
