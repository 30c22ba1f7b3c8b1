using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Values;

namespace GremlinQuad.Traversal.Execution;

/// <summary>Reading ids, labels and properties of the engine's element references (vertex, edge, vertex property, property).</summary>
internal static class Elements
{
    public static bool IsElement(object? value) => value is VertexRef or EdgeRef or VertexPropertyRef;

    public static object Id(ExecutionContext context, object? element) => element switch
    {
        VertexRef vertex => context.Graph.ElementIdValue(vertex.Id),
        EdgeRef edge => context.Graph.ElementIdValue(edge.Id),
        VertexPropertyRef property => ResultConverter.PropertyId(context.Graph, property),
        _ => throw NotAnElement("id", element),
    };

    public static string Label(ExecutionContext context, object? element) => element switch
    {
        VertexRef vertex => context.Graph.VertexLabel(vertex.Id),
        EdgeRef edge => context.Graph.GetString(edge.Label),
        VertexPropertyRef property => context.Graph.GetString(property.Key),
        _ => throw NotAnElement("label", element),
    };

    public static GremlinExecutionException NotAnElement(string step, object? value) =>
        new($"{step}() applies to vertices, edges and vertex properties, but the traverser holds {Steps.Args.Describe(Public(value))}.");

    /// <summary>For messages: internal references print as the element they stand for.</summary>
    private static object? Public(object? value) => value;

    /// <summary>Key terms for the given names; names the graph has never seen are dropped (nothing can have them).</summary>
    public static List<TermId>? KeyTerms(ExecutionContext context, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0) return null;
        var terms = new List<TermId>(keys.Count);
        foreach (var key in keys)
            if (context.Graph.TryGetString(key, out var term)) terms.Add(term);
        return terms;
    }

    /// <summary>properties(keys): vertex properties of a vertex, properties of an edge, meta-properties of a vertex property.</summary>
    public static IEnumerable<object> Properties(ExecutionContext context, object? element, IReadOnlyList<string> keys)
    {
        var terms = KeyTerms(context, keys);
        if (terms is not null && terms.Count == 0) yield break;
        switch (element)
        {
            case VertexRef vertex:
                if (terms is null)
                {
                    foreach (var p in context.Graph.VertexProperties(vertex.Id, null)) yield return p;
                }
                else
                {
                    foreach (var term in terms)
                        foreach (var p in context.Graph.VertexProperties(vertex.Id, term)) yield return p;
                }
                break;
            case EdgeRef edge:
                foreach (var p in OwnedProperties(context, edge.Id, terms)) yield return p;
                break;
            case VertexPropertyRef property:
                if (property.HasStatement)
                    foreach (var p in OwnedProperties(context, property.Statement, terms)) yield return p;
                break;
            case null:
                yield break;
            default:
                throw NotAnElement("properties", element);
        }
    }

    private static IEnumerable<PropertyRef> OwnedProperties(ExecutionContext context, TermId owner, List<TermId>? terms)
    {
        if (terms is null)
        {
            foreach (var p in context.Graph.Properties(owner, null)) yield return p;
            yield break;
        }
        foreach (var term in terms)
            foreach (var p in context.Graph.Properties(owner, term)) yield return p;
    }

    /// <summary>The values of one key on an element (several for a multi-property).</summary>
    public static IEnumerable<object?> Values(ExecutionContext context, object? element, string key)
    {
        if (element is GremlinMap map)
        {
            if (map.TryGetValue(key, out var value)) yield return value;
            yield break;
        }
        foreach (var property in Properties(context, element, [key])) yield return PropertyValue(context, property);
    }

    public static object? PropertyValue(ExecutionContext context, object? property) => property switch
    {
        VertexPropertyRef p => context.Graph.GetValue(p.Value),
        PropertyRef p => context.Graph.GetValue(p.Value),
        _ => throw new GremlinExecutionException($"value() applies to properties, but the traverser holds {Steps.Args.Describe(property)}."),
    };

    public static string PropertyKey(ExecutionContext context, object? property) => property switch
    {
        VertexPropertyRef p => context.Graph.GetString(p.Key),
        PropertyRef p => context.Graph.GetString(p.Key),
        _ => throw new GremlinExecutionException($"key() applies to properties, but the traverser holds {Steps.Args.Describe(property)}."),
    };

    /// <summary>T.id / T.label / T.key / T.value of an element or property.</summary>
    public static object? Token(ExecutionContext context, object? value, T token) => token switch
    {
        T.id => Id(context, value),
        T.label => Label(context, value),
        T.key => value is KeyValuePair<object?, object?> entry ? entry.Key : PropertyKey(context, value),
        T.value => value is KeyValuePair<object?, object?> entry ? entry.Value : PropertyValue(context, value),
        _ => throw new GremlinRequestException($"Unknown token T.{token}."),
    };

    /// <summary>Gremlin equality of an element's id with a user-supplied id (which may be of another integer width, or a string).</summary>
    public static bool IdMatches(object id, object? candidate)
    {
        if (candidate is null) return false;
        if (GremlinValues.Equal(id, candidate)) return true;
        return candidate is string text && id is not string && Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture) == text;
    }
}
