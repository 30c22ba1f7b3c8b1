using System.Text;
using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Execution;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>concat(strings or traversals...) appends to the incoming string (null counts as empty); format("%{key}") fills a template from properties, map keys, labels and by() for %{_}.</summary>
[GremlinStep("concat", "format")]
internal sealed class ConcatStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        if (spec.Name == "format")
        {
            Args.Count(spec, 1, 1);
            var template = Args.String(spec, 0);
            var modulators = ByModulator.All(spec, compiler);
            return new LambdaFlatMapStep((t, c) => Format(template, t, c, modulators) is { } text ? [text] : []);
        }
        var parts = spec.Arguments.Select(a => a is TraversalPlan plan ? (object)compiler.Child(plan) : a).ToList();
        return new LambdaMapStep((traverser, context) =>
        {
            if (traverser.Value is not (null or string))
                throw new GremlinExecutionException($"String concat() can only take string as argument, encountered {Args.Describe(traverser.Value)}.");
            var text = new StringBuilder((string?)traverser.Value);
            var anyText = traverser.Value is not null;
            foreach (var part in parts)
            {
                // As TraversalUtil.apply: a traversal argument must produce a value (null is a value, and is skipped).
                var value = part is CompiledTraversal child
                    ? child.TryFirst(traverser, context, out var first) ? first : throw new GremlinExecutionException($"The provided traverser does not map to a value: {ValueText.Of(context, traverser.Value)}->{child}")
                    : part;
                if (value is null) continue;
                if (value is not string piece) throw new GremlinExecutionException($"String concat() can only take string as argument, encountered {Args.Describe(value)}.");
                text.Append(piece);
                anyText = true;
            }
            return anyText ? text.ToString() : null;
        });
    }

    private static string? Format(string template, Traverser traverser, ExecutionContext context, List<ByModulator> modulators)
    {
        var result = new StringBuilder();
        var positional = 0;
        for (var i = 0; i < template.Length; i++)
        {
            // %{name} is a variable unless the % is itself escaped by a % before it (TinkerPop's (?<!%)%\{(.*?)\}).
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] == '{' && (i == 0 || template[i - 1] != '%'))
            {
                var close = template.IndexOf('}', i + 2);
                if (close < 0)
                {
                    result.Append(template, i, template.Length - i);
                    break;
                }
                var key = template[(i + 2)..close];
                object? value;
                if (key == "_")
                {
                    if (!ByModulator.Pick(modulators, positional++).TryApply(traverser, context, traverser.Value, out value)) return null;
                }
                else if (!TryLookup(traverser, context, key, out value))
                {
                    return null;
                }
                // A variable that resolves to null makes the traverser unproductive, as in TinkerPop.
                if (value is null) return null;
                result.Append(ValueText.Of(context, value));
                i = close;
                continue;
            }
            result.Append(template[i]);
        }
        return result.ToString();
    }

    private static bool TryLookup(Traverser traverser, ExecutionContext context, string key, out object? value)
    {
        switch (traverser.Value)
        {
            case GremlinMap map:
                if (map.TryGetValue(key, out value)) return true;
                break;
            case Graph.VertexRef or Graph.EdgeRef or Graph.VertexPropertyRef:
                foreach (var found in Elements.Values(context, traverser.Value, key))
                {
                    value = found;
                    return true;
                }
                break;
        }
        if (SelectStepFactory.TrySelect(traverser, context, Pop.last, key, out value)) return true;
        value = null;
        return false;
    }
}
