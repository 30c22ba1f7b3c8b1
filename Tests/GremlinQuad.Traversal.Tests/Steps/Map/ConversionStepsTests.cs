using System.Numerics;
using GremlinQuad.Traversal.Steps.Map;

namespace GremlinQuad.Traversal.Tests.Steps.Map;

public sealed class ConversionStepsTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Empty();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    private static object? Single(string gremlin) => _graph.Execute(gremlin).Single();

    private static string Error(string gremlin)
    {
        var error = Assert.Catch<Exception>(() => _graph.Execute(gremlin));
        return error!.Message;
    }

    [TestCase(29.0, "29.0")]
    [TestCase(0.5, "0.5")]
    [TestCase(1e7, "1.0E7")]
    [TestCase(123456.789, "123456.789")]
    [TestCase(0.001, "0.001")]
    [TestCase(0.0001, "1.0E-4")]
    [TestCase(-2.5e-10, "-2.5E-10")]
    [TestCase(double.NaN, "NaN")]
    [TestCase(double.NegativeInfinity, "-Infinity")]
    public void Doubles_print_as_java_prints_them(double value, string expected)
    {
        Assert.That(ValueText.JavaDouble(value), Is.EqualTo(expected));
    }

    [Test]
    public void Floats_print_with_their_own_shortest_digits()
    {
        Assert.That(ValueText.JavaFloat(0.1f), Is.EqualTo("0.1"));
        Assert.That(ValueText.JavaFloat(5.75f), Is.EqualTo("5.75"));
    }

    [Test]
    public void As_string_prints_dates_as_java_offset_date_times()
    {
        Assert.That(Single("g.inject(datetime('2023-08-02T00:00:00Z')).asString()"), Is.EqualTo("2023-08-02T00:00Z"));
        Assert.That(Single("g.inject(datetime('2023-08-02T01:02:03.450-07:00')).asString()"), Is.EqualTo("2023-08-02T01:02:03.450-07:00"));
    }

    [Test]
    public void As_string_prints_map_entries_as_key_equals_value()
    {
        Assert.That(Single("g.inject(['a': 1]).unfold().asString()"), Is.EqualTo("a=1"));
    }

    [Test]
    public void As_string_renders_collections_as_java_does()
    {
        Assert.That(Single("g.inject([1, 'a', 2.5d]).asString()"), Is.EqualTo("[1, a, 2.5]"));
        Assert.That(Single("g.inject([1, 2]).asString(Scope.local)"), Is.EqualTo(new object[] { "1", "2" }));
        Assert.That(Error("g.inject(null).asString()"), Does.Contain("Can't parse null as String."));
    }

    [TestCase("g.inject('5').asNumber()", 5)]
    [TestCase("g.inject(' 12 ').asNumber()", 12)]
    [TestCase("g.inject('0x1F').asNumber()", 31)]
    [TestCase("g.inject('-#10').asNumber()", -16)]
    [TestCase("g.inject('010').asNumber()", 8)]
    [TestCase("g.inject('5000000000').asNumber()", 5000000000L)]
    [TestCase("g.inject('7L').asNumber()", 7L)]
    [TestCase("g.inject('1.5').asNumber()", 1.5f)]
    [TestCase("g.inject('2.5d').asNumber()", 2.5d)]
    [TestCase("g.inject(5.67d).asNumber(GType.INT)", 5)]
    [TestCase("g.inject(-5.67d).asNumber(GType.LONG)", -5L)]
    [TestCase("g.inject(7).asNumber(GType.DOUBLE)", 7.0d)]
    [TestCase("g.inject(5.75f).asNumber(GType.DOUBLE)", 5.75d)]
    public void As_number_reads_text_and_casts_like_the_reference_implementation(string gremlin, object expected)
    {
        var value = Single(gremlin);
        Assert.That(value, Is.EqualTo(expected));
        Assert.That(value!.GetType(), Is.EqualTo(expected.GetType()));
    }

    [Test]
    public void As_number_gives_a_big_integer_for_whole_numbers_beyond_a_long()
    {
        Assert.That(Single("g.inject('123456789012345678901234').asNumber()"), Is.EqualTo(BigInteger.Parse("123456789012345678901234", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void As_number_overflow_and_bad_input_use_tinkerpops_messages()
    {
        Assert.That(Error("g.inject(128).asNumber(GType.BYTE)"), Does.Contain("Can't convert number of type Integer to Byte due to overflow."));
        Assert.That(Error("g.inject(1e300d).asNumber(GType.FLOAT)"), Does.Contain("Can't convert number of type Double to Float due to overflow."));
        Assert.That(Error("g.inject(NaN).asNumber(GType.INT)"), Does.Contain("Can't convert NaN to Integer."));
        Assert.That(Error("g.inject('1e').asNumber()"), Does.Contain("Can't parse string '1e' as number."));
        Assert.That(Error("g.inject(true).asNumber()"), Does.Contain("Can't parse type Boolean as number."));
        Assert.That(Error("g.inject(1).asNumber(GType.STRING)"), Does.Contain("asNumber() requires a numeric type token, got STRING"));
    }

    [Test]
    public void As_number_of_a_date_is_its_epoch_milliseconds()
    {
        Assert.That(Single("g.inject(datetime('1970-01-01T00:00:01Z')).asNumber()"), Is.EqualTo(1000L));
    }

    [TestCase("g.inject(0).asBool()", false)]
    [TestCase("g.inject(0.0001d).asBool()", true)]
    [TestCase("g.inject(' FALSE ').asBool()", false)]
    [TestCase("g.inject(-0.0d).asBool()", false)]
    public void As_bool_treats_non_zero_numbers_as_true(string gremlin, bool expected)
    {
        Assert.That(Single(gremlin), Is.EqualTo(expected));
    }

    [Test]
    public void As_date_reads_iso_text_bare_dates_and_epoch_milliseconds()
    {
        Assert.That(Single("g.inject('2020-08-02').asDate()"), Is.EqualTo(new DateTimeOffset(2020, 8, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(Single("g.inject('2023-08-02T10:00:00+02:00').asDate()"), Is.EqualTo(new DateTimeOffset(2023, 8, 2, 10, 0, 0, TimeSpan.FromHours(2))));
        Assert.That(Single("g.inject(86400000L).asDate()"), Is.EqualTo(new DateTimeOffset(1970, 1, 2, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(Error("g.inject(1.5d).asDate()"), Does.Contain("Can't parse"));
        Assert.That(Error("g.inject('yesterday').asDate()"), Does.Contain("Can't parse yesterday"));
    }
}
