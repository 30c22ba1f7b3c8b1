using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Steps;
using GremlinQuad.Traversal.Strategies;
using StructureTraverser = GremlinQuad.Gremlin.Structure.Traverser;

namespace GremlinQuad.Traversal.Execution;

/// <summary>One run of a root plan inside one transaction: source instructions, strategies, steps, results.</summary>
internal sealed class TraversalRunner(GraphModel graph, GraphOptions options, CancellationToken cancellationToken)
{
    /// <summary>The text the traversal came from, shown by explain and profile reports (the plan's own text when null).</summary>
    public string? Query { get; init; }

    /// <summary>How a trailing profile() reports (HTTP /gremlin/profile sets it; the step uses the defaults).</summary>
    public ProfileOptions Profile { get; init; } = ProfileOptions.Default;

    public IReadOnlyList<StructureTraverser> Run(TraversalPlan plan)
    {
        var context = new ExecutionContext(graph, options, cancellationToken);
        var strategyContext = new StrategyContext(graph, options);
        ApplySource(plan, context, strategyContext);
        // explain() and profile() end a traversal and report on the steps before them.
        var report = plan.Steps.Count > 0 && plan.Steps[^1].Name is "explain" or "profile" ? plan.Steps[^1] : null;
        if (report is not null)
        {
            if (report.Arguments.Count > 0)
                throw new GremlinRequestException($"{report.Name}() takes no arguments here (profile(key) side-effect metrics are not supported); call {report.Name}() at the end of the traversal.");
            plan = plan.WithSteps(plan.Steps.Take(plan.Steps.Count - 1).ToList());
        }
        var pipeline = new StrategyPipeline(strategyContext);
        var compiler = new StepCompiler(pipeline);
        if (report?.Name == "explain") return [new StructureTraverser(TraversalReport.Explain(Query, plan, pipeline, compiler, graph), 1)];

        var converter = new ResultConverter(graph, options.MaterializeProperties);
        context.TrackPaths = PathAnalysis.NeedsPaths(plan);
        if (report is not null) return [new StructureTraverser(TraversalReport.Profile(Query, plan, pipeline, compiler, context, converter, Profile), 1)];

        var traversal = compiler.Compile(plan);
        var seed = new Execution.Traverser(null, 1, null, null, context.NewSack()) { TracksPath = context.TrackPaths };
        var results = new List<StructureTraverser>();
        foreach (var traverser in traversal.Apply([seed], context))
        {
            results.Add(new StructureTraverser(converter.Convert(traverser.Value), traverser.Bulk));
        }
        return results;
    }

    private static void ApplySource(TraversalPlan plan, ExecutionContext context, StrategyContext strategies)
    {
        foreach (var instruction in plan.Source)
        {
            var args = instruction.Arguments;
            switch (instruction.Name)
            {
                case "withSideEffect":
                    if (args.Count < 2 || args[0] is not string key)
                        throw new GremlinRequestException("withSideEffect() takes a key (String) and an initial value.");
                    context.SideEffects.Set(key, CopyValue(args[1]));
                    if (args.Count > 2)
                    {
                        if (args[2] is not Operator reducer)
                            throw new GremlinRequestException($"withSideEffect('{key}', value, reducer): the reducer must be an Operator (sum, min, max, assign, addAll ...), but was {Args.Describe(args[2])}.");
                        context.SideEffects.SetReducer(key, reducer);
                    }
                    break;
                case "withSack":
                    if (args.Count < 1) throw new GremlinRequestException("withSack() takes an initial value.");
                    var initial = args[0];
                    context.SackInitial = () => CopyValue(initial);
                    if (args.Count > 1 && args[^1] is Operator merge) context.SackMerge = merge;
                    break;
                case "withStrategies":
                    foreach (var argument in args)
                    {
                        if (argument is TraversalStrategyValue strategy) strategies.Added[strategy.Name] = strategy;
                        else throw new GremlinRequestException($"withStrategies() takes strategies, but was given {Args.Describe(argument)}.");
                    }
                    break;
                case "withoutStrategies":
                    foreach (var argument in args)
                    {
                        var name = argument switch
                        {
                            TraversalStrategyValue strategy => strategy.Name,
                            string text => text[(text.LastIndexOf('.') + 1)..],
                            _ => throw new GremlinRequestException($"withoutStrategies() takes strategy names, but was given {Args.Describe(argument)}."),
                        };
                        strategies.Removed.Add(name);
                    }
                    break;
                case "withBulk":
                    context.Bulk = args.Count == 0 || args[0] is not false;
                    break;
                case "withPath" or "with" or "withComputer":
                    break;
                default:
                    throw new GremlinRequestException($"The source step {instruction.Name}() is not supported; use withSideEffect, withSack, withStrategies or withoutStrategies.");
            }
        }
        if (strategies.Added.TryGetValue("SeedStrategy", out var seed) && seed.Configuration.TryGetValue("seed", out var value) && value is not null)
            context.Random = new Random(unchecked((int)Values.Numbers.ToInt64(value)));
    }

    /// <summary>Mutable initial values (lists, maps, sets) are copied so each run starts from the given value.</summary>
    public static object? CopyValue(object? value) => value switch
    {
        GremlinMap map => new GremlinMap(map),
        GremlinSet set => new GremlinSet(set),
        List<object?> list => new List<object?>(list),
        _ => value,
    };
}
