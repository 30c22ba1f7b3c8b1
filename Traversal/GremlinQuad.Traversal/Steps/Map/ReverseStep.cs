using System.Globalization;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// reverse(): a string backwards (surrogate pairs and combining marks kept whole), a list, set or
/// path as a reversed list; null and any other value pass through unchanged.
/// </summary>
[GremlinStep("reverse")]
internal sealed class ReverseStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        return new LambdaMapStep((t, _) => Reverse(t.Value));
    }

    private static object? Reverse(object? value)
    {
        if (value is string text)
        {
            var elements = new List<string>();
            var enumerator = StringInfo.GetTextElementEnumerator(text);
            while (enumerator.MoveNext()) elements.Add(enumerator.GetTextElement());
            elements.Reverse();
            return string.Concat(elements);
        }
        if (Iterables.AsList(value) is { } items)
        {
            items.Reverse();
            return items;
        }
        return value;
    }
}
