namespace GremlinQuad.Traversal.Values;

/// <summary>
/// What aggregate()/store() collect into: TinkerPop's BulkSet, a multiset that keeps every traverser's
/// object (duplicates included, in arrival order) yet is a Set by type, so cap('x').is(typeOf(GType.SET))
/// holds. It leaves the engine as a plain list, as BulkSet does on the wire.
/// </summary>
internal sealed class BulkSet : List<object?>
{
}
