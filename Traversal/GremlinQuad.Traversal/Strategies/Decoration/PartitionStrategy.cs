using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Strategies.Decoration;

/// <summary>
/// PartitionStrategy(partitionKey:, writePartition:, readPartitions:): the graph is split by the value of
/// one property. Reads see only vertices and edges whose partition key is one of readPartitions (a has()
/// after every step that yields them; out()/in()/both() walk over filtered edges); writes (addV, addE,
/// mergeV, mergeE) stamp new elements with writePartition, and merges only match inside it.
/// </summary>
internal sealed class PartitionStrategy : ITraversalStrategy
{
    public StrategyCategory Category => StrategyCategory.Decoration;

    public string Name => "PartitionStrategy";

    public TraversalPlan Apply(TraversalPlan plan, StrategyContext context)
    {
        if (!StrategyConfiguration.TryGet(context, Name, out var strategy)) return plan;
        var key = StrategyConfiguration.RequiredString(strategy, "partitionKey");
        var write = StrategyConfiguration.String(strategy, "writePartition");
        var reads = StrategyConfiguration.Strings(strategy, "readPartitions");

        StepSpec Read() => new("has", [key, P.Within(reads.Cast<object?>())]);
        var steps = new List<StepSpec>(plan.Steps.Count * 2);
        foreach (var step in plan.Steps)
        {
            switch (step.Name)
            {
                case "V" or "E" or "outV" or "inV" or "otherV" or "bothV" or "outE" or "inE" or "bothE":
                    steps.Add(step with { Labels = [] });
                    steps.Add(Read() with { Labels = step.Labels });
                    break;
                case "out" or "in" or "both":
                {
                    var (incident, far) = step.Name switch
                    {
                        "out" => ("outE", "inV"),
                        "in" => ("inE", "outV"),
                        _ => ("bothE", "otherV"),
                    };
                    steps.Add(new StepSpec(incident, step.Arguments));
                    steps.Add(Read());
                    steps.Add(new StepSpec(far, []));
                    steps.Add(Read() with { Labels = step.Labels });
                    break;
                }
                case "addV" or "addE" when write is not null:
                    steps.Add(step with { Modulators = [.. step.Modulators, new Modulator("property", [key, write])] });
                    break;
                case "mergeV" or "mergeE" when write is not null:
                    steps.Add(Stamp(step, key, write));
                    break;
                default:
                    steps.Add(step);
                    break;
            }
        }
        return plan.WithSteps(steps);
    }

    /// <summary>
    /// Adds the partition to a merge's search map, so it matches only elements of the write partition and
    /// creates them stamped with it (the create map starts from the search map).
    /// </summary>
    private static StepSpec Stamp(StepSpec step, string key, string write)
    {
        if (step.Arguments is not [GremlinMap search]) return step;
        var stamped = new GremlinMap(search) { [key] = write };
        return step with { Arguments = [stamped] };
    }
}
