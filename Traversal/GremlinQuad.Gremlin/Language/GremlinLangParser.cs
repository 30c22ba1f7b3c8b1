namespace GremlinQuad.Gremlin.Language;

/// <summary>Parses gremlin-lang scripts into the bytecode a client would send for the same traversal.</summary>
public static class GremlinLangParser
{
    /// <summary>Parses a script and returns the bytecode of its last statement.</summary>
    /// <exception cref="GremlinSyntaxException">The text does not parse; the message names line and column.</exception>
    /// <exception cref="GremlinRequestException">A parameter is not bound.</exception>
    public static Bytecode Parse(string text, IReadOnlyDictionary<string, object?>? bindings = null)
    {
        var statements = ParseScript(text, bindings);
        return statements[^1];
    }

    /// <summary>Parses every statement of a script (separated by <c>;</c> or new lines), in order.</summary>
    public static IReadOnlyList<Bytecode> ParseScript(string text, IReadOnlyDictionary<string, object?>? bindings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        throw new GremlinRequestException("The gremlin-lang parser is not available yet.");
    }
}
