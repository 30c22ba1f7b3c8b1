namespace GremlinQuad.Storage.Indexes;

/// <summary>
/// An immutable block of up to <see cref="Capacity"/> sorted keys, compressed by <see cref="LeafCodec"/>.
/// Leaves are shared between versions of an index (copy-on-write): a commit replaces only the leaves
/// it touches, so snapshots cost nothing and readers never wait.
/// </summary>
internal sealed class Leaf(byte[] data, ushort[] restarts, int count, QuadKey first)
{
    public const int Capacity = 256;

    /// <summary>Every this many keys a key is encoded against zero, so a scan can start there.</summary>
    public const int RestartInterval = 16;

    public byte[] Data { get; } = data;

    /// <summary>Byte offset of key i * <see cref="RestartInterval"/>.</summary>
    public ushort[] Restarts { get; } = restarts;

    public int Count { get; } = count;

    public QuadKey First { get; } = first;

    /// <summary>Bytes held, for the bytes-per-quad figure.</summary>
    public long Footprint => Data.Length + Restarts.Length * sizeof(ushort) + 3 * 24 + 48;
}
