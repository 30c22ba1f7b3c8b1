using GremlinQuad.Gremlin.Language;

namespace GremlinQuad.Gremlin;

/// <summary>
/// A traversal as clients send it: source instructions (<c>withStrategies</c>, <c>withSideEffect</c>, ...)
/// followed by step instructions. An anonymous (child) traversal is a bytecode with step instructions only.
/// </summary>
public sealed class Bytecode : IEquatable<Bytecode>
{
    public Bytecode()
    {
    }

    public Bytecode(IEnumerable<Instruction> sourceInstructions, IEnumerable<Instruction> stepInstructions)
    {
        SourceInstructions.AddRange(sourceInstructions);
        StepInstructions.AddRange(stepInstructions);
    }

    public List<Instruction> SourceInstructions { get; } = [];

    public List<Instruction> StepInstructions { get; } = [];

    public Bytecode AddSource(string sourceName, params object?[] arguments)
    {
        SourceInstructions.Add(new Instruction(sourceName, arguments));
        return this;
    }

    public Bytecode AddStep(string stepName, params object?[] arguments)
    {
        StepInstructions.Add(new Instruction(stepName, arguments));
        return this;
    }

    public bool Equals(Bytecode? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (SourceInstructions.SequenceEqual(other.SourceInstructions)
                && StepInstructions.SequenceEqual(other.StepInstructions)));

    public override bool Equals(object? obj) => Equals(obj as Bytecode);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var instruction in SourceInstructions)
            hash.Add(instruction);
        hash.Add(-1);
        foreach (var instruction in StepInstructions)
            hash.Add(instruction);
        return hash.ToHashCode();
    }

    /// <summary>
    /// The traversal in gremlin-lang form, rooted at <c>g</c>: <c>g.withSack(1).V().out('knows')</c>. Child
    /// traversals inside arguments print as <c>__.out('knows')</c>.
    /// </summary>
    public override string ToString() => GremlinLangWriter.Write(this);
}
