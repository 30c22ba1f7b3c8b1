namespace GremlinQuad.Storage.Indexes;

/// <summary>Walks one index version from a position up to an inclusive high key; a struct, no allocation.</summary>
internal struct RangeIterator
{
    private readonly QuadIndex _index;
    private readonly QuadKey _high;
    private int _segment;
    private int _leaf;
    private int _position;
    private Leaf? _current;
    private LeafReader _reader;

    public RangeIterator(QuadIndex index, IndexPosition start, in QuadKey high)
    {
        _index = index;
        _high = high;
        _segment = start.Segment;
        _leaf = start.Leaf;
        _position = start.Position;
    }

    /// <summary>True once a key beyond the high bound or the end of the index was reached.</summary>
    public bool Finished { get; private set; }

    public readonly IndexPosition Position => new(_segment, _leaf, _position);

    public bool Next(out QuadKey key)
    {
        var segments = _index.Segments;
        while (_segment < segments.Length)
        {
            var leaves = segments[_segment].Leaves;
            var leaf = leaves[_leaf];
            if (_position < leaf.Count)
            {
                if (!ReferenceEquals(_current, leaf))
                {
                    _reader = new LeafReader(leaf, _position);
                    _current = leaf;
                }
                key = _reader.Next();
                _position++;
                if (key.CompareTo(_high) > 0) break;
                return true;
            }
            _current = null;
            _position = 0;
            if (++_leaf == leaves.Length)
            {
                _leaf = 0;
                _segment++;
            }
        }
        Finished = true;
        key = default;
        return false;
    }
}
