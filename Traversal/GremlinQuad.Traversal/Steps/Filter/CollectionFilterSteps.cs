using System.Collections;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>all(P), any(P), none(P): keep lists (and other iterables) whose members all / some / none satisfy P; anything else is dropped.</summary>
[GremlinStep("all", "any", "none")]
internal sealed class CollectionFilterStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1, 1);
        var predicate = spec.Arguments[0] as P ?? throw Args.Reject(spec.Name, 0, "a predicate", spec.Arguments[0]);
        var name = spec.Name;
        return new LambdaFilterStep((traverser, _) =>
        {
            if (traverser.Value is not IEnumerable items || traverser.Value is string or GremlinMap) return false;
            var members = items.Cast<object?>();
            return name switch
            {
                "all" => members.All(m => Predicates.Test(predicate, m)),
                "any" => members.Any(m => Predicates.Test(predicate, m)),
                _ => members.All(m => Predicates.Evaluate(predicate, m) == false),
            };
        });
    }
}
