using GremlinQuad.Gremlin.Language;
using NUnit.Framework;

namespace GremlinQuad.Gremlin.Tests.Language;

/// <summary>Every traversal text of TinkerPop's feature suite parses, and prints back to text that parses the same.</summary>
public sealed class GremlinLangParserFeatureTests
{
    private static IEnumerable<TestCaseData> FeatureTexts()
    {
        var texts = FeatureTraversals.All().ToList();
        if (texts.Count == 0)
        {
            yield return new TestCaseData(null).SetName("Feature texts are absent (set GREMLINQUAD_TINKERPOP or provide ../shared/tinkerpop)");
            yield break;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var name = $"{text.Feature}: {text.Scenario} ({text.Kind})";
            for (var n = 2; !seen.Add(name); n++)
                name = $"{text.Feature}: {text.Scenario} ({text.Kind} {n})";
            yield return new TestCaseData(text).SetName(name);
        }
    }

    [TestCaseSource(nameof(FeatureTexts))]
    public void Feature_traversal_parses_and_round_trips_through_its_printed_form(FeatureTraversals.Text? text)
    {
        if (text is null)
        {
            Assert.Ignore("TinkerPop's feature files were not found: set GREMLINQUAD_TINKERPOP to the folder holding features/, "
                + "or place it at ../shared/tinkerpop relative to the repository root.");
            return;
        }
        // Parameter values do not matter to the parser; a distinct string per name keeps them apart.
        var bindings = text.Parameters.ToDictionary(name => name, name => (object?)("value of " + name), StringComparer.Ordinal);

        var statements = GremlinLangParser.ParseScript(text.Traversal, bindings);
        var bytecode = statements[^1].Bytecode;
        Assert.That(bytecode.SourceInstructions.Count + bytecode.StepInstructions.Count, Is.GreaterThan(0));

        var printed = bytecode.ToString();
        Assert.That(GremlinLangParser.Parse(printed), Is.EqualTo(bytecode), $"printed form: {printed}");
    }
}
