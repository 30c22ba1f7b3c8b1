using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.SideEffect;

/// <summary>
/// tree() gathers every traverser's path into one <see cref="Tree"/> (a barrier that emits the tree);
/// tree(key) adds every path to the side-effect tree <c>key</c> and then lets the traversers pass (read
/// it with cap(key) or select(key)). by() modulators project the path's objects round-robin by depth; a path whose projection
/// is unproductive at some depth is left out.
/// </summary>
[GremlinStep("tree")]
internal sealed class TreeStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        var modulators = ByModulator.All(spec, compiler);
        if (spec.Arguments.Count == 0) return new StreamStep((input, context) => Reduce(input, context, modulators));
        var key = Args.String(spec, 0);
        return new StreamStep((input, context) => Collect(input, context, key, modulators));
    }

    /// <summary>
    /// tree(key) holds the traversers until every path is in the side effect, so a later select(key)
    /// sees the whole tree (g.V().out().tree('a').select('a') gives the full tree each time, as TinkerPop).
    /// </summary>
    private static IEnumerable<Traverser> Collect(IEnumerable<Traverser> input, ExecutionContext context, string key, List<ByModulator> modulators)
    {
        var tree = context.SideEffects.GetOrAdd(key, () => new Tree());
        var held = new List<Traverser>();
        foreach (var traverser in input)
        {
            context.Tick();
            AddPath(tree, traverser, context, modulators);
            held.Add(traverser);
        }
        foreach (var traverser in held) yield return traverser;
    }

    private static IEnumerable<Traverser> Reduce(IEnumerable<Traverser> input, ExecutionContext context, List<ByModulator> modulators)
    {
        var tree = new Tree();
        foreach (var traverser in input)
        {
            context.Tick();
            AddPath(tree, traverser, context, modulators);
        }
        yield return Traverser.Start(tree, 1, context.NewSack());
    }

    private static void AddPath(Tree tree, Traverser traverser, ExecutionContext context, List<ByModulator> modulators)
    {
        var nodes = traverser.Path?.ToList() ?? [];
        var projected = new List<object?>(nodes.Count);
        for (var depth = 0; depth < nodes.Count; depth++)
        {
            if (!ByModulator.Pick(modulators, depth).TryApply(traverser, context, nodes[depth].Value, out var value)) return;
            projected.Add(value);
        }
        var level = tree;
        foreach (var value in projected) level = level.GetOrAdd(value);
    }
}
