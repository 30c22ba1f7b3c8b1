namespace GremlinQuad.Storage.Indexes;

/// <summary>Sequential decoder over one leaf, positioned by key index; a struct so scans allocate nothing.</summary>
internal struct LeafReader
{
    private readonly Leaf _leaf;
    private int _offset;
    private int _index;
    private QuadKey _previous;

    /// <summary>Positions the reader so that <see cref="Next"/> returns key <paramref name="position"/>.</summary>
    public LeafReader(Leaf leaf, int position)
    {
        _leaf = leaf;
        var restart = position / Leaf.RestartInterval;
        _index = restart * Leaf.RestartInterval;
        _offset = _index < leaf.Count ? leaf.Restarts[restart] : leaf.Data.Length;
        _previous = QuadKey.Min;
        while (_index < position) Next();
    }

    public readonly int Index => _index;

    public QuadKey Next()
    {
        if (_index % Leaf.RestartInterval == 0) _previous = QuadKey.Min;
        _previous = LeafCodec.DecodeEntry(_leaf.Data, ref _offset, _previous);
        _index++;
        return _previous;
    }
}
