using System.Globalization;
using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Plan;

/// <summary>How plan arguments print in explain(): close to gremlin-lang so a reader can paste them back.</summary>
internal static class PlanText
{
    public static string Argument(object? value) => value switch
    {
        null => "null",
        string text => "'" + text.Replace("'", "\\'", StringComparison.Ordinal) + "'",
        Enum token => GremlinEnums.TypeNameOf(token) is null ? token.ToString() : GremlinEnums.Format(token),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IDictionary map => "[" + string.Join(", ", map.Keys.Cast<object?>().Select(k => Argument(k) + ":" + Argument(map[k!]))) + "]",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Argument)) + "]",
        _ => value.ToString() ?? "",
    };
}
