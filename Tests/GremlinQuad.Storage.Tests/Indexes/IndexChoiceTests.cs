namespace GremlinQuad.Storage.Tests.Indexes;

/// <summary>
/// The index each of the 16 access patterns is answered by, with and without OSGP: the "served here by"
/// column of design.md §3, as the store's plan (what explain prints) reports it.
/// </summary>
public sealed class IndexChoiceTests
{
    // Bound positions, then the plan without OSGP and with it.
    [TestCase("????", "SPOG prefix 0", "SPOG prefix 0")]
    [TestCase("S???", "SPOG prefix 1", "SPOG prefix 1")]
    [TestCase("SP??", "SPOG prefix 2", "SPOG prefix 2")]
    [TestCase("SPO?", "SPOG prefix 3", "SPOG prefix 3")]
    [TestCase("SPOG", "SPOG prefix 4", "SPOG prefix 4")]
    [TestCase("?P??", "POGS prefix 1", "POGS prefix 1")]
    [TestCase("?PO?", "POGS prefix 2", "POGS prefix 2")]
    [TestCase("?POG", "POGS prefix 3", "POGS prefix 3")]
    [TestCase("?P?G", "GPSO prefix 2", "GPSO prefix 2")]
    [TestCase("SP?G", "GPSO prefix 3", "GPSO prefix 3")]
    [TestCase("S??G", "GPSO prefix 1, filtered", "GPSO prefix 1, filtered")]
    [TestCase("???G", "GPSO prefix 1", "GPSO prefix 1")]
    [TestCase("S?OG", "GPSO prefix 1, filtered", "GPSO prefix 1, filtered")]
    [TestCase("??OG", "GPSO prefix 1, filtered", "GPSO prefix 1, filtered")]
    [TestCase("??O?", "union scan over POGS (2 predicate range scans)", "OSGP prefix 1")]
    [TestCase("S?O?", "SPOG prefix 1, filtered", "OSGP prefix 2")]
    public void Each_access_pattern_uses_the_index_of_the_design_table(string shape, string withoutOsgp, string withOsgp)
    {
        Assert.That(PlanFor(shape, objectIndex: false), Is.EqualTo(withoutOsgp));
        Assert.That(PlanFor(shape, objectIndex: true), Is.EqualTo(withOsgp));
    }

    private static string PlanFor(string shape, bool objectIndex)
    {
        using var store = QuadStore.InMemory(new QuadStoreOptions { ObjectIndex = objectIndex });
        using (var batch = store.BeginBatch())
        {
            // Two predicates with node objects: the union scan covers each of them once.
            batch.Add(new Quad(TestQuads.Node(0), TestQuads.Key(0), TestQuads.Node(1), TestQuads.Link(0)));
            batch.Add(new Quad(TestQuads.Node(1), TestQuads.Key(1), TestQuads.Node(0), TestQuads.Link(1)));
            batch.CommitAsync().AsTask().GetAwaiter().GetResult();
        }
        using var snapshot = store.OpenSnapshot();
        var pattern = QuadPattern.Of(
            subject: shape[0] == 'S' ? TestQuads.Node(0) : null,
            predicate: shape[1] == 'P' ? TestQuads.Key(0) : null,
            @object: shape[2] == 'O' ? TestQuads.Node(1) : null,
            graph: shape[3] == 'G' ? TestQuads.Link(0) : null);
        return snapshot.Plan(pattern).ToString();
    }
}
