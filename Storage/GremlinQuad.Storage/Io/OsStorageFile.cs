using Microsoft.Win32.SafeHandles;

namespace GremlinQuad.Storage.Io;

/// <summary>A real file: positional reads and writes straight to the OS (no user-space buffer), fsync on <see cref="Sync"/>.</summary>
internal sealed class OsStorageFile : IStorageFile
{
    private readonly FileStream _stream;
    private readonly SafeFileHandle _handle;

    public OsStorageFile(string path, bool create)
    {
        Name = Path.GetFileName(path);
        _stream = new FileStream(path, create ? FileMode.OpenOrCreate : FileMode.Open, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
        _handle = _stream.SafeFileHandle;
    }

    public string Name { get; }

    public long Length => RandomAccess.GetLength(_handle);

    public int Read(long offset, Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = RandomAccess.Read(_handle, destination[total..], offset + total);
            if (read == 0) break;
            total += read;
        }
        return total;
    }

    public void Write(long offset, ReadOnlySpan<byte> source) => RandomAccess.Write(_handle, source, offset);

    public void Sync() => _stream.Flush(flushToDisk: true);

    public void SetLength(long length) => RandomAccess.SetLength(_handle, length);

    public void Dispose() => _stream.Dispose();
}
