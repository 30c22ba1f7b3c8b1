namespace GremlinQuad.Gremlin.Language;

/// <summary>
/// Parses gremlin-lang, TinkerPop's canonical string form of Gremlin (the grammar all language variants
/// share; what Gremlin Console users type and Neptune accepts as a string), into the bytecode a client
/// such as gremlin-javascript would send for the same traversal.
/// </summary>
/// <remarks>
/// Scripts may hold several statements separated by <c>;</c> or line breaks (Neptune allows it).
/// Groovy-only constructs (variables, arithmetic, closures, <c>new Date()</c>, Java calls) are rejected with
/// a <see cref="GremlinSyntaxException"/> that says so and points at them.
/// </remarks>
public static class GremlinLangParser
{
    /// <summary>Parses a script and returns the bytecode of its last statement.</summary>
    /// <param name="text">The script, e.g. <c>g.V().has('person','name',x).out('knows')</c>.</param>
    /// <param name="bindings">Values for the parameters the script names as bare identifiers.</param>
    /// <exception cref="GremlinSyntaxException">The text does not parse; the exception names line and column and shows the text.</exception>
    /// <exception cref="GremlinRequestException">A parameter has no binding.</exception>
    public static Bytecode Parse(string text, IReadOnlyDictionary<string, object?>? bindings = null) =>
        ParseScript(text, bindings)[^1].Bytecode;

    /// <summary>Parses every statement of a script, in order, with the terminal step each one ends with.</summary>
    /// <inheritdoc cref="Parse" path="/exception"/>
    public static IReadOnlyList<GremlinStatement> ParseScript(string text, IReadOnlyDictionary<string, object?>? bindings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new GremlinLangReader(text, bindings).ReadScript();
    }
}
