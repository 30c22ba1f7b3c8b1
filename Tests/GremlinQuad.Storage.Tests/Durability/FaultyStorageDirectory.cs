using GremlinQuad.Storage.Io;

namespace GremlinQuad.Storage.Tests.Durability;

/// <summary>
/// An in-memory data directory that remembers what was synced, so a test can "lose power"
/// (<see cref="Crash"/> keeps only synced bytes), and that injects faults: a failing fsync, a full disk
/// after a byte budget, a write torn at a chosen byte.
/// </summary>
internal sealed class FaultyStorageDirectory : IStorageDirectory
{
    private readonly Dictionary<string, FaultyStorageFile> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public string Location => "/faulty";

    /// <summary>The next fsync of a file fails (and every one after it).</summary>
    public bool FailSyncs { get; set; }

    /// <summary>Total bytes all files may hold; a write beyond it writes what fits, then fails.</summary>
    public long? SpaceLimit { get; set; }

    public int SyncCount;

    public long UsedBytes
    {
        get
        {
            lock (_lock) return _files.Values.Sum(f => f.Length);
        }
    }

    public bool Exists(string name)
    {
        lock (_lock) return _files.ContainsKey(name);
    }

    public IStorageFile Open(string name, bool create)
    {
        lock (_lock)
        {
            if (!_files.TryGetValue(name, out var file))
            {
                if (!create) throw new FileNotFoundException($"{name} does not exist", name);
                _files[name] = file = new FaultyStorageFile(this, name);
            }
            return file.Handle();
        }
    }

    public void Delete(string name)
    {
        lock (_lock) _files.Remove(name);
    }

    public void Rename(string from, string to)
    {
        lock (_lock)
        {
            var file = _files[from];
            _files.Remove(from);
            file.Name = to;
            _files[to] = file;
        }
    }

    public void Sync()
    {
        if (FailSyncs) throw new IOException("Input/output error (injected directory fsync failure)");
    }

    public IReadOnlyList<string> List(string prefix)
    {
        lock (_lock) return [.. _files.Keys.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    /// <summary>What survives a power cut: every file with only its synced bytes.</summary>
    public FaultyStorageDirectory Crash()
    {
        var survivor = new FaultyStorageDirectory();
        lock (_lock)
        {
            foreach (var (name, file) in _files)
                survivor._files[name] = new FaultyStorageFile(survivor, name, file.DurableBytes());
        }
        return survivor;
    }

    /// <summary>A copy with everything written, synced or not (a process crash: the OS keeps the page cache).</summary>
    public FaultyStorageDirectory Copy()
    {
        var copy = new FaultyStorageDirectory();
        lock (_lock)
        {
            foreach (var (name, file) in _files)
                copy._files[name] = new FaultyStorageFile(copy, name, file.CurrentBytes());
        }
        return copy;
    }

    public byte[] ReadAll(string name)
    {
        lock (_lock) return _files[name].CurrentBytes();
    }

    public void Replace(string name, byte[] content)
    {
        lock (_lock) _files[name] = new FaultyStorageFile(this, name, content);
    }

    private long FreeBytes(FaultyStorageFile writer, long offset, int count)
    {
        if (SpaceLimit is not { } limit) return count;
        lock (_lock)
        {
            var others = _files.Values.Where(f => !ReferenceEquals(f, writer)).Sum(f => f.Length);
            var needed = Math.Max(writer.Length, offset + count);
            return needed + others <= limit ? count : Math.Max(0, limit - others - offset);
        }
    }

    private sealed class FaultyStorageFile(FaultyStorageDirectory directory, string name, byte[]? initial = null)
    {
        private readonly Lock _lock = new();
        private byte[] _current = initial ?? [];
        private byte[] _durable = initial ?? [];

        public FaultyStorageDirectory Directory { get; } = directory;

        public string Name { get; set; } = name;

        public long Length
        {
            get
            {
                lock (_lock) return _current.Length;
            }
        }

        public byte[] DurableBytes()
        {
            lock (_lock) return [.. _durable];
        }

        public byte[] CurrentBytes()
        {
            lock (_lock) return [.. _current];
        }

        public IStorageFile Handle() => new FileHandle(this);

        private sealed class FileHandle(FaultyStorageFile file) : IStorageFile
        {
            public string Name => file.Name;

            public long Length => file.Length;

            public int Read(long offset, Span<byte> destination)
            {
                lock (file._lock)
                {
                    var available = (int)Math.Max(0, Math.Min(destination.Length, file._current.Length - offset));
                    file._current.AsSpan((int)offset, available).CopyTo(destination);
                    return available;
                }
            }

            public void Write(long offset, ReadOnlySpan<byte> source)
            {
                var fits = (int)file.Directory.FreeBytes(file, offset, source.Length);
                lock (file._lock)
                {
                    var end = offset + fits;
                    if (end > file._current.Length) Array.Resize(ref file._current, (int)end);
                    source[..fits].CopyTo(file._current.AsSpan((int)offset));
                }
                if (fits < source.Length) throw new IOException("No space left on device (injected)");
            }

            public void Sync()
            {
                Interlocked.Increment(ref file.Directory.SyncCount);
                if (file.Directory.FailSyncs) throw new IOException("Input/output error (injected fsync failure)");
                lock (file._lock) file._durable = [.. file._current];
            }

            public void SetLength(long length)
            {
                lock (file._lock) Array.Resize(ref file._current, (int)length);
            }

            public void Dispose()
            {
            }
        }
    }
}
