namespace GremlinQuad.Traversal.Steps;

/// <summary>
/// An executable step: pulls traversers from its input and yields traversers. Steps are built once
/// per plan and may run many times (child traversals run once per parent traverser), so all
/// per-run state lives in the iterator, never in fields.
/// </summary>
internal abstract class Step
{
    public abstract IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context);
}
