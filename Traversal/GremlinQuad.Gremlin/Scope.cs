namespace GremlinQuad.Gremlin;

/// <summary>Whether a step works across the traverser stream (global) or inside one collection (local).</summary>
public enum Scope
{
    global,
    local,
}
