using GremlinQuad.Conformance.Tests.Gherkin;
using GremlinQuad.Conformance.Tests.Notation;
using GremlinQuad.Conformance.Tests.Scenarios;
using NUnit.Framework;

namespace GremlinQuad.Conformance.Tests.Unit;

public sealed class FeatureReaderTests
{
    private const string Sample = """
        # Licensed to the Apache Software Foundation (ASF)
        @StepClassMap @StepOrder
        Feature: Step - order()

          @MultiProperties
          Scenario: g_V_name_order
            Given the modern graph
            And using the parameter xx1 defined as "m[{\"t[label]\": \"person\"}]"
            And the traversal of
              \"\"\"
              g.V().
                values("name").order()
              \"\"\"
            When iterated to list
            Then the result should be ordered
              | result |
              | josh |
              | str[  lop] |
            And the graph should return 6 for count of "g.V().has(\"age\")"

          Scenario: g_fail
            Given the empty graph
            And the graph initializer of
              \"\"\"
              g.addV("person").property("name", "marko")
              \"\"\"
            And the traversal of
              \"\"\"
              g.V().fail("boom")
              \"\"\"
            When iterated to list
            Then the traversal will raise an error with message containing text of "boom \"x\""

          Scenario: g_placeholder
            Given an unsupported test
            Then nothing should happen because
              \"\"\"
              it needs a lambda
              \"\"\"
        """;

    [Test]
    public void Reads_tags_scenarios_doc_strings_and_tables()
    {
        var feature = FeatureReader.Parse("map/Order.feature", Sample.Replace("\\\"\\\"\\\"", "\"\"\"", StringComparison.Ordinal));
        Assert.That(feature.Scenarios, Has.Count.EqualTo(3));
        var first = feature.Scenarios[0];
        Assert.Multiple(() =>
        {
            Assert.That(feature.Tags, Is.EqualTo(new[] { "@StepClassMap", "@StepOrder" }));
            Assert.That(feature.Name, Is.EqualTo("Step - order()"));
            Assert.That(first.Tags, Is.EqualTo(new[] { "@MultiProperties" }));
            Assert.That(first.Steps[2].DocString, Is.EqualTo("g.V().\n  values(\"name\").order()"));
            Assert.That(first.Steps[4].Table, Is.EqualTo(new[] { new[] { "result" }, new[] { "josh" }, new[] { "str[  lop]" } }));
        });
    }

    [Test]
    public void Compiles_steps_into_a_scenario_with_parameters_and_assertions()
    {
        var feature = FeatureReader.Parse("map/Order.feature", Sample.Replace("\\\"\\\"\\\"", "\"\"\"", StringComparison.Ordinal));
        var scenarios = ScenarioCompiler.Compile(feature).ToList();
        var ordered = scenarios[0];
        Assert.Multiple(() =>
        {
            Assert.That(ordered.Id, Is.EqualTo("map/Order.feature: g_V_name_order"));
            Assert.That(ordered.Folder, Is.EqualTo("map"));
            Assert.That(ordered.CompileError, Is.Null);
            Assert.That(ordered.GraphName, Is.EqualTo("modern"));
            Assert.That(ordered.Tags, Is.EqualTo(new[] { "@StepClassMap", "@StepOrder", "@MultiProperties" }));
            Assert.That(ordered.Parameters.Single().Value, Is.TypeOf<MapNotation>());
            Assert.That(((ResultTableAssertion)ordered.Assertions[0]).Expected[1], Is.EqualTo(new LiteralNotation("  lop")));
            Assert.That(ordered.Assertions[1], Is.EqualTo(new GraphCountAssertion(6, "g.V().has(\"age\")")));
            Assert.That(scenarios[1].Initializer, Does.StartWith("g.addV(\"person\")"));
            Assert.That(scenarios[1].Assertions.Single(), Is.EqualTo(new ErrorAssertion("boom \"x\"")));
            Assert.That(scenarios[2].SkipReason, Does.Contain("it needs a lambda"));
        });
    }

    [Test]
    public void Feature_level_skip_tags_apply_to_every_scenario()
    {
        var feature = FeatureReader.Parse("map/PageRank.feature", """
            @GraphComputerOnly
            Feature: Step - pageRank()

              Scenario: g_V_pageRank
                Given the modern graph
                And the traversal of
                  ""\"
                  g.V().pageRank()
                  ""\"
                When iterated to list
                Then the result should have a count of 6
            """.Replace("\"\"\\\"", "\"\"\"", StringComparison.Ordinal));
        var scenario = ScenarioCompiler.Compile(feature).Single();
        Assert.That(scenario.SkipReason, Does.Contain("@GraphComputerOnly"));
    }

    [Test]
    public void An_unknown_step_phrasing_fails_the_scenario_not_the_reader()
    {
        var feature = FeatureReader.Parse("map/X.feature", """
            Feature: X
              Scenario: odd
                Given the modern graph
                Then the moon should be full
            """);
        var scenario = ScenarioCompiler.Compile(feature).Single();
        Assert.That(scenario.CompileError, Does.Contain("unknown step phrasing").And.Contain("the moon should be full"));
    }

    [Test]
    public void An_unsupported_gherkin_construct_names_file_and_line() =>
        Assert.That(
            () => FeatureReader.Parse("map/X.feature", "Feature: X\n  Background:\n    Given the modern graph\n"),
            Throws.TypeOf<GherkinFormatException>().With.Message.StartsWith("map/X.feature:2:"));

    [Test]
    public void Tree_outlines_nest_by_indentation()
    {
        var roots = TreeOutline.Parse("|--v[marko]\n   |--v[josh]\n      |--v[lop]\n      |--v[ripple]\n|--peter");
        Assert.That(roots, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(roots[0].Value, Is.EqualTo(new VertexNotation("marko", ElementForm.Element)));
            Assert.That(roots[0].Children.Single().Children.Select(c => c.Value), Is.EqualTo(new NotationValue[]
            {
                new VertexNotation("lop", ElementForm.Element),
                new VertexNotation("ripple", ElementForm.Element),
            }));
            Assert.That(roots[1].Value, Is.EqualTo(new LiteralNotation("peter")));
        });
    }
}
