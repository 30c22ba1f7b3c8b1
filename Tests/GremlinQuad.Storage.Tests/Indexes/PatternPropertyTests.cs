using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace GremlinQuad.Storage.Tests.Indexes;

/// <summary>
/// The store against a brute-force model: random inserts and deletes over several batches, then every
/// one of the 16 patterns (bound to terms that occur and terms that do not) and ranges on free positions.
/// </summary>
public sealed class PatternPropertyTests
{
    private static readonly TermId[] Subjects = [.. Enumerable.Range(0, 7).Select(TestQuads.Node)];
    private static readonly TermId[] Predicates = [.. Enumerable.Range(0, 5).Select(TestQuads.Key)];
    private static readonly TermId[] Objects =
        [.. Enumerable.Range(0, 6).Select(TestQuads.Node), .. Enumerable.Range(-3, 6).Select(v => TestQuads.Int(v)), .. Enumerable.Range(10, 6).Select(TestQuads.Key)];
    private static readonly TermId[] Graphs = [TermId.Default, .. Enumerable.Range(1, 4).Select(TestQuads.Link)];

    [FsCheckProperty(MaxTest = 60)]
    public void Every_pattern_returns_exactly_what_a_filter_returns(int[] operations, bool objectIndex, bool nodePredicatesOnly)
    {
        var (store, model) = Build(operations, objectIndex, nodePredicatesOnly ? ObjectScanMode.NodePredicates : ObjectScanMode.AllPredicates);
        using (store)
        using (var snapshot = store.OpenSnapshot())
        {
            foreach (var pattern in AllPatterns(operations.Length))
                CheckPattern(snapshot, model, pattern);
        }
    }

    [FsCheckProperty(MaxTest = 40)]
    public void Union_scans_and_OSGP_give_identical_results(int[] operations)
    {
        var (withIndex, _) = Build(operations, objectIndex: true, ObjectScanMode.AllPredicates);
        var (allPredicates, _) = Build(operations, objectIndex: false, ObjectScanMode.AllPredicates);
        var (nodePredicates, _) = Build(operations, objectIndex: false, ObjectScanMode.NodePredicates);
        using var a = withIndex.OpenSnapshot();
        using var b = allPredicates.OpenSnapshot();
        using var c = nodePredicates.OpenSnapshot();
        foreach (var term in Objects)
        {
            var pattern = QuadPattern.Of(@object: term);
            var expected = TestQuads.Sorted(TestQuads.ScanAll(a, pattern));
            Assert.That(TestQuads.Sorted(TestQuads.ScanAll(b, pattern)), Is.EqualTo(expected), $"all predicates, {pattern}");
            Assert.That(TestQuads.Sorted(TestQuads.ScanAll(c, pattern)), Is.EqualTo(expected), $"node predicates, {pattern}");
            Assert.That(b.Count(pattern), Is.EqualTo(expected.Count));
        }
        Assert.That(a.Plan(QuadPattern.Of(@object: Objects[0])).UnionScan, Is.False);
        Assert.That(b.Plan(QuadPattern.Of(@object: Objects[0])).UnionScan, Is.True);
    }

    [FsCheckProperty(MaxTest = 30)]
    public void A_batch_sees_its_own_writes_for_every_pattern(int[] committed, int[] pending)
    {
        var (store, model) = Build(committed, objectIndex: false, ObjectScanMode.NodePredicates);
        using (store)
        using (var batch = store.BeginBatch())
        {
            foreach (var code in pending)
            {
                var quad = TestQuads.FromCode(code);
                if (code % 3 == 0) Assert.That(batch.Remove(quad), Is.EqualTo(model.Remove(quad)));
                else Assert.That(batch.Add(quad), Is.EqualTo(model.Add(quad)));
                if (code % 5 == 0) CheckPattern(batch, model, QuadPattern.Of(subject: quad.Subject));
            }
            foreach (var pattern in AllPatterns(pending.Length))
                CheckPattern(batch, model, pattern);
        }
    }

    private static (QuadStore Store, HashSet<Quad> Model) Build(int[] operations, bool objectIndex, ObjectScanMode mode)
    {
        var store = QuadStore.InMemory(new QuadStoreOptions { ObjectIndex = objectIndex, ObjectScanMode = mode });
        var model = new HashSet<Quad>();
        // Several commits of different sizes, so leaves are split, merged into and emptied.
        foreach (var chunk in operations.Chunk(Math.Max(1, operations.Length / 3)))
        {
            using var batch = store.BeginBatch();
            foreach (var code in chunk)
            {
                var quad = TestQuads.FromCode(code);
                if (code % 4 == 0) Assert.That(batch.Remove(quad), Is.EqualTo(model.Remove(quad)));
                else Assert.That(batch.Add(quad), Is.EqualTo(model.Add(quad)));
            }
            batch.CommitAsync().AsTask().GetAwaiter().GetResult();
        }
        return (store, model);
    }

    private static IEnumerable<QuadPattern> AllPatterns(int seed)
    {
        var random = new Random(seed);
        for (var bound = 0; bound < 16; bound++)
        {
            for (var sample = 0; sample < 6; sample++)
            {
                var pattern = QuadPattern.Of(
                    subject: (bound & 1) != 0 ? Pick(random, Subjects) : null,
                    predicate: (bound & 2) != 0 ? Pick(random, Predicates) : null,
                    @object: (bound & 4) != 0 ? Pick(random, Objects) : null,
                    graph: (bound & 8) != 0 ? Pick(random, Graphs) : null);
                yield return pattern;
                // A range on each free position (half the time an inverted, empty one is not generated).
                foreach (var position in new[] { AccessPattern.Subject, AccessPattern.Predicate, AccessPattern.Object, AccessPattern.Graph })
                {
                    if ((pattern.Bound & position) != 0) continue;
                    var domain = position switch
                    {
                        AccessPattern.Subject => Subjects,
                        AccessPattern.Predicate => Predicates,
                        AccessPattern.Object => Objects,
                        _ => Graphs,
                    };
                    var low = Pick(random, domain);
                    var high = Pick(random, domain);
                    if (low > high) (low, high) = (high, low);
                    yield return pattern.WithRange(position, low, high);
                }
            }
        }
    }

    private static TermId Pick(Random random, TermId[] terms) =>
        random.Next(10) == 0 ? TestQuads.Node(99) : terms[random.Next(terms.Length)];

    private static void CheckPattern(IReadSnapshot snapshot, HashSet<Quad> model, QuadPattern pattern)
    {
        var expected = TestQuads.Sorted(model.Where(q => pattern.Matches(q)));
        var actual = TestQuads.ScanAll(snapshot, pattern);
        Assert.That(TestQuads.Sorted(actual), Is.EqualTo(expected), $"pattern {pattern}, plan {snapshot.Plan(pattern)}");
        Assert.That(snapshot.Count(pattern), Is.EqualTo(expected.Count), $"count of {pattern}");
    }
}
