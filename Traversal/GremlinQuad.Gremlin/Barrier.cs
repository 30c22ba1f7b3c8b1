namespace GremlinQuad.Gremlin;

/// <summary>Barrier consumers (<c>barrier(Barrier.normSack)</c>).</summary>
public enum Barrier
{
    normSack,
}
