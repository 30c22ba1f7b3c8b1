namespace GremlinQuad.Traversal;

/// <summary>How a profile report shows the results (Neptune's <c>profile.results</c> and <c>profile.chop</c> parameters).</summary>
public sealed record ProfileOptions
{
    public static readonly ProfileOptions Default = new();

    /// <summary>Whether the report lists the results (their count is always shown).</summary>
    public bool IncludeResults { get; init; } = true;

    /// <summary>The results text is cut after this many characters; 0 keeps all of it.</summary>
    public int Chop { get; init; } = 250;
}
