using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// addV([label|traversal]) and addE(label|traversal).from(...).to(...), with property(...) parameters
/// folded in by the plan builder (T.id sets the id). At the start of a traversal they run once.
/// </summary>
[GremlinStep("addV", "addE")]
internal sealed class AddElementStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 1);
        var isVertex = spec.Name == "addV";
        if (!isVertex && spec.Arguments.Count == 0)
            throw new GremlinRequestException("addE() needs an edge label: addE('knows').");
        var label = Parameter.Create(spec, spec.Arguments.Count == 1 ? spec.Arguments[0] : (isVertex ? Vertex.DefaultLabel : null), compiler);
        var properties = spec.ModulatorsNamed("property")
            .Select(m => (Key: m.Arguments[0] is TraversalPlan keyPlan ? Parameter.Create(spec, keyPlan, compiler) : m.Arguments[0], Value: Parameter.Create(spec, m.Arguments[1], compiler)))
            .ToList();
        Parameter? from = null, to = null;
        foreach (var modulator in spec.Modulators)
        {
            if (modulator.Name is "from" or "to")
            {
                if (isVertex) throw new GremlinRequestException($"addV() does not take {modulator.Name}(); use addE(label).from(...).to(...).");
                var end = Parameter.CreateEnd(spec, modulator.Arguments.Count == 1 ? modulator.Arguments[0] : null, compiler);
                if (modulator.Name == "from") from = end; else to = end;
            }
        }
        return new StreamStep((input, context) => Run(input, context, isVertex, label, properties, from, to));
    }

    private static IEnumerable<Traverser> Run(IEnumerable<Traverser> input, ExecutionContext context, bool isVertex, Parameter label,
        List<(object? Key, Parameter Value)> properties, Parameter? from, Parameter? to)
    {
        // Writes wait until the upstream scans are finished, so no scan sees a half-changed index.
        foreach (var traverser in input.ToList())
        {
            var labelText = label.Evaluate(traverser, context) as string
                ?? throw new GremlinExecutionException($"{(isVertex ? "addV" : "addE")}(): the label must be a String.");
            object? id = null;
            var values = new List<(string Key, object? Value)>();
            foreach (var (propertyKey, parameter) in properties)
            {
                // A key given as a traversal (property(values('name'), ...)) is evaluated per traverser.
                var key = propertyKey is Parameter keyParameter ? keyParameter.Evaluate(traverser, context) : propertyKey;
                var value = parameter.Evaluate(traverser, context);
                switch (key)
                {
                    case T.id: id = value; break;
                    case T.label: labelText = value as string ?? throw new GremlinExecutionException("The label must be a String."); break;
                    case string name:
                        // Hidden keys (~label ...) are the graph's own bookkeeping in the quads: users may not write them.
                        MergeMaps.ValidatePropertyKey(name);
                        values.Add((name, value));
                        break;
                    default: throw new GremlinRequestException($"property(): the key must be a String or T.id/T.label, but was {Args.Describe(key)}.");
                }
            }
            MergeMaps.ValidateLabel(labelText);
            object element;
            if (isVertex)
            {
                var vertex = context.Graph.AddVertex(id, labelText);
                foreach (var (key, value) in values)
                    if (value is not null) context.Graph.SetVertexProperty(vertex.Id, Cardinality.list, key, value);
                element = vertex;
            }
            else
            {
                var outVertex = ResolveEnd(from, traverser, context, "from");
                var inVertex = ResolveEnd(to, traverser, context, "to");
                var edge = context.Graph.AddEdge(outVertex, labelText, inVertex, id);
                foreach (var (key, value) in values)
                    if (value is not null) context.Graph.SetProperty(edge.Id, key, value);
                element = edge;
            }
            yield return traverser.Split(element);
        }
    }

    private static VertexRef ResolveEnd(Parameter? end, Traverser traverser, ExecutionContext context, string name)
    {
        var value = end is null ? traverser.Value : end.Evaluate(traverser, context);
        return value switch
        {
            VertexRef vertex => vertex,
            Vertex vertex when context.Graph.TryFindVertex(vertex.Id, out var found) => found,
            null => throw new GremlinExecutionException($"addE(): the {name}() vertex is missing; the traversal given to {name}() produced nothing."),
            _ when context.Graph.TryFindVertex(value, out var byId) => byId,
            _ => throw new GremlinExecutionException($"addE(): the {name}() end must resolve to a Vertex or the ID of a Vertex present in the graph, but was {Args.Describe(value)}."),
        };
    }
}

/// <summary>A step parameter: a constant, or a child traversal whose first result is the value.</summary>
internal sealed class Parameter
{
    private readonly object? _constant;
    private readonly CompiledTraversal? _traversal;
    private readonly string? _selectLabel;

    private Parameter(object? constant, CompiledTraversal? traversal, string? selectLabel)
    {
        _constant = constant;
        _traversal = traversal;
        _selectLabel = selectLabel;
    }

    public static Parameter Create(StepSpec spec, object? value, StepCompiler compiler) =>
        value is TraversalPlan plan ? new Parameter(null, compiler.Child(plan), null) : new Parameter(value, null, null);

    /// <summary>from()/to(): a string is a step label (as in from('a')), a traversal yields the vertex, a vertex is used as is.</summary>
    public static Parameter CreateEnd(StepSpec spec, object? value, StepCompiler compiler) => value switch
    {
        string label => new Parameter(null, null, label),
        TraversalPlan plan => new Parameter(null, compiler.Child(plan), null),
        _ => new Parameter(value, null, null),
    };

    /// <summary>Like <see cref="Evaluate"/>, but false when a traversal parameter produced nothing.</summary>
    public bool TryEvaluate(Traverser traverser, ExecutionContext context, out object? value)
    {
        if (_traversal is not null && _selectLabel is null) return _traversal.TryFirst(traverser, context, out value);
        value = Evaluate(traverser, context);
        return true;
    }

    public object? Evaluate(Traverser traverser, ExecutionContext context)
    {
        if (_selectLabel is not null)
        {
            return SelectStepFactory.TrySelect(traverser, context, Pop.last, _selectLabel, out var selected)
                ? selected
                : throw new GremlinExecutionException($"The step label '{_selectLabel}' is not in the traverser's path; label a step with as('{_selectLabel}') first.");
        }
        if (_traversal is not null)
            return _traversal.TryFirst(traverser, context, out var value) ? value : null;
        return _constant;
    }
}
