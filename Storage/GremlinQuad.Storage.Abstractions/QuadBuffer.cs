using System.Runtime.CompilerServices;

namespace GremlinQuad.Storage;

/// <summary>A fixed block of quads held inline, so a scan enumerator needs no heap buffer.</summary>
[InlineArray(Length)]
public struct QuadBuffer
{
    public const int Length = 32;
    private Quad _element0;
}
