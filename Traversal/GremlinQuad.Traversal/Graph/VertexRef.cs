using GremlinQuad.Storage;

namespace GremlinQuad.Traversal.Graph;

/// <summary>A vertex as the engine carries it: only its Node term. Becomes a Structure vertex at the output.</summary>
internal sealed record VertexRef(TermId Id)
{
    public override string ToString() => $"v[{Id}]";
}
