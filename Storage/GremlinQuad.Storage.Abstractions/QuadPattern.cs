namespace GremlinQuad.Storage;

/// <summary>
/// A lookup: some positions bound to a term, and optionally one more position restricted to an
/// inclusive term range (for <c>has('age', gt(30))</c> on POGS: P bound, O in a range).
/// </summary>
public readonly record struct QuadPattern
{
    public TermId Subject { get; init; }
    public TermId Predicate { get; init; }
    public TermId Object { get; init; }
    public TermId Graph { get; init; }

    /// <summary>The bound positions. A bound position may hold <see cref="TermId.Default"/> (the default graph).</summary>
    public AccessPattern Bound { get; init; }

    /// <summary>The single position restricted to [<see cref="RangeLow"/>, <see cref="RangeHigh"/>], or None.</summary>
    public AccessPattern RangePosition { get; init; }

    public TermId RangeLow { get; init; }
    public TermId RangeHigh { get; init; }

    /// <summary>Everything: the ???? pattern.</summary>
    public static readonly QuadPattern All;

    /// <summary>A pattern with the given positions bound; a null argument leaves that position free.</summary>
    public static QuadPattern Of(TermId? subject = null, TermId? predicate = null, TermId? @object = null, TermId? graph = null)
    {
        var bound = AccessPattern.None;
        if (subject.HasValue) bound |= AccessPattern.Subject;
        if (predicate.HasValue) bound |= AccessPattern.Predicate;
        if (@object.HasValue) bound |= AccessPattern.Object;
        if (graph.HasValue) bound |= AccessPattern.Graph;
        return new QuadPattern
        {
            Subject = subject.GetValueOrDefault(),
            Predicate = predicate.GetValueOrDefault(),
            Object = @object.GetValueOrDefault(),
            Graph = graph.GetValueOrDefault(),
            Bound = bound,
        };
    }

    /// <summary>This pattern with <paramref name="position"/> (unbound, a single flag) restricted to an inclusive range.</summary>
    public QuadPattern WithRange(AccessPattern position, TermId low, TermId high)
    {
        if (position is not (AccessPattern.Subject or AccessPattern.Predicate or AccessPattern.Object or AccessPattern.Graph))
            throw new ArgumentOutOfRangeException(nameof(position), position, "A range applies to exactly one position.");
        if ((Bound & position) != 0)
            throw new ArgumentException($"Position {position} is already bound; a range goes on a free position.", nameof(position));
        return this with { RangePosition = position, RangeLow = low, RangeHigh = high };
    }

    public bool Matches(in Quad quad)
    {
        if ((Bound & AccessPattern.Subject) != 0 && quad.Subject != Subject) return false;
        if ((Bound & AccessPattern.Predicate) != 0 && quad.Predicate != Predicate) return false;
        if ((Bound & AccessPattern.Object) != 0 && quad.Object != Object) return false;
        if ((Bound & AccessPattern.Graph) != 0 && quad.Graph != Graph) return false;
        if (RangePosition != AccessPattern.None)
        {
            var term = quad[RangePosition];
            if (term < RangeLow || term > RangeHigh) return false;
        }
        return true;
    }

    public override string ToString()
    {
        var self = this;
        string Show(AccessPattern position, TermId term) =>
            (self.Bound & position) != 0 ? term.ToString()
            : self.RangePosition == position ? $"[{self.RangeLow}..{self.RangeHigh}]"
            : "?";
        return $"({Show(AccessPattern.Subject, Subject)} {Show(AccessPattern.Predicate, Predicate)} {Show(AccessPattern.Object, Object)} {Show(AccessPattern.Graph, Graph)})";
    }
}
