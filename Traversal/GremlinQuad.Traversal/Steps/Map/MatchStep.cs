using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Strategies.Decoration;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// match(patterns...): declarative pattern matching. Each pattern <c>__.as('a')...as('b')</c> relates
/// the object bound to its start label to the one bound to its end label; the incoming object is bound
/// to the match's start label (the first start label that no pattern ends at), labels already in the
/// path are bound to their last values, and every consistent set of bindings is emitted as a map from
/// label to object. Patterns run as soon as their start label is bound (in the order given otherwise);
/// and()/or()/not()/where() patterns combine patterns; a pattern without an end label is a filter.
/// This is a backtracking join per traverser, not TinkerPop's adaptive streaming algorithm: the set
/// of results is the same, their order may differ.
/// </summary>
[GremlinStep("match")]
internal sealed class MatchStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 1);
        var patterns = spec.Arguments.Select((argument, i) => argument is TraversalPlan plan
            ? Pattern.Create(plan, compiler)
            : throw Args.Reject(spec.Name, i, "a pattern traversal such as __.as('a').out().as('b')", argument)).ToList();
        var ends = new HashSet<string>(patterns.SelectMany(p => p.EndLabels), StringComparer.Ordinal);
        var starts = patterns.Select(p => p.StartLabel).OfType<string>().ToList();
        var startLabel = starts.FirstOrDefault(s => !ends.Contains(s)) ?? starts.FirstOrDefault()
            ?? throw new GremlinRequestException("match(): no pattern has a start label; begin at least one pattern with as('label').");
        var scope = new HashSet<string>(patterns.SelectMany(p => p.Labels), StringComparer.Ordinal);
        return new StreamStep((input, context) => Run(input, context, patterns, startLabel, scope));
    }

    private static IEnumerable<Traverser> Run(IEnumerable<Traverser> input, ExecutionContext context, List<Pattern> patterns, string startLabel, HashSet<string> scope)
    {
        foreach (var traverser in input)
        {
            var bindings = new Bindings(traverser.Path, [], 1);
            for (var node = traverser.Path; node is not null; node = node.Previous)
            {
                foreach (var label in node.Labels)
                    if (scope.Contains(label) && !bindings.Contains(label)) bindings = bindings.Bind(label, node.Value);
            }
            if (!bindings.Contains(startLabel)) bindings = bindings.Bind(startLabel, traverser.Value);
            foreach (var solution in Pattern.Join(patterns, bindings, traverser, context))
            {
                context.Tick();
                var map = new GremlinMap();
                foreach (var (label, value) in solution.Values)
                    if (scope.Contains(label)) map[label] = value;
                yield return traverser.Split(map).WithBulk(traverser.Bulk * solution.Bulk);
            }
        }
    }

    /// <summary>Label bindings of one partial solution, oldest first, and the bulk they carry.</summary>
    private sealed class Bindings(PathNode? basePath, List<KeyValuePair<string, object?>> values, long bulk)
    {
        public List<KeyValuePair<string, object?>> Values { get; } = values;
        public long Bulk { get; } = bulk;

        public bool Contains(string label) => Values.Exists(v => v.Key == label);

        public object? Get(string label) => Values.Find(v => v.Key == label).Value;

        public Bindings Bind(string label, object? value) => new(basePath, [.. Values, new(label, value)], Bulk);

        public Bindings WithBulk(long bulk) => new(basePath, Values, bulk);

        /// <summary>A traverser at <paramref name="value"/> whose path carries every binding as a label, so select()/where() inside a pattern see them.</summary>
        public Traverser At(object? value, Traverser origin)
        {
            var path = basePath;
            foreach (var (label, bound) in Values) path = new PathNode(bound, [label], path);
            return new Traverser(value, 1, path, origin.Loops, origin.Sack);
        }
    }

    private enum Kind
    {
        Generic,
        And,
        Or,
        Not,
        Where,
    }

    private sealed class Pattern
    {
        private Kind _kind;
        private CompiledTraversal? _traversal;
        private List<Pattern> _children = [];
        private bool _nestedMatch;

        private static readonly ConnectiveStrategy Connective = new();

        public string? StartLabel { get; private set; }
        public List<string> EndLabels { get; private set; } = [];

        /// <summary>Every label the pattern mentions (the keys of the emitted map).</summary>
        public HashSet<string> Labels { get; } = new(StringComparer.Ordinal);

        /// <summary>Labels that must be bound before the pattern can run.</summary>
        private HashSet<string> _required = new(StringComparer.Ordinal);

        public static Pattern Create(TraversalPlan plan, StepCompiler compiler)
        {
            // Infix and()/or() (as('c').is(gt(2)).and()...) must be folded before the pattern is analysed.
            plan = Connective.Apply(plan, compiler.Strategies.Context);
            var pattern = new Pattern();
            CollectLabels(plan, pattern.Labels);
            var steps = plan.Steps;
            if (steps.Count == 1 && steps[0].Labels.Count == 0 && steps[0].Name is "and" or "or" or "not" && steps[0].Arguments.All(a => a is TraversalPlan))
            {
                pattern._kind = steps[0].Name switch { "and" => Kind.And, "or" => Kind.Or, _ => Kind.Not };
                pattern._children = [.. steps[0].Arguments.Cast<TraversalPlan>().Select(p => Create(p, compiler))];
                switch (pattern._kind)
                {
                    case Kind.And:
                        pattern.StartLabel = pattern._children.Select(c => c.StartLabel).FirstOrDefault(s => s is not null);
                        pattern.EndLabels = [.. pattern._children.SelectMany(c => c.EndLabels)];
                        pattern._required = pattern.StartLabel is null ? [] : [pattern.StartLabel];
                        break;
                    case Kind.Or:
                        pattern.StartLabel = pattern._children.Select(c => c.StartLabel).FirstOrDefault(s => s is not null);
                        pattern._required = [.. pattern._children.Select(c => c.StartLabel).OfType<string>()];
                        break;
                    default:
                        pattern._required = [.. pattern.Labels];
                        break;
                }
                return pattern;
            }
            if (steps.Count == 1 && steps[0].Labels.Count == 0 && steps[0].Name == "where" && steps[0].Arguments is [TraversalPlan inner])
            {
                pattern._kind = Kind.Where;
                pattern._children = [Create(inner, compiler)];
                pattern._required = [.. pattern.Labels];
                return pattern;
            }
            var body = steps;
            if (steps.Count > 0 && steps[0].Name == "identity" && steps[0].Labels.Count > 0 && steps[0].Modulators.Count == 0)
            {
                pattern.StartLabel = steps[0].Labels[0];
                body = [.. steps.Skip(1)];
                if (body.Count > 0) pattern.EndLabels = [.. body[^1].Labels];
                pattern._nestedMatch = body.Count > 0 && body[^1].Name == "match";
            }
            else
            {
                // where('a', P.neq('c')) and other start-less steps: filters over labels bound elsewhere.
                foreach (var step in steps)
                {
                    foreach (var argument in step.Arguments)
                    {
                        if (argument is string label && step.Name == "where") pattern._required.Add(label);
                        if (argument is P predicate) AddPredicateLabels(predicate, pattern._required);
                    }
                }
            }
            if (pattern.StartLabel is not null) pattern._required.Add(pattern.StartLabel);
            pattern._traversal = compiler.Child(new TraversalPlan(body.Count == 0 ? [new StepSpec("identity", [])] : body) { IsAnonymous = true });
            return pattern;
        }

        private static void AddPredicateLabels(P predicate, HashSet<string> labels)
        {
            if (predicate.Value is string label) labels.Add(label);
            if (predicate.Value is P inner) AddPredicateLabels(inner, labels);
            if (predicate.Other is not null) AddPredicateLabels(predicate.Other, labels);
        }

        private static void CollectLabels(TraversalPlan plan, HashSet<string> labels)
        {
            foreach (var step in plan.Steps)
            {
                labels.UnionWith(step.Labels);
                foreach (var argument in step.Arguments)
                    if (argument is TraversalPlan child && step.Name is "and" or "or" or "not" or "where" or "match") CollectLabels(child, labels);
            }
        }

        private bool IsReady(Bindings bindings) => _required.All(bindings.Contains);

        /// <summary>Every solution of <paramref name="patterns"/> that extends <paramref name="bindings"/>.</summary>
        public static IEnumerable<Bindings> Join(List<Pattern> patterns, Bindings bindings, Traverser origin, ExecutionContext context)
        {
            if (patterns.Count == 0)
            {
                yield return bindings;
                yield break;
            }
            var next = patterns.FindIndex(p => p.IsReady(bindings));
            if (next < 0) next = 0;
            var rest = new List<Pattern>(patterns);
            rest.RemoveAt(next);
            foreach (var extended in patterns[next].Evaluate(bindings, origin, context))
                foreach (var solution in Join(rest, extended, origin, context))
                    yield return solution;
        }

        private IEnumerable<Bindings> Evaluate(Bindings bindings, Traverser origin, ExecutionContext context)
        {
            switch (_kind)
            {
                case Kind.And:
                    foreach (var solution in Join(_children, bindings, origin, context)) yield return solution;
                    yield break;
                case Kind.Or:
                    foreach (var child in _children)
                        foreach (var solution in child.Evaluate(bindings, origin, context)) yield return solution;
                    yield break;
                case Kind.Not:
                    if (!Join(_children, bindings, origin, context).Any()) yield return bindings;
                    yield break;
                case Kind.Where:
                    if (Join(_children, bindings, origin, context).Any()) yield return bindings;
                    yield break;
            }
            if (StartLabel is not null && !bindings.Contains(StartLabel)) yield break;
            var start = StartLabel is null ? origin.Value : bindings.Get(StartLabel);
            foreach (var result in _traversal!.Apply(bindings.At(start, origin), context))
            {
                if (_nestedMatch && result.Value is GremlinMap nested)
                {
                    // A nested match emits its bindings as a map: they join the outer ones.
                    var joined = bindings;
                    var agrees = true;
                    foreach (var (key, value) in nested)
                    {
                        if (key is not string label) continue;
                        if (joined.Contains(label)) agrees &= GremlinValues.Equal(joined.Get(label), value);
                        else joined = joined.Bind(label, value);
                    }
                    if (agrees) yield return joined.WithBulk(bindings.Bulk * result.Bulk);
                    continue;
                }
                if (EndLabels.Count == 0)
                {
                    // No end label: the pattern only filters (the first result is enough).
                    yield return bindings.WithBulk(bindings.Bulk * result.Bulk);
                    yield break;
                }
                var extended = bindings;
                var consistent = true;
                foreach (var label in EndLabels)
                {
                    if (extended.Contains(label))
                        consistent &= GremlinValues.Equal(extended.Get(label), result.Value);
                    else
                        extended = extended.Bind(label, result.Value);
                }
                // Labels set inside the pattern (a nested match, intermediate as()) become bindings too.
                for (var node = result.Path; node is not null && consistent; node = node.Previous)
                {
                    foreach (var label in node.Labels)
                        if (Labels.Contains(label) && !extended.Contains(label)) extended = extended.Bind(label, node.Value);
                }
                if (consistent) yield return extended.WithBulk(bindings.Bulk * result.Bulk);
            }
        }
    }
}
