namespace GremlinQuad.Gremlin;

/// <summary>Special option keys of <c>choose()</c>/<c>branch()</c>.</summary>
public enum Pick
{
    any,
    none,
    unproductive,
}
