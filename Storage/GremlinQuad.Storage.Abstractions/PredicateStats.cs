namespace GremlinQuad.Storage;

/// <summary>
/// One entry of the predicate set: how many quads use the predicate, and whether any of them had a
/// <see cref="TermKind.Node"/> object (only such predicates can answer an object lookup for a node).
/// </summary>
public readonly record struct PredicateStats(TermId Predicate, long Count, bool LinksNodes);
