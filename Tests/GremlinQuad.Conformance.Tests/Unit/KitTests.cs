using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Unit;

/// <summary>Checks on the kit itself: the reader and compiler must understand every scenario in it.</summary>
public sealed class KitTests
{
    [Test]
    public void Every_scenario_of_the_kit_is_understood()
    {
        var catalog = ScenarioCatalog.Load();
        if (catalog.KitFolder is null)
            Assert.Ignore(catalog.WhyMissing);
        var problems = catalog.Scenarios.Values.Where(s => s.CompileError is not null).Select(s => s.CompileError).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(catalog.Scenarios, Has.Count.GreaterThan(1000), "the kit should hold TinkerPop's full suite");
        });
    }

    [Test]
    public void Skipped_scenarios_are_exactly_the_tagged_ones_and_the_placeholders()
    {
        var catalog = ScenarioCatalog.Load();
        if (catalog.KitFolder is null)
            Assert.Ignore(catalog.WhyMissing);
        foreach (var scenario in catalog.Scenarios.Values.Where(s => s.SkipReason is not null))
        {
            var tagged = scenario.Tags.Contains("@GraphComputerOnly") || scenario.Tags.Contains("@AllowNullPropertyValues");
            Assert.That(tagged || scenario.SkipReason!.Contains("unsupported test", StringComparison.Ordinal), Is.True, scenario.Id);
        }
    }
}
