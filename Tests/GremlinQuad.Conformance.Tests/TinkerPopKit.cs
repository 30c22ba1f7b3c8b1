namespace GremlinQuad.Conformance.Tests;

/// <summary>
/// Finds TinkerPop's conformance kit (features + data) and this project's source folder. The kit is never
/// committed: it is read from the folder named by <c>GREMLINQUAD_TINKERPOP</c>, or from
/// <c>../shared/tinkerpop</c> next to the repository root (the folder holding GremlinQuad.sln).
/// </summary>
public static class TinkerPopKit
{
    public const string KitVariable = "GREMLINQUAD_TINKERPOP";

    private static readonly Lazy<string?> Root = new(FindRepositoryRoot);

    /// <summary>The repository root, found by walking up from the test assembly; null when not found.</summary>
    public static string? RepositoryRoot => Root.Value;

    /// <summary>The kit folder (holding <c>features/</c> and <c>data/</c>), or null with <paramref name="whyMissing"/> set.</summary>
    public static string? Locate(out string whyMissing)
    {
        var configured = Environment.GetEnvironmentVariable(KitVariable);
        string candidate;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            candidate = Path.GetFullPath(configured);
        }
        else if (RepositoryRoot is { } root)
        {
            candidate = Path.GetFullPath(Path.Combine(root, "..", "shared", "tinkerpop"));
        }
        else
        {
            whyMissing = $"TinkerPop's feature files were not found: {KitVariable} is not set and no GremlinQuad.sln was found above {AppContext.BaseDirectory}.";
            return null;
        }

        if (!Directory.Exists(Path.Combine(candidate, "features")))
        {
            whyMissing = $"TinkerPop's feature files were not found: '{Path.Combine(candidate, "features")}' does not exist. "
                + $"Put TinkerPop's gremlin-test features and data under ../shared/tinkerpop or set {KitVariable} to that folder.";
            return null;
        }

        whyMissing = string.Empty;
        return candidate;
    }

    /// <summary>The source folder of this project (where KnownGaps.txt lives), or null outside a repository.</summary>
    public static string? ProjectSourceFolder =>
        RepositoryRoot is { } root ? Path.Combine(root, "Tests", "GremlinQuad.Conformance.Tests") : null;

    private static string? FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GremlinQuad.sln")))
                return folder.FullName;
        }

        return null;
    }
}
