namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary>The enum a token notation names.</summary>
public enum TokenKind
{
    /// <summary><c>t[id]</c>, <c>t[label]</c>, …</summary>
    T,

    /// <summary><c>D[OUT]</c>, <c>D[IN]</c>, <c>D[from]</c>, <c>D[to]</c>.</summary>
    Direction,

    /// <summary><c>M[outV]</c>, <c>M[inV]</c>, …</summary>
    Merge,
}
