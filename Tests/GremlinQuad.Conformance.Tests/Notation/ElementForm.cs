namespace GremlinQuad.Conformance.Tests.Notation;

/// <summary>Which face of a referenced element the notation asks for.</summary>
public enum ElementForm
{
    /// <summary>The element itself (<c>v[marko]</c>).</summary>
    Element,

    /// <summary>Its id in its native type (<c>v[marko].id</c>).</summary>
    Id,

    /// <summary>Its id as a string (<c>v[marko].sid</c>).</summary>
    StringId,
}
