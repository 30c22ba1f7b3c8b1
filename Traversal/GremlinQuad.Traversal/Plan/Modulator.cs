namespace GremlinQuad.Traversal.Plan;

/// <summary>
/// A modulating instruction folded into the step it modifies: by(), times(), until(), emit(), option(),
/// from(), to(), with(), read(), write(). Arguments are already planned (nested traversals are
/// <see cref="TraversalPlan"/>s).
/// </summary>
public sealed record Modulator(string Name, IReadOnlyList<object?> Arguments)
{
    public override string ToString() => $"{Name}({string.Join(", ", Arguments.Select(PlanText.Argument))})";
}
