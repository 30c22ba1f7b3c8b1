using System.Runtime.InteropServices;

namespace GremlinQuad.Storage;

/// <summary>One fact: four terms in Subject, Predicate, Object, Graph order (32 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct Quad(TermId Subject, TermId Predicate, TermId Object, TermId Graph)
{
    /// <summary>The term at one position; <paramref name="position"/> must be a single flag.</summary>
    public TermId this[AccessPattern position] => position switch
    {
        AccessPattern.Subject => Subject,
        AccessPattern.Predicate => Predicate,
        AccessPattern.Object => Object,
        AccessPattern.Graph => Graph,
        _ => throw new ArgumentOutOfRangeException(nameof(position), position, "Expected exactly one position."),
    };

    public override string ToString() => $"({Subject} {Predicate} {Object} {Graph})";
}
