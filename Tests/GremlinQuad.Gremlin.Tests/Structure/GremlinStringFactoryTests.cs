using System.Numerics;
using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;
using Path = GremlinQuad.Gremlin.Structure.Path;

namespace GremlinQuad.Gremlin.Tests.Structure;

public sealed class GremlinStringFactoryTests
{
    [TestCase(1.0, "1.0")]
    [TestCase(0.5, "0.5")]
    [TestCase(-2.5, "-2.5")]
    [TestCase(100.0, "100.0")]
    [TestCase(1234567.0, "1234567.0")]
    [TestCase(1e7, "1.0E7")]
    [TestCase(12345678.9, "1.23456789E7")]
    [TestCase(0.001, "0.001")]
    [TestCase(0.0001, "1.0E-4")]
    [TestCase(1.5e-10, "1.5E-10")]
    [TestCase(double.NaN, "NaN")]
    [TestCase(double.NegativeInfinity, "-Infinity")]
    [TestCase(0.0, "0.0")]
    public void Doubles_print_as_Java_prints_them(double value, string expected)
    {
        Assert.That(GremlinStringFactory.Format(value), Is.EqualTo(expected));
    }

    [Test]
    public void Other_numbers_print_without_suffixes()
    {
        Assert.That(GremlinStringFactory.Format(new List<object?> { 1, 2L, (short)3, (sbyte)-4, new BigInteger(5), 3.4f, 1.50m }),
            Is.EqualTo("[1, 2, 3, -4, 5, 3.4, 1.50]"));
    }

    [Test]
    public void Dates_print_as_Java_OffsetDateTime()
    {
        Assert.That(GremlinStringFactory.Format(new DateTimeOffset(2023, 8, 8, 0, 0, 0, TimeSpan.Zero)), Is.EqualTo("2023-08-08T00:00Z"));
        Assert.That(GremlinStringFactory.Format(new DateTimeOffset(2023, 8, 8, 10, 30, 15, 123, TimeSpan.FromHours(2))),
            Is.EqualTo("2023-08-08T10:30:15.123+02:00"));
        Assert.That(GremlinStringFactory.Format(TimeSpan.FromSeconds(3723.5)), Is.EqualTo("PT1H2M3.5S"));
    }

    [Test]
    public void Elements_and_collections_print_as_Gremlin_Console_shows_them()
    {
        var marko = new Vertex(1, "person");
        var edge = new Edge(7, marko, "knows", new Vertex(2));
        var map = new GremlinMap { ["name"] = new List<object?> { "marko" }, [T.id] = 1 };

        Assert.That(marko.ToString(), Is.EqualTo("v[1]"));
        Assert.That(edge.ToString(), Is.EqualTo("e[7][1-knows->2]"));
        Assert.That(new VertexProperty(0L, "name", "a very long name that goes on").ToString(), Is.EqualTo("vp[name->a very long name ...]"));
        Assert.That(new Property("weight", 0.5).ToString(), Is.EqualTo("p[weight->0.5]"));
        Assert.That(new Path([new HashSet<string>(), new HashSet<string>()], [marko, "lop"]).ToString(), Is.EqualTo("path[v[1], lop]"));
        Assert.That(map.ToString(), Is.EqualTo("{name=[marko], id=1}"));
        Assert.That(new GremlinSet { "a", null }.ToString(), Is.EqualTo("[a, null]"));
    }
}
