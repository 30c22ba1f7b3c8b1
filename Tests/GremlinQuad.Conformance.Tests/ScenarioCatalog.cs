using GremlinQuad.Conformance.Tests.Gherkin;
using GremlinQuad.Conformance.Tests.Scenarios;

namespace GremlinQuad.Conformance.Tests;

/// <summary>Every scenario of the kit, compiled once per test run and looked up by id.</summary>
public sealed class ScenarioCatalog
{
    private ScenarioCatalog(string? kitFolder, string whyMissing, IReadOnlyDictionary<string, ConformanceScenario> scenarios)
    {
        KitFolder = kitFolder;
        WhyMissing = whyMissing;
        Scenarios = scenarios;
    }

    /// <summary>The kit folder, or null when it is absent (then <see cref="WhyMissing"/> says why).</summary>
    public string? KitFolder { get; }

    public string WhyMissing { get; }

    /// <summary>Scenario id → scenario, in file and source order.</summary>
    public IReadOnlyDictionary<string, ConformanceScenario> Scenarios { get; }

    public static ScenarioCatalog Load()
    {
        var kit = TinkerPopKit.Locate(out var whyMissing);
        if (kit is null)
            return new ScenarioCatalog(null, whyMissing, new Dictionary<string, ConformanceScenario>());

        var featuresFolder = Path.Combine(kit, "features");
        var scenarios = new Dictionary<string, ConformanceScenario>(StringComparer.Ordinal);
        var files = Directory.GetFiles(featuresFolder, "*.feature", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(featuresFolder, file).Replace('\\', '/');
            IEnumerable<ConformanceScenario> compiled;
            try
            {
                compiled = ScenarioCompiler.Compile(FeatureReader.Parse(relative, File.ReadAllText(file)));
            }
            catch (GherkinFormatException e)
            {
                // One unreadable file becomes one failing test instead of hiding the whole suite.
                var slash = relative.IndexOf('/', StringComparison.Ordinal);
                compiled =
                [
                    new ConformanceScenario
                    {
                        Id = $"{relative}: (the whole file)",
                        Folder = slash < 0 ? string.Empty : relative[..slash],
                        Tags = [],
                        CompileError = e.Message,
                    },
                ];
            }

            foreach (var scenario in compiled)
            {
                // Ids are unique in the kit; a duplicate would make KnownGaps.txt ambiguous, so it is numbered.
                var id = scenario.Id;
                for (var n = 2; scenarios.ContainsKey(id); n++)
                    id = $"{scenario.Id} #{n}";
                scenarios[id] = scenario with { Id = id };
            }
        }

        return new ScenarioCatalog(kit, string.Empty, scenarios);
    }
}
