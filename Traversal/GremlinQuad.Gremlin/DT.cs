namespace GremlinQuad.Gremlin;

/// <summary>Date-time units of <c>dateAdd()</c>/<c>dateDiff()</c>.</summary>
public enum DT
{
    second,
    minute,
    hour,
    day,
}
