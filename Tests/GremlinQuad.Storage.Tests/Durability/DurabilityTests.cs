using System.Numerics;

namespace GremlinQuad.Storage.Tests.Durability;

public sealed class DurabilityTests
{
    private static Quad Fact(TermId subject, int n) => new(subject, TestQuads.Key(n % 5), TestQuads.Int(n), TermId.Default);

    /// <summary>Commits <paramref name="count"/> batches of one new node each; returns the node values.</summary>
    private static async Task<List<string>> CommitNodes(QuadStore store, int first, int count)
    {
        var names = new List<string>();
        for (var i = first; i < first + count; i++)
        {
            using var batch = store.BeginBatch();
            var node = batch.GetOrAddTerm(TermKind.Node, $"v{i}");
            batch.Add(Fact(node, i));
            await batch.CommitAsync();
            names.Add($"v{i}");
        }
        return names;
    }

    private static List<string> NodesIn(QuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        return [.. TestQuads.ScanAll(snapshot, QuadPattern.All).Select(q => (string)snapshot.GetValue(q.Subject)).Order(StringComparer.Ordinal)];
    }

    [Test]
    public async Task A_reopened_store_has_every_commit_and_term_after_a_clean_shutdown()
    {
        var directory = new FaultyStorageDirectory();
        object[] values = ["text", 1.5f, 12.50m, BigInteger.Pow(10, 30), Guid.NewGuid(), 'q', TimeSpan.FromHours(2), new byte[] { 9, 8 }, long.MaxValue, 1e300];
        var terms = new List<TermId>();
        using (var store = QuadStore.Open(directory))
        {
            await CommitNodes(store, 0, 20);
            using var batch = store.BeginBatch();
            foreach (var value in values)
            {
                var kind = value switch { string => TermKind.String, Guid or char or TimeSpan or byte[] => TermKind.Value, _ => TermKind.Number };
                var term = batch.GetOrAddTerm(kind, value);
                terms.Add(term);
                batch.Add(new Quad(batch.GetOrAddTerm(TermKind.Node, "holder"), TestQuads.Key(9), term, TermId.Default));
            }
            await batch.CommitAsync();
        }
        Assert.That(directory.List("snapshot-"), Has.Count.EqualTo(1), "clean shutdown takes a checkpoint");
        using var reopened = QuadStore.Open(directory);
        using var snapshot = reopened.OpenSnapshot();
        Assert.That(reopened.QuadCount, Is.EqualTo(20 + values.Length));
        for (var i = 0; i < values.Length; i++)
            Assert.That(snapshot.GetValue(terms[i]), Is.EqualTo(values[i]).And.TypeOf(values[i].GetType()));
        Assert.That(snapshot.TryGetTerm(TermKind.Node, "v7", out var v7), Is.True);
        Assert.That(snapshot.Count(QuadPattern.Of(subject: v7)), Is.EqualTo(1));
    }

