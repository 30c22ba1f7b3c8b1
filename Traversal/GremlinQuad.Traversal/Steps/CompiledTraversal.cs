using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps;

/// <summary>A plan turned into steps: a chain of enumerables, pulled by whoever consumes the output.</summary>
internal sealed class CompiledTraversal(TraversalPlan plan, IReadOnlyList<Step> steps)
{
    public TraversalPlan Plan { get; } = plan;
    public IReadOnlyList<Step> Steps { get; } = steps;

    public IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context)
    {
        var stream = input;
        foreach (var step in Steps) stream = step.Apply(stream, context);
        return stream;
    }

    /// <summary>Runs this (child) traversal for one traverser.</summary>
    public IEnumerable<Traverser> Apply(Traverser traverser, ExecutionContext context) => Apply([traverser], context);

    /// <summary>The first result of the child traversal for <paramref name="traverser"/>, if any.</summary>
    public bool TryFirst(Traverser traverser, ExecutionContext context, out object? value)
    {
        foreach (var result in Apply(traverser, context))
        {
            value = result.Value;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>The first result of the child traversal over several traversers (group()'s value traversal).</summary>
    public bool TryFirst(IEnumerable<Traverser> traversers, ExecutionContext context, out object? value)
    {
        foreach (var result in Apply(traversers, context))
        {
            value = result.Value;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Whether the child traversal yields anything (filters by traversal: where(), and(), not() ...).</summary>
    public bool Any(Traverser traverser, ExecutionContext context)
    {
        using var enumerator = Apply(traverser, context).GetEnumerator();
        return enumerator.MoveNext();
    }

    public override string ToString() => Plan.ToString();
}
