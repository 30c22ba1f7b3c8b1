namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>Neptune's loader <c>mode</c>: how a load relates to an earlier load of the same source.</summary>
public enum LoadMode
{
    /// <summary>Resume the earlier load when one is given, otherwise start a new one (Neptune's default).</summary>
    Auto,

    /// <summary>Load every source, whatever happened before.</summary>
    New,

    /// <summary>Continue an earlier load: sources it completed are skipped; fails when there is none.</summary>
    Resume,
}
