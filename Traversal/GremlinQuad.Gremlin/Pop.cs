namespace GremlinQuad.Gremlin;

/// <summary>Which of several values stored under one path label <c>select()</c> returns.</summary>
public enum Pop
{
    first,
    last,
    all,
    mixed,
}
