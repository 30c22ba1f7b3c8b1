namespace GremlinQuad.Storage;

/// <summary>
/// <c>foreach (var quad in snapshot.Scan(pattern))</c> without allocating: pulls blocks of
/// <see cref="QuadBuffer.Length"/> quads through <see cref="IReadSnapshot.Read"/>.
/// </summary>
public readonly struct QuadScan(IReadSnapshot snapshot, QuadPattern pattern)
{
    public Enumerator GetEnumerator() => new(snapshot, pattern);

    public struct Enumerator(IReadSnapshot snapshot, QuadPattern pattern)
    {
        private readonly IReadSnapshot _snapshot = snapshot;
        private readonly QuadPattern _pattern = pattern;
        private ScanCursor _cursor;
        private QuadBuffer _buffer;
        private int _count;
        private int _index;

        public readonly Quad Current => _buffer[_index];

        public bool MoveNext()
        {
            if (++_index < _count) return true;
            while (!_cursor.Done)
            {
                _count = _snapshot.Read(in _pattern, ref _cursor, _buffer);
                _index = 0;
                if (_count > 0) return true;
            }
            _count = 0;
            return false;
        }
    }
}
