namespace GremlinQuad.Traversal.Steps;

/// <summary>A marker for "no value": local steps that find nothing return it and the traverser is dropped.</summary>
internal sealed class Unproductive
{
    public static readonly Unproductive Value = new();

    private Unproductive()
    {
    }
}
