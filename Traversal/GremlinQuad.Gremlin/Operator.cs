namespace GremlinQuad.Gremlin;

/// <summary>Reducing operators used by <c>sack()</c>, <c>withSack()</c> and <c>sideEffect</c> merges.</summary>
public enum Operator
{
    sum,
    minus,
    mult,
    div,
    min,
    max,
    assign,
    and,
    or,
    addAll,
    sumLong,
}
