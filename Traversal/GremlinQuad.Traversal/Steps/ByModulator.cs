using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps;

/// <summary>
/// One by() modulator: how to project a traverser's object (identity, a property key, a T token, a
/// Column, or a child traversal's first result). A projection can be unproductive (the key is
/// missing, the traversal yields nothing): TinkerPop then filters the traverser out.
/// </summary>
internal sealed class ByModulator
{
    private readonly string _step;
    private readonly object? _projection;
    private readonly CompiledTraversal? _traversal;

    private ByModulator(string step, object? projection, CompiledTraversal? traversal, Order? order)
    {
        _step = step;
        _projection = projection;
        _traversal = traversal;
        Order = order;
    }

    /// <summary>The sort direction given with this by() (order(), and the like); null when none.</summary>
    public Order? Order { get; }

    public static readonly ByModulator Identity = new("by", null, null, null);

    public static ByModulator Create(StepSpec spec, Modulator modulator, StepCompiler compiler)
    {
        var args = modulator.Arguments;
        if (args.Count == 0) return new ByModulator(spec.Name, null, null, null);
        var first = args[0];
        Order? order = args.Count > 1 ? args[1] as Order? ?? throw new GremlinRequestException($"{spec.Name}().by(): the second argument must be an Order (asc, desc, shuffle), but was {Args.Describe(args[1])}.") : null;
        return first switch
        {
            Order only when args.Count == 1 => new ByModulator(spec.Name, null, null, only),
            TraversalPlan child => new ByModulator(spec.Name, null, compiler.Child(child), order),
            string or T or Column => new ByModulator(spec.Name, first, null, order),
            _ => throw new GremlinRequestException($"{spec.Name}().by(): expected a property key, T token, Column, Order or traversal, but was {Args.Describe(first)}."),
        };
    }

    /// <summary>All by() modulators of a step, in order.</summary>
    public static List<ByModulator> All(StepSpec spec, StepCompiler compiler) =>
        [.. spec.ModulatorsNamed("by").Select(m => Create(spec, m, compiler))];

    /// <summary>The by() modulators of a step that takes at most one, rejecting more in TinkerPop's words.</summary>
    public static List<ByModulator> Single(StepSpec spec, StepCompiler compiler, string stepName)
    {
        var all = All(spec, compiler);
        if (all.Count > 1)
            throw new GremlinRequestException($"{stepName} step can only have one by modulator; {spec.Name}() was given {all.Count}.");
        return all;
    }

    public bool IsIdentity => _projection is null && _traversal is null;

    /// <summary>Projects <paramref name="value"/> (the traverser's object unless given); false when unproductive.</summary>
    public bool TryApply(Traverser traverser, ExecutionContext context, object? value, out object? result)
    {
        switch (_projection)
        {
            case null when _traversal is null:
                result = value;
                return true;
            case null:
                return _traversal!.TryFirst(ReferenceEquals(value, traverser.Value) ? traverser : traverser.Split(value), context, out result);
            case string key:
                if (value is GremlinMap map) return map.TryGetValue(key, out result);
                if (value is not (Graph.VertexRef or Graph.EdgeRef or Graph.VertexPropertyRef))
                    throw new GremlinExecutionException($"The by(\"{key}\") modulator of {_step}() applies to elements and maps, but the traverser holds {Args.Describe(value)}.");
                foreach (var found in Elements.Values(context, value, key))
                {
                    result = found;
                    return true;
                }
                result = null;
                return false;
            case T token:
                if (value is GremlinMap tokenMap) return tokenMap.TryGetValue(token, out result);
                result = Elements.Token(context, value, token);
                return true;
            case Column column:
                result = ColumnOf(value, column);
                return true;
            default:
                result = null;
                return false;
        }
    }

    public static object? ColumnOf(object? value, Column column) => value switch
    {
        GremlinMap map => column == Column.keys ? new GremlinSet(map.Select(e => e.Key)) : map.Select(e => e.Value).ToList(),
        KeyValuePair<object?, object?> entry => column == Column.keys ? entry.Key : entry.Value,
        Values.PathValue path => column == Column.keys ? path.Labels.Select(l => (object?)new GremlinSet(l)).ToList() : path.Objects.ToList(),
        _ => throw new GremlinExecutionException($"Column.{column} applies to maps and map entries, but the traverser holds {Args.Describe(value)}."),
    };

    /// <summary>Cycles through by() modulators, as project()/select()/path() use them (round-robin).</summary>
    public static ByModulator Pick(IReadOnlyList<ByModulator> modulators, int index) =>
        modulators.Count == 0 ? Identity : modulators[index % modulators.Count];
}
