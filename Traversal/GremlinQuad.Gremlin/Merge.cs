namespace GremlinQuad.Gremlin;

/// <summary>Options of <c>mergeV()</c>/<c>mergeE()</c>.</summary>
public enum Merge
{
    onCreate,
    onMatch,
    outV,
    inV,
}
