using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;
using System.Numerics;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;

namespace GremlinQuad.Gremlin.Tests.Language;

/// <summary>What the writer prints, the parser reads back as the same value with the same type.</summary>
public sealed class GremlinLangWriterTests
{
    private static object? RoundTrip(object? value) =>
        GremlinLangParser.Parse("g.inject(" + GremlinLangWriter.WriteValue(value) + ")").StepInstructions[0].Arguments[0];

    [FsCheckProperty(MaxTest = 300)]
    public void Any_scalar_survives_a_write_and_parse_with_its_type(int i, long l, double d, float f, short s, sbyte b, bool flag, string? text)
    {
        // gremlin-lang's NaN and Infinity literals are doubles: a non-finite float has no literal of its own.
        var floatValue = float.IsFinite(f) ? f : 0.5f;
        object?[] values = [i, l, d, floatValue, s, b, flag, text, new BigInteger(l) * 1_000_003, (decimal)i / 7];

        foreach (var value in values)
        {
            var back = RoundTrip(value);
            Assert.That(GremlinEquality.AreEquivalent(back, value), Is.True,
                $"{value} ({value?.GetType().Name}) came back as {back} ({back?.GetType().Name}) from {GremlinLangWriter.WriteValue(value)}");
        }
    }

    [FsCheckProperty(MaxTest = 200)]
    public void Nested_collections_survive_a_write_and_parse(int[] numbers, string[] keys)
    {
        var list = numbers.Select(n => (object?)n).ToList();
        var map = new GremlinMap();
        foreach (var key in keys.Where(k => k is not null))
            map[key] = new List<object?> { key.Length, null };
        var value = new List<object?> { list, new GremlinSet(list), map, new GremlinMap { [T.id] = 1L, [Direction.IN] = "x" } };

        Assert.That(GremlinEquality.AreEquivalent(RoundTrip(value), value), Is.True, GremlinLangWriter.WriteValue(value));
    }

    [Test]
    public void Numbers_print_with_the_suffix_of_their_type()
    {
        Assert.That(GremlinLangWriter.WriteValue(new List<object?> { 1, 2L, (short)3, (sbyte)4, new BigInteger(5), 6.0, 7.5f, 8.25m }),
            Is.EqualTo("[1,2L,3s,4b,5n,6.0d,7.5f,8.25m]"));
        Assert.That(GremlinLangWriter.WriteValue(new List<object?> { double.NaN, double.NegativeInfinity, 1e300 }),
            Is.EqualTo("[NaN,-Infinity,1E+300d]"));
    }

    [Test]
    public void Child_traversals_strategies_and_predicates_print_in_gremlin_lang()
    {
        var bytecode = new Bytecode()
            .AddSource("withStrategies", new TraversalStrategyValue("SeedStrategy", new Dictionary<string, object?> { ["seed"] = 1 }))
            .AddStep("V")
            .AddStep("where", new Bytecode().AddStep("out", "knows"))
            .AddStep("has", "name", TextP.Containing("ar").Or(P.Within("x", "y")));

        Assert.That(bytecode.ToString(),
            Is.EqualTo("g.withStrategies(new SeedStrategy(seed:1)).V().where(__.out('knows')).has('name',TextP.containing('ar').or(P.within('x','y')))"));
    }

    [Test]
    public void Gremlin_enums_map_between_wire_names_and_values()
    {
        Assert.That(GremlinEnums.TryParse("Order", "desc", out var desc), Is.True);
        Assert.That(desc, Is.EqualTo(Order.desc));
        Assert.That(GremlinEnums.TryParse("Direction", "from", out var from), Is.True);
        Assert.That(from, Is.EqualTo(Direction.OUT));
        Assert.That(GremlinEnums.TryParse("Order", "sideways", out _), Is.False);
        Assert.That(GremlinEnums.Format(GType.BIGDECIMAL), Is.EqualTo("GType.BIGDECIMAL"));
        Assert.That(GremlinEnums.TypeNameOf(Merge.onCreate), Is.EqualTo("Merge"));
    }
}
