namespace GremlinQuad.Storage.Tests.Durability;

/// <summary>The real file system path: files, fsync of files and of the directory, rename.</summary>
public sealed class OsStorageTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("gremlinquad-storage-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task A_store_on_disk_keeps_its_data_across_reopen_and_crash_style_reopen()
    {
        TermId subject;
        var store = QuadStore.Open(_directory);
        using (var batch = store.BeginBatch())
        {
            subject = batch.GetOrAddTerm(TermKind.Node, "disk");
            batch.Add(new Quad(subject, batch.GetOrAddTerm(TermKind.String, "name"), batch.GetOrAddTerm(TermKind.String, "on disk"), TermId.Default));
            await batch.CommitAsync();
        }
        Assert.That(store.IsDurable, Is.True);
        // Reopening a copy of the files without Dispose is what a killed process leaves behind.
        var copy = Directory.CreateTempSubdirectory("gremlinquad-storage-copy-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(_directory)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            using var crashed = QuadStore.Open(copy);
            using var snapshot = crashed.OpenSnapshot();
            Assert.That(snapshot.TryGetTerm(TermKind.Node, "disk", out var found) && found == subject, Is.True);
            Assert.That(snapshot.Count(QuadPattern.Of(subject: subject)), Is.EqualTo(1));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
        store.Dispose();
        Assert.That(Directory.GetFiles(_directory).Select(Path.GetFileName), Has.Some.StartsWith("snapshot-").And.Some.EqualTo("MANIFEST"));
        using var reopened = QuadStore.Open(_directory);
        Assert.That(reopened.QuadCount, Is.EqualTo(1));
    }

    [Test]
    public void A_directory_with_log_files_but_no_manifest_is_refused()
    {
        File.WriteAllBytes(Path.Combine(_directory, "wal-00000000000000000001.log"), [1, 2, 3]);
        var error = Assert.Throws<StorageCorruptionException>(() => QuadStore.Open(_directory));
        Assert.That(error!.Message, Does.Contain("no MANIFEST"));
    }

    [Test]
    public void A_file_that_is_not_ours_is_named_in_the_error()
    {
        using (QuadStore.Open(_directory)) { }
        File.WriteAllText(Path.Combine(_directory, "MANIFEST"), "not a manifest at all, just some text");
        var error = Assert.Throws<StorageCorruptionException>(() => QuadStore.Open(_directory));
        Assert.That(error!.Message, Does.Contain("MANIFEST").And.Contain("bad magic number"));
    }
}
