namespace GremlinQuad.Storage.Tests.Indexes;

/// <summary>
/// Bytes per quad of the compressed indexes on graph-shaped data; prints the figures
/// (<c>dotnet test --filter Footprint --logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class FootprintTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task Indexes_take_at_most_48_bytes_per_quad_each_and_40_for_the_three_together(bool objectIndex)
    {
        using var store = QuadStore.InMemory(new QuadStoreOptions { ObjectIndex = objectIndex });
        var random = new Random(5);
        using (var batch = store.BeginBatch())
        {
            for (var i = 0; i < 200_000; i++)
            {
                var vertex = i / 5;
                batch.Add((i % 5) switch
                {
                    0 => new Quad(TestQuads.Node(vertex), TestQuads.Key(0), TestQuads.Key(100 + vertex % 3), TermId.Default),
                    1 => new Quad(TestQuads.Node(vertex), TestQuads.Key(1), TestQuads.Key(1000 + vertex), TermId.Default),
                    2 => new Quad(TestQuads.Node(vertex), TestQuads.Key(2), TestQuads.Int(random.Next(100)), TermId.Default),
                    _ => new Quad(TestQuads.Node(vertex), TestQuads.Key(10 + random.Next(5)), TestQuads.Node(random.Next(40_000)), TestQuads.Link(i)),
                });
            }
            await batch.CommitAsync();
        }
        var quads = (double)store.QuadCount;
        var perIndex = Enum.GetValues<IndexOrder>().ToDictionary(o => o, o => store.IndexBytes(o) / quads);
        var threeTogether = perIndex[IndexOrder.Spog] + perIndex[IndexOrder.Pogs] + perIndex[IndexOrder.Gpso];
        TestContext.Out.WriteLine($"OSGP {objectIndex}: " + string.Join(", ", perIndex.Select(p => $"{p.Key} {p.Value:F1}")) + $"; SPOG+POGS+GPSO {threeTogether:F1} bytes/quad");
        Assert.That(perIndex.Where(p => p.Value > 0).Select(p => p.Value), Has.All.LessThanOrEqualTo(48));
        Assert.That(threeTogether, Is.LessThanOrEqualTo(40));
        Assert.That(perIndex[IndexOrder.Osgp] > 0, Is.EqualTo(objectIndex));
    }
}
