namespace GremlinQuad.Storage.Io;

/// <summary>
/// One file, as the durability code sees it. All storage I/O goes through this and
/// <see cref="IStorageDirectory"/>, so tests can tear writes, fail fsyncs and run out of space.
/// Errors surface as <see cref="IOException"/>.
/// </summary>
internal interface IStorageFile : IDisposable
{
    string Name { get; }

    long Length { get; }

    /// <summary>Reads up to <paramref name="destination"/>.Length bytes at <paramref name="offset"/>; returns how many.</summary>
    int Read(long offset, Span<byte> destination);

    void Write(long offset, ReadOnlySpan<byte> source);

    /// <summary>fsync: everything written so far is on stable storage when this returns.</summary>
    void Sync();

    void SetLength(long length);
}
