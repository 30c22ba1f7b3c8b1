namespace GremlinQuad.Storage.Indexes;

/// <summary>A key's place in one version of an index; Segment == segment count means "past the end".</summary>
internal readonly record struct IndexPosition(int Segment, int Leaf, int Position);
