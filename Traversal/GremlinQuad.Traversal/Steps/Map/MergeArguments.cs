using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// Where a merge step gets a map (or, for option(outV/inV), a vertex): the incoming object (mergeV()
/// with no argument), a constant, or the first result of a child traversal run on the traverser.
/// </summary>
internal sealed class MergeSource
{
    private readonly bool _incoming;
    private readonly object? _constant;
    private readonly CompiledTraversal? _traversal;

    private MergeSource(bool incoming, object? constant, CompiledTraversal? traversal)
    {
        _incoming = incoming;
        _constant = constant;
        _traversal = traversal;
    }

    public static MergeSource Incoming { get; } = new(true, null, null);

    public static MergeSource From(object? argument, StepCompiler compiler) =>
        argument is TraversalPlan plan ? new MergeSource(false, null, compiler.Child(plan)) : new MergeSource(false, argument, null);

    public bool IsConstant => !_incoming && _traversal is null;

    public object? Constant => _constant;

    public object? Evaluate(Traverser traverser, ExecutionContext context, string step)
    {
        if (_incoming) return traverser.Value;
        if (_traversal is null) return _constant;
        if (_traversal.TryFirst(traverser, context, out var value)) return value;
        throw new GremlinExecutionException($"{step}(): the traversal {_traversal} produced no value for the traverser holding {Args.Describe(traverser.Value)}.");
    }

    /// <summary>The map form: null stands for the empty map, as in TinkerPop's MergeStep.</summary>
    public GremlinMap EvaluateMap(Traverser traverser, ExecutionContext context, string step, string role) =>
        ToMap(Evaluate(traverser, context, step), step, role);

    public static GremlinMap ToMap(object? value, string step, string role) => value switch
    {
        null => new GremlinMap(),
        GremlinMap map => map,
        IReadOnlyDictionary<object?, object?> dictionary => new GremlinMap(dictionary),
        _ => throw new GremlinRequestException($"{step}(): {role} must be a Map, but was {Args.Describe(value)}."),
    };
}

/// <summary>mergeV()/mergeE() arguments and their option(Merge.x, ...) modulators, checked once when the step is built.</summary>
internal sealed class MergeArguments
{
    public required string Step { get; init; }
    public required MergeSource Merge { get; init; }
    public MergeSource? OnCreate { get; private set; }
    public MergeSource? OnMatch { get; private set; }
    public Cardinality? OnCreateCardinality { get; private set; }
    public Cardinality? OnMatchCardinality { get; private set; }
    public MergeSource? OutV { get; private set; }
    public MergeSource? InV { get; private set; }

    public static MergeArguments Parse(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        var arguments = new MergeArguments
        {
            Step = spec.Name,
            Merge = spec.Arguments.Count == 0 ? MergeSource.Incoming : MergeSource.From(spec.Arguments[0], compiler),
        };
        if (arguments.Merge.IsConstant)
        {
            if (arguments.Merge.Constant is not (null or GremlinMap))
                throw Args.Reject(spec.Name, 0, "a Map or a traversal producing one", arguments.Merge.Constant);
            MergeMaps.ValidateCreateMap(spec.Name, arguments.Merge.Constant as GremlinMap);
        }
        foreach (var option in spec.ModulatorsNamed("option"))
            arguments.AddOption(option, compiler);
        arguments.CheckConstantOverrides();
        return arguments;
    }

    private void AddOption(Modulator option, StepCompiler compiler)
    {
        if (option.Arguments.Count is < 2 or > 3 || option.Arguments[0] is not Merge token)
            throw new GremlinRequestException($"{Step}() takes option(Merge.onCreate|onMatch{(Step == "mergeE" ? "|outV|inV" : "")}, map or traversal), but was given {option}.");
        var source = MergeSource.From(option.Arguments[1], compiler);
        Cardinality? cardinality = null;
        if (option.Arguments.Count == 3)
        {
            if (option.Arguments[2] is not Cardinality given || token is not (Gremlin.Merge.onCreate or Gremlin.Merge.onMatch))
                throw new GremlinRequestException($"option({token}, map, cardinality): the third argument must be a Cardinality and applies to onCreate and onMatch only, but was given {option}.");
            cardinality = given;
        }
        if (source.IsConstant && token is Gremlin.Merge.onCreate or Gremlin.Merge.onMatch && source.Constant is not (null or GremlinMap))
            throw new GremlinRequestException($"option({token}): expects a Map or a traversal producing one, but was given {Args.Describe(source.Constant)}.");
        switch (token)
        {
            case Gremlin.Merge.onCreate:
                if (source.IsConstant) MergeMaps.ValidateCreateMap(Step, source.Constant as GremlinMap);
                OnCreate = source;
                OnCreateCardinality = cardinality;
                break;
            case Gremlin.Merge.onMatch:
                if (source.IsConstant) MergeMaps.ValidateMatchMap(Step, source.Constant as GremlinMap);
                OnMatch = source;
                OnMatchCardinality = cardinality;
                break;
            case Gremlin.Merge.outV when Step == "mergeE":
                OutV = source;
                break;
            case Gremlin.Merge.inV when Step == "mergeE":
                InV = source;
                break;
            default:
                throw new GremlinRequestException($"Option {token} for Merge is not supported by {Step}(); mergeV() takes onCreate and onMatch, mergeE() also outV and inV.");
        }
    }

    /// <summary>
    /// Two constant maps that disagree are invalid Gremlin whether or not anything matches, so the
    /// conflict is reported even when the onCreate map would never be used (TinkerPop does the same).
    /// </summary>
    private void CheckConstantOverrides()
    {
        if (Merge.IsConstant && OnCreate is { IsConstant: true } && Merge.Constant is GremlinMap merge && OnCreate.Constant is GremlinMap { Count: > 0 } onCreate)
            MergeMaps.ValidateNoOverrides(merge, onCreate);
    }

    /// <summary>option(onMatch|onCreate, map, cardinality) tags every untagged value with that cardinality.</summary>
    public static GremlinMap WithCardinality(GremlinMap map, Cardinality? cardinality)
    {
        if (cardinality is null) return map;
        var tagged = new GremlinMap();
        foreach (var (key, value) in map)
            tagged[key] = value is CardinalityValue || key is not string ? value : new CardinalityValue(cardinality.Value, value);
        return tagged;
    }
}
