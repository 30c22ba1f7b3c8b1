namespace GremlinQuad.Traversal.Plan;

/// <summary>
/// One step of a plan: the Gremlin operator, its planned arguments, the modulators that followed it
/// and the labels given by as(). Strategies replace specs; they never mutate one.
/// <see cref="Note"/> is what a storage strategy chose (index, union scan) and explain() prints.
/// </summary>
public sealed record StepSpec(string Name, IReadOnlyList<object?> Arguments)
{
    public IReadOnlyList<Modulator> Modulators { get; init; } = [];
    public IReadOnlyList<string> Labels { get; init; } = [];
    public string? Note { get; init; }

    public IEnumerable<Modulator> ModulatorsNamed(string name) => Modulators.Where(m => m.Name == name);

    public override string ToString()
    {
        var text = $"{Name}({string.Join(", ", Arguments.Select(PlanText.Argument))})";
        foreach (var modulator in Modulators) text += "." + modulator;
        foreach (var label in Labels) text += $".as('{label}')";
        return Note is null ? text : $"{text}[{Note}]";
    }
}
