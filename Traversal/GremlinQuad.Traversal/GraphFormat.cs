namespace GremlinQuad.Traversal;

/// <summary>Formats <see cref="GremlinGraph.Load"/> reads.</summary>
public enum GraphFormat
{
    /// <summary>TinkerPop's GraphSON v3 JSON lines: one vertex per line with its properties and out-edges.</summary>
    GraphSon = 0,

    /// <summary>GraphML (TinkerPop's labelV/labelE key convention).</summary>
    GraphML = 1,
}
