using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>id(), label(), key(), value(): one token of an element or property.</summary>
[GremlinStep("id", "label", "key", "value")]
internal sealed class ElementTokenStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        var token = Enum.Parse<T>(spec.Name);
        return new LambdaMapStep((t, c) =>
        {
            if (t.Value is null) throw new GremlinExecutionException($"{spec.Name}() cannot be applied to null.");
            return Elements.Token(c, t.Value, token);
        });
    }
}
