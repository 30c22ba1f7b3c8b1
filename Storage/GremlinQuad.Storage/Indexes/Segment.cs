namespace GremlinQuad.Storage.Indexes;

/// <summary>
/// An immutable run of consecutive leaves: the middle level of an index. A commit copies only the
/// segments whose leaves changed, so its cost is bounded by the segment size, not the index size.
/// </summary>
internal sealed class Segment
{
    public Segment(Leaf[] leaves)
    {
        Leaves = leaves;
        Starts = new int[leaves.Length];
        var count = 0;
        for (var i = 0; i < leaves.Length; i++)
        {
            Starts[i] = count;
            count += leaves[i].Count;
        }
        Count = count;
    }

    public Leaf[] Leaves { get; }

    /// <summary>Keys before leaf i within this segment.</summary>
    public int[] Starts { get; }

    public long Count { get; }

    public QuadKey First => Leaves[0].First;

    /// <summary>The last leaf whose first key is ≤ <paramref name="key"/>, or 0.</summary>
    public int FindLeaf(in QuadKey key)
    {
        int low = 0, high = Leaves.Length - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (Leaves[middle].First.CompareTo(key) <= 0)
            {
                found = middle;
                low = middle + 1;
            }
            else high = middle - 1;
        }
        return found;
    }
}
