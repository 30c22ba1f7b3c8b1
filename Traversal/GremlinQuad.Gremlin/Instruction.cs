using System.Text;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Gremlin;

/// <summary>
/// One bytecode instruction: a step or source-step name and its arguments. Nested traversals appear as
/// <see cref="Bytecode"/> arguments; tokens as enum values; predicates as <see cref="P"/>.
/// </summary>
public sealed class Instruction : IEquatable<Instruction>
{
    public Instruction(string @operator, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(@operator);
        Operator = @operator;
        Arguments = arguments ?? [null];
    }

    /// <summary>The step name as Gremlin spells it (<c>out</c>, <c>hasLabel</c>, <c>withStrategies</c>).</summary>
    public string Operator { get; }

    /// <summary>The arguments in call order (a varargs call is flattened, as clients send it).</summary>
    public object?[] Arguments { get; }

    public bool Equals(Instruction? other)
    {
        if (other is null)
            return false;
        if (ReferenceEquals(this, other))
            return true;
        if (Operator != other.Operator || Arguments.Length != other.Arguments.Length)
            return false;
        for (var i = 0; i < Arguments.Length; i++)
        {
            if (!GremlinEquality.Equivalence.Equals(Arguments[i], other.Arguments[i]))
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Instruction);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Operator, StringComparer.Ordinal);
        foreach (var argument in Arguments)
            hash.Add(GremlinEquality.Equivalence.GetHashCode(argument));
        return hash.ToHashCode();
    }

    /// <summary>The instruction in gremlin-lang form, e.g. <c>has('name','marko')</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        GremlinLangWriter.WriteInstruction(builder, this);
        return builder.ToString();
    }
}
