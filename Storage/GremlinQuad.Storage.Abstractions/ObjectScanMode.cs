namespace GremlinQuad.Storage;

/// <summary>How an object-only lookup (??O?) is answered when the store has no OSGP index.</summary>
public enum ObjectScanMode : byte
{
    /// <summary>One POGS range scan per distinct predicate (the seed behaviour).</summary>
    AllPredicates = 0,

    /// <summary>
    /// For a <see cref="TermKind.Node"/> object, one POGS range scan per predicate that has ever had a
    /// node object; for any other object, all predicates. Same answer, far fewer scans.
    /// </summary>
    NodePredicates = 1,
}
