namespace GremlinQuad.Gremlin.Io;

/// <summary>The GraphSON dialects (gremlin-protocol.md §6.1).</summary>
public enum GraphSonVersion
{
    /// <summary>Plain JSON, no type information: GraphSON 1.0, and 2.0/3.0 with <c>;types=false</c>.</summary>
    V1Untyped,

    /// <summary>Typed values (<c>@type</c>/<c>@value</c>), but collections are plain JSON arrays and objects.</summary>
    V2,

    /// <summary>Typed values, including <c>g:List</c>, <c>g:Set</c> and <c>g:Map</c> with keys of any type.</summary>
    V3,

    /// <summary><c>application/vnd.gremlin-v3.0+json;types=false</c>: the same shape as <see cref="V1Untyped"/>.</summary>
    V3Untyped,
}
