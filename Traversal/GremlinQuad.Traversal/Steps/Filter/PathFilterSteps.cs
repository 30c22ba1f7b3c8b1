using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>simplePath() keeps paths without repeated objects, cyclicPath() those with one; from()/to() bound the checked section by labels.</summary>
[GremlinStep("simplePath", "cyclicPath")]
internal sealed class PathFilterStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        var simple = spec.Name == "simplePath";
        var from = spec.ModulatorsNamed("from").Select(m => m.Arguments[0] as string).FirstOrDefault();
        var to = spec.ModulatorsNamed("to").Select(m => m.Arguments[0] as string).FirstOrDefault();
        var modulators = ByModulator.All(spec, compiler);
        return new LambdaFilterStep((traverser, context) =>
        {
            var path = Map.PathStepFactory.Of(traverser);
            var start = 0;
            var end = path.Objects.Count - 1;
            if (from is not null)
            {
                var index = IndexOf(path, from, first: true);
                if (index < 0) return false;
                start = index;
            }
            if (to is not null)
            {
                var index = IndexOf(path, to, first: false);
                if (index < 0) return false;
                end = index;
            }
            var seen = new GremlinSet(GremlinValues.EqualityComparer);
            var repeated = false;
            for (var i = start; i <= end; i++)
            {
                var value = path.Objects[i];
                if (modulators.Count > 0 && !ByModulator.Pick(modulators, i - start).TryApply(traverser, context, value, out value)) return false;
                if (!seen.Add(value))
                {
                    repeated = true;
                    break;
                }
            }
            return simple ? !repeated : repeated;
        });
    }

    private static int IndexOf(PathValue path, string label, bool first)
    {
        if (first)
        {
            for (var i = 0; i < path.Labels.Count; i++) if (path.Labels[i].Contains(label)) return i;
        }
        else
        {
            for (var i = path.Labels.Count - 1; i >= 0; i--) if (path.Labels[i].Contains(label)) return i;
        }
        return -1;
    }
}
