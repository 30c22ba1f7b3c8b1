using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Steps.Map;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>dedup([local], [labels...]).by(...): the first traverser of each distinct value (or labelled tuple); bulk becomes 1.</summary>
[GremlinStep("dedup")]
internal sealed class DedupStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var local = spec.Arguments.Count > 0 && spec.Arguments[0] is Scope.local;
        var labels = spec.Arguments.Where(a => a is not Scope).Select((a, i) => a as string ?? throw Args.Reject("dedup", i, "a label (String)", a)).ToList();
        var by = ByModulator.Pick(ByModulator.Single(spec, compiler, "Dedup"), 0);
        if (local)
        {
            return new LambdaMapStep((t, c) => t.Value switch
            {
                GremlinSet set => set,
                System.Collections.IEnumerable items when t.Value is not string and not GremlinMap => new GremlinSet(items.Cast<object?>()).ToList(),
                _ => t.Value,
            });
        }
        return new StreamStep((input, context) => Apply(input, context, labels, by));
    }

    private static IEnumerable<Traverser> Apply(IEnumerable<Traverser> input, ExecutionContext context, List<string> labels, ByModulator by)
    {
        var seen = new GremlinSet();
        foreach (var traverser in input)
        {
            context.Tick();
            object? key;
            if (labels.Count == 0)
            {
                if (!by.TryApply(traverser, context, traverser.Value, out key)) continue;
            }
            else
            {
                var tuple = new List<object?>(labels.Count);
                var complete = true;
                foreach (var label in labels)
                {
                    if (!SelectStepFactory.TrySelect(traverser, context, Pop.last, label, out var value) || !by.TryApply(traverser, context, value, out var projected))
                    {
                        complete = false;
                        break;
                    }
                    tuple.Add(projected);
                }
                if (!complete) continue;
                key = tuple;
            }
            if (seen.Add(key)) yield return traverser.WithBulk(1);
        }
    }
}
