using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Filter;

/// <summary>has(key), has(key, value|P|traversal), has(label, key, value), has(T, ...), hasLabel, hasId, hasKey, hasValue, hasNot.</summary>
[GremlinStep("has", "hasLabel", "hasId", "hasKey", "hasValue", "hasNot")]
internal sealed class HasStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var args = spec.Arguments;
        switch (spec.Name)
        {
            case "hasLabel":
                Args.Count(spec, 1);
                return new HasStep(T.label, null, ToPredicate(args, spec));
            case "hasId":
                Args.Count(spec, 1);
                return new HasStep(T.id, null, ToPredicate(Start.GraphStepFactory.FlattenIds(args), spec));
            case "hasKey":
                Args.Count(spec, 1);
                return new HasStep(T.key, null, ToPredicate(args, spec));
            case "hasValue":
                Args.Count(spec, 1);
                return new HasStep(T.value, null, ToPredicate(args, spec));
            case "hasNot":
                Args.Count(spec, 1, 1);
                var absent = Args.String(spec, 0);
                return new LambdaFilterStep((t, c) => !Elements.Properties(c, t.Value, [absent]).Any());
        }
        Args.Count(spec, 1, 3);
        // A null key names no property, so nothing has it (TinkerPop: has(null) is empty).
        if (args[0] is null || (args.Count == 3 && args[1] is null)) return new LambdaFilterStep((_, _) => false);
        if (args.Count == 1)
        {
            return args[0] switch
            {
                string key => new LambdaFilterStep((t, c) => Elements.Properties(c, t.Value, [key]).Any()),
                T token => new LambdaFilterStep((t, c) => token is T.id or T.label || t.Value is VertexPropertyRef or PropertyRef),
                _ => throw Args.Reject("has", 0, "a property key (String) or T token", args[0]),
            };
        }
        if (args.Count == 3)
        {
            var label = args[0] as string ?? throw Args.Reject("has", 0, "a vertex label (String)", args[0]);
            var labelled = new HasStep(T.label, null, P.Eq(label));
            var rest = Create(spec with { Arguments = [args[1], args[2]] }, compiler);
            return new StreamStep((input, context) => rest.Apply(labelled.Apply(input, context), context));
        }
        if (args[1] is TraversalPlan traversal)
        {
            var child = compiler.Child(spec, traversal, 1);
            var key = args[0] as string ?? throw Args.Reject("has", 0, "a property key (String)", args[0]);
            return new LambdaFilterStep((t, c) =>
            {
                foreach (var value in Elements.Values(c, t.Value, key))
                    if (child.Any(t.Split(value), c)) return true;
                return false;
            });
        }
        var predicate = args[1] as P ?? P.Eq(args[1]);
        return args[0] switch
        {
            T token => new HasStep(token, null, predicate),
            string key => new HasStep(null, key, predicate),
            _ => throw Args.Reject("has", 0, "a property key (String) or T token", args[0]),
        };
    }

    /// <summary>hasLabel('a', 'b') means within('a', 'b'); a single P is used as given.</summary>
    private static P ToPredicate(IReadOnlyList<object?> args, StepSpec spec)
    {
        if (args.Count == 1 && args[0] is P p) return p;
        if (args.Count == 1 && args[0] is not System.Collections.IList) return P.Eq(args[0]);
        var values = new List<object?>();
        foreach (var arg in args)
        {
            if (arg is P) throw Args.Reject(spec.Name, 0, "values or a single predicate", arg);
            if (arg is System.Collections.IList list) values.AddRange(list.Cast<object?>());
            else values.Add(arg);
        }
        return P.Within(values);
    }
}

/// <summary>A has() filter on a token (id, label, key, value) or on the values of a property key.</summary>
internal sealed class HasStep(T? token, string? key, P predicate) : FilterStep
{
    public T? Token { get; } = token;
    public string? Key { get; } = key;
    public P Predicate { get; } = predicate;

    protected override bool Test(Traverser traverser, ExecutionContext context)
    {
        var element = traverser.Value;
        if (Token is { } token)
        {
            if (token == T.id)
            {
                if (!Elements.IsElement(element)) return false;
                var id = Elements.Id(context, element);
                return Predicate.Operator switch
                {
                    "eq" => Elements.IdMatches(id, Predicate.Value),
                    "within" => Predicates.Items(Predicate.Value).Any(v => Elements.IdMatches(id, v)),
                    _ => Predicates.Test(Predicate, id),
                };
            }
            if (token == T.label && !Elements.IsElement(element)) return false;
            // A multi-label vertex matches when any one of its labels does (Neptune: hasLabel('a') finds an 'a::b' vertex).
            if (token == T.label && element is VertexRef vertex)
            {
                foreach (var label in context.Graph.VertexLabels(vertex.Id))
                    if (Predicates.Test(Predicate, label)) return true;
                return false;
            }
            if (token is T.key or T.value && element is not (VertexPropertyRef or PropertyRef)) return false;
            return Predicates.Test(Predicate, Elements.Token(context, element, token));
        }
        if (element is not (VertexRef or EdgeRef or VertexPropertyRef)) return false;
        foreach (var value in Elements.Values(context, element, Key!))
            if (Predicates.Test(Predicate, value)) return true;
        return false;
    }
}
