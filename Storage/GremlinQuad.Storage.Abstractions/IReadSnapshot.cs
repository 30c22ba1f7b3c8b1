namespace GremlinQuad.Storage;

/// <summary>
/// A consistent view of the store: commits made after it was opened are invisible to it. Cheap to
/// open; dispose when done.
/// </summary>
public interface IReadSnapshot : ITermReader, IDisposable
{
    /// <summary>The commit this view reflects (0 for an empty store).</summary>
    long Version { get; }

    /// <summary>Whether the store keeps the OSGP index (fixed when it was created).</summary>
    bool HasObjectIndex { get; }

    /// <summary>
    /// Fills <paramref name="destination"/> with the next quads matching <paramref name="pattern"/>
    /// and returns how many were written. Start with a default cursor; the scan is over when the
    /// cursor says <see cref="ScanCursor.Done"/>. Quads come in the order of the chosen index.
    /// </summary>
    int Read(in QuadPattern pattern, ref ScanCursor cursor, Span<Quad> destination);

    /// <summary>The exact number of quads matching <paramref name="pattern"/>.</summary>
    long Count(in QuadPattern pattern);

    /// <summary>How <paramref name="pattern"/> would be answered.</summary>
    ScanPlan Plan(in QuadPattern pattern);

    /// <summary>The distinct predicates with their counts.</summary>
    IReadOnlyList<PredicateStats> Predicates { get; }

    /// <summary>Totals of what this view has scanned so far.</summary>
    ScanCounters Counters { get; }

    /// <summary>Allocation-free enumeration of a pattern.</summary>
    QuadScan Scan(in QuadPattern pattern) => new(this, pattern);
}
