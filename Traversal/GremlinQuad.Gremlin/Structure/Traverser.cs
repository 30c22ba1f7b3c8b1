namespace GremlinQuad.Gremlin.Structure;

/// <summary>
/// A result with its bulk, as the server's bytecode op returns it: <see cref="Value"/> stands for
/// <see cref="Bulk"/> identical results.
/// </summary>
public readonly record struct Traverser(object? Value, long Bulk)
{
    public override string ToString() => Bulk == 1 ? $"{Value}" : $"{Value} x{Bulk}";
}
