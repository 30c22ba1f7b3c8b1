using System.Numerics;
using GremlinQuad.Storage.Durability;

namespace GremlinQuad.Storage.Tests.Formats;

/// <summary>
/// Stores written by format version 1 must keep opening. <c>Formats/v1/store</c> was produced by
/// <see cref="Write_the_v1_golden_store"/> (run it explicitly to regenerate after a deliberate change,
/// never to paper over a failure): a checkpoint plus a log with later commits.
/// </summary>
public sealed class FormatTests
{
    private static string GoldenDirectory => Path.Combine(TestContext.CurrentContext.TestDirectory, "Formats", "v1", "store");

    private static readonly object[] Values =
    [
        "text", 42, (sbyte)-3, 1.5f, 2.25, 1e300, 12.50m, BigInteger.Pow(3, 50), long.MaxValue,
        Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), 'z', TimeSpan.FromMinutes(90), new byte[] { 1, 2, 3 },
        new DateTimeOffset(1969, 7, 20, 20, 17, 40, TimeSpan.Zero),
    ];

    [Test]
    public void A_version_1_store_opens_with_every_value_intact()
    {
        var copy = Directory.CreateTempSubdirectory("gremlinquad-v1-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(GoldenDirectory)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            using var store = QuadStore.Open(copy);
            using var snapshot = store.OpenSnapshot();
            Assert.That(store.QuadCount, Is.EqualTo(Values.Length + 1));
            for (var i = 0; i < Values.Length; i++)
            {
                Assert.That(snapshot.TryGetTerm(TermKind.Node, $"holder{i}", out var holder), Is.True, $"holder{i}");
                var quad = TestQuads.ScanAll(snapshot, QuadPattern.Of(subject: holder)).Single();
                Assert.That(snapshot.GetValue(quad.Object), Is.EqualTo(Values[i]).And.TypeOf(Values[i].GetType()));
            }
            Assert.That(snapshot.TryGetTerm(TermKind.Node, "removed", out _), Is.True, "a term outlives its quads");
            Assert.That(snapshot.TryGetTerm(TermKind.Node, "after-checkpoint", out var late) && snapshot.Count(QuadPattern.Of(subject: late)) == 1, Is.True);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Test, Explicit("Regenerates the golden files; run only after a deliberate format change with a new version folder.")]
    public async Task Write_the_v1_golden_store()
    {
        var target = Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "Formats", "v1", "store");
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        var store = QuadStore.Open(target);
        var key = TestQuads.Key(1);
        using (var batch = store.BeginBatch())
        {
            for (var i = 0; i < Values.Length; i++)
            {
                var kind = Values[i] switch
                {
                    string => TermKind.String,
                    int or sbyte or double or DateTimeOffset when batch.TryGetTerm(Kind(Values[i]), Values[i], out _) => Kind(Values[i]),
                    Guid or char or TimeSpan or byte[] => TermKind.Value,
                    _ => TermKind.Number,
                };
                batch.Add(new Quad(batch.GetOrAddTerm(TermKind.Node, $"holder{i}"), key, batch.GetOrAddTerm(kind, Values[i]), TermId.Default));
            }
            var removed = batch.GetOrAddTerm(TermKind.Node, "removed");
            batch.Add(new Quad(removed, key, removed, TermId.Default));
            await batch.CommitAsync();
        }
        store.Checkpoint();
        using (var batch = store.BeginBatch())
        {
            batch.TryGetTerm(TermKind.Node, "removed", out var removed);
            batch.Remove(new Quad(removed, key, removed, TermId.Default));
            batch.Add(new Quad(batch.GetOrAddTerm(TermKind.Node, "after-checkpoint"), key, TestQuads.Int(7), TermId.Default));
            await batch.CommitAsync();
        }
        // No Dispose: leave the last commits in the log so recovery has to replay them.
        Assert.That(Directory.GetFiles(target), Is.Not.Empty);
    }

    private static TermKind Kind(object value) => value switch
    {
        int or sbyte => TermKind.Integer,
        double => TermKind.Double,
        _ => TermKind.DateTime,
    };

    [TestCase("String", 1)]
    [TestCase("SByte", 2)]
    [TestCase("Byte", 3)]
    [TestCase("Int16", 4)]
    [TestCase("Int32", 5)]
    [TestCase("Int64", 6)]
    [TestCase("Single", 7)]
    [TestCase("Double", 8)]
    [TestCase("Decimal", 9)]
    [TestCase("BigInteger", 10)]
    [TestCase("DateTimeOffset", 11)]
    [TestCase("DateTime", 12)]
    [TestCase("Guid", 13)]
    [TestCase("Char", 14)]
    [TestCase("TimeSpan", 15)]
    [TestCase("Bytes", 16)]
    [TestCase("Boolean", 17)]
    public void Persisted_value_tags_never_change(string tag, int number) =>
        Assert.That((int)Enum.Parse<TermValueFormat.Tag>(tag), Is.EqualTo(number));

    [Test]
    public void Persisted_record_and_file_constants_never_change()
    {
        Assert.That(CommitRecord.CommitType, Is.EqualTo(1));
        Assert.That(FileHeader.CurrentVersion, Is.EqualTo(1));
        Assert.That(new[] { FileHeader.LogMagic, FileHeader.SnapshotMagic, FileHeader.ManifestMagic }, Is.EqualTo(new[] { "GQWL", "GQSN", "GQMF" }));
        Assert.That(LogRecord.HeaderSize, Is.EqualTo(16));
    }
}