    [Test]
    public async Task Acknowledged_commits_survive_a_power_cut_and_ids_are_not_reused()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        var acknowledged = await CommitNodes(store, 0, 30);
        var survivor = directory.Crash();                  // no Dispose: nothing but synced bytes remain
        using var reopened = QuadStore.Open(survivor);
        Assert.That(NodesIn(reopened), Is.EqualTo(acknowledged.Order(StringComparer.Ordinal)));
        await CommitNodes(reopened, 30, 1);
        Assert.That(NodesIn(reopened), Has.Count.EqualTo(31), "a new term after recovery gets a fresh id");
    }

    [Test]
    public async Task Recovery_replays_the_log_after_the_latest_checkpoint()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        var all = await CommitNodes(store, 0, 10);
        store.Checkpoint();
        all.AddRange(await CommitNodes(store, 10, 10));
        using (var batch = store.BeginBatch())
        {
            batch.TryGetTerm(TermKind.Node, "v3", out var v3);
            Assert.That(batch.Remove(Fact(v3, 3)), Is.True);
            await batch.CommitAsync();
        }
        all.Remove("v3");
        Assert.That(directory.List("wal-"), Has.Count.EqualTo(1), "segments covered by the checkpoint are deleted");
        using var reopened = QuadStore.Open(directory.Crash());
        Assert.That(NodesIn(reopened), Is.EqualTo(all.Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task A_write_torn_at_every_byte_of_the_last_record_recovers_exactly_the_earlier_commits()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        var earlier = await CommitNodes(store, 0, 3);
        var segment = directory.List("wal-").Single();
        var before = directory.ReadAll(segment).Length;
        await CommitNodes(store, 3, 1);
        var full = directory.ReadAll(segment);
        Assert.That(full.Length, Is.GreaterThan(before));

        for (var cut = before; cut < full.Length; cut++)
        {
            foreach (var zeroFilled in new[] { false, true })
            {
                var torn = directory.Copy();
                var content = zeroFilled ? [.. full[..cut], .. new byte[full.Length - cut]] : full[..cut];
                torn.Replace(segment, content);
                using var reopened = QuadStore.Open(torn);
                if (content.AsSpan().SequenceEqual(full))
                {
                    // The zeroed tail happened to hold zeros already (the default graph, an empty remove list).
                    Assert.That(NodesIn(reopened), Has.Count.EqualTo(earlier.Count + 1));
                    continue;
                }
                Assert.That(NodesIn(reopened), Is.EqualTo(earlier), $"cut at byte {cut} of {before}..{full.Length}, zero-filled {zeroFilled}");
                Assert.That(reopened.RecoveredTornBytes, Is.EqualTo(content.Length - before));
                Assert.That(torn.ReadAll(segment), Has.Length.EqualTo(before), "the torn tail is truncated");
            }
        }
    }

    [Test]
    public async Task A_damaged_record_followed_by_a_good_one_is_corruption_naming_file_offset_and_lsn()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        await CommitNodes(store, 0, 2);
        var segment = directory.List("wal-").Single();
        var offsetOfSecond = directory.ReadAll(segment).Length;
        await CommitNodes(store, 2, 2);
        var content = directory.ReadAll(segment);
        content[offsetOfSecond + 20] ^= 0x55;             // inside the payload of LSN 3; LSN 4 follows intact
        var damaged = directory.Copy();
        damaged.Replace(segment, content);
        var error = Assert.Throws<StorageCorruptionException>(() => QuadStore.Open(damaged));
        Assert.That(error!.Message, Does.Contain(segment).And.Contain($"offset {offsetOfSecond}").And.Contain("expected LSN 3").And.Contain("followed by a valid record"));
    }

    [Test]
    public async Task A_gap_in_log_sequence_numbers_is_corruption()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        await CommitNodes(store, 0, 1);
        var segment = directory.List("wal-").Single();
        var damaged = directory.Copy();
        var content = damaged.ReadAll(segment);
        // Rename the segment so it claims to start at LSN 2 while its first record is LSN 1.
        damaged.Delete(segment);
        damaged.Replace("wal-00000000000000000005.log", content);
        var error = Assert.Throws<StorageCorruptionException>(() => QuadStore.Open(damaged));
        Assert.That(error!.Message, Does.Contain("wal-00000000000000000005.log"));
    }

    [Test]
    public async Task A_failed_fsync_suspends_writes_but_reads_keep_working()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        var acknowledged = await CommitNodes(store, 0, 5);
        directory.FailSyncs = true;
        var failure = Assert.ThrowsAsync<StorageFailureException>(async () => await CommitNodes(store, 5, 1));
        Assert.That(failure!.Message, Does.StartWith("writes suspended: ").And.Contain("injected fsync failure").And.Contain("restart"));
        Assert.That(store.WritesSuspendedReason, Is.Not.Null);
        Assert.That(NodesIn(store), Is.EqualTo(acknowledged), "the unacknowledged commit is not visible");
        directory.FailSyncs = false;
        Assert.ThrowsAsync<StorageFailureException>(async () => await CommitNodes(store, 6, 1), "a failed fsync is never retried and forgotten");
        using var reopened = QuadStore.Open(directory.Crash());
        Assert.That(NodesIn(reopened), Is.EqualTo(acknowledged));
    }

    [Test]
    public async Task A_full_disk_suspends_writes_and_recovery_keeps_the_acknowledged_prefix()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        var acknowledged = await CommitNodes(store, 0, 5);
        directory.SpaceLimit = directory.UsedBytes + 30;   // the next record does not fit
        var failure = Assert.ThrowsAsync<StorageFailureException>(async () => await CommitNodes(store, 5, 1));
        Assert.That(failure!.Message, Does.Contain("No space left on device"));
        Assert.That(NodesIn(store), Is.EqualTo(acknowledged));
        directory.SpaceLimit = null;
        using var reopened = QuadStore.Open(directory.Crash());
        Assert.That(NodesIn(reopened), Is.EqualTo(acknowledged));
        Assert.That(reopened.RecoveredTornBytes, Is.Zero, "the partial record was never synced");
        using var afterProcessCrash = QuadStore.Open(directory.Copy());
        Assert.That(NodesIn(afterProcessCrash), Is.EqualTo(acknowledged), "unsynced partial bytes are a torn tail");
        Assert.That(afterProcessCrash.RecoveredTornBytes, Is.GreaterThan(0));
    }

    [Test]
    public async Task Reopening_with_a_different_OSGP_setting_fails_and_says_why()
    {
        var directory = new FaultyStorageDirectory();
        using (var store = QuadStore.Open(directory))
            await CommitNodes(store, 0, 1);
        var error = Assert.Throws<StorageConfigurationException>(() => QuadStore.Open(directory, new QuadStoreOptions { ObjectIndex = true }));
        Assert.That(error!.Message, Does.Contain("created without it").And.Contain("OSGP is chosen when a store is created"));
        using var withIndex = QuadStore.Open(new FaultyStorageDirectory(), new QuadStoreOptions { ObjectIndex = true });
        Assert.That(withIndex.HasObjectIndex, Is.True);
    }

    [Test]
    public async Task Concurrent_writers_share_fsyncs_and_every_commit_is_durable()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        var syncsBefore = directory.SyncCount;
        const int Writers = 16, PerWriter = 20;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => CommitNodes(store, w * 1000, PerWriter))));
        var syncs = directory.SyncCount - syncsBefore;
        TestContext.Out.WriteLine($"{Writers * PerWriter} commits, {syncs} fsyncs");
        Assert.That(syncs, Is.LessThanOrEqualTo(Writers * PerWriter));
        using var reopened = QuadStore.Open(directory.Crash());
        Assert.That(reopened.QuadCount, Is.EqualTo(Writers * PerWriter));
    }

    [Test]
    public async Task A_manifest_slot_with_a_bad_checksum_falls_back_to_the_other_slot()
    {
        var directory = new FaultyStorageDirectory();
        var store = QuadStore.Open(directory);
        var all = await CommitNodes(store, 0, 4);
        store.Checkpoint();                                // revision 2 goes to slot 0
        var manifest = directory.ReadAll("MANIFEST");
        manifest[16 + 3] ^= 0xFF;                          // damage slot 0: revision 1 (no snapshot) wins
        var damaged = directory.Crash();
        damaged.Replace("MANIFEST", manifest);
        // Revision 1 has no snapshot and the old log segment was dropped after the checkpoint: the
        // store must refuse rather than silently come up empty.
        Assert.Throws<StorageCorruptionException>(() => QuadStore.Open(damaged));
        using var intact = QuadStore.Open(directory.Crash());
        Assert.That(NodesIn(intact), Is.EqualTo(all));
    }
}
