namespace GremlinQuad.Gremlin;

/// <summary>
/// A text predicate (<c>containing</c>, <c>startingWith</c>, <c>endingWith</c>, <c>regex</c> and their
/// <c>notX</c> forms). Like Java's TextP it is a <see cref="P"/>, so steps that accept a P accept it too.
/// </summary>
public sealed class TextP : P
{
    public TextP(string @operator, object? value)
        : base(@operator, value)
    {
    }

    public static TextP Containing(string value) => new("containing", value);

    public static TextP NotContaining(string value) => new("notContaining", value);

    public static TextP StartingWith(string value) => new("startingWith", value);

    public static TextP NotStartingWith(string value) => new("notStartingWith", value);

    public static TextP EndingWith(string value) => new("endingWith", value);

    public static TextP NotEndingWith(string value) => new("notEndingWith", value);

    public static TextP Regex(string pattern) => new("regex", pattern);

    public static TextP NotRegex(string pattern) => new("notRegex", pattern);

    /// <summary>The operators TextP defines, for parsers and serializers.</summary>
    public static bool IsTextOperator(string name) => name is "containing" or "notContaining" or "startingWith"
        or "notStartingWith" or "endingWith" or "notEndingWith" or "regex" or "notRegex";
}
