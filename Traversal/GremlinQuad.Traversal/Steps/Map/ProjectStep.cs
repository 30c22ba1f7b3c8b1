using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>project(keys...).by(...): a map of one projection per key; an unproductive by() leaves its key out.</summary>
[GremlinStep("project")]
internal sealed class ProjectStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1);
        var keys = Args.Strings(spec);
        var modulators = ByModulator.All(spec, compiler);
        return new LambdaMapStep((traverser, context) =>
        {
            var map = new GremlinMap();
            for (var i = 0; i < keys.Count; i++)
            {
                if (ByModulator.Pick(modulators, i).TryApply(traverser, context, traverser.Value, out var value))
                    map[keys[i]] = value;
            }
            return map;
        });
    }
}
