using System.Text;
using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// The string functions toUpper, toLower, trim, lTrim, rTrim, length, replace, split and substring.
/// Global scope takes a String (null passes through as null, anything else is an error); Scope.local
/// also takes a list of strings and applies the function to each member (null members stay null).
/// </summary>
[GremlinStep("toUpper", "toLower", "trim", "lTrim", "rTrim", "length", "replace", "split", "substring")]
internal sealed class StringStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        var name = spec.Name;
        var arguments = spec.Arguments.ToList();
        var local = false;
        if (arguments.Count > 0 && arguments[0] is Scope scope)
        {
            local = scope == Scope.local;
            arguments.RemoveAt(0);
        }
        var operation = Operation(spec, name, arguments);
        var stepName = local ? name + "(local)" : name + "()";
        return local
            ? new LambdaMapStep((traverser, _) => ApplyLocal(stepName, traverser.Value, operation))
            : new LambdaMapStep((traverser, _) => ApplyGlobal(stepName, traverser.Value, operation));
    }

    private static Func<string, object?> Operation(StepSpec spec, string name, List<object?> arguments)
    {
        var offset = spec.Arguments.Count - arguments.Count;
        switch (name)
        {
            case "toUpper":
                Expect(spec, arguments, 0, 0);
                return text => text.ToUpperInvariant();
            case "toLower":
                Expect(spec, arguments, 0, 0);
                return text => text.ToLowerInvariant();
            case "trim":
                Expect(spec, arguments, 0, 0);
                return text => Strip(text, leading: true, trailing: true);
            case "lTrim":
                Expect(spec, arguments, 0, 0);
                return text => Strip(text, leading: true, trailing: false);
            case "rTrim":
                Expect(spec, arguments, 0, 0);
                return text => Strip(text, leading: false, trailing: true);
            case "length":
                Expect(spec, arguments, 0, 0);
                // Java's String.length(): UTF-16 code units, returned as an Integer.
                return text => text.Length;
            case "replace":
            {
                Expect(spec, arguments, 2, 2);
                var oldText = NullableString(spec, arguments[0], offset);
                var newText = NullableString(spec, arguments[1], offset + 1);
                return text => Replace(text, oldText, newText);
            }
            case "split":
            {
                Expect(spec, arguments, 1, 1);
                var separator = NullableString(spec, arguments[0], offset);
                return text => Split(text, separator);
            }
            default:
            {
                Expect(spec, arguments, 1, 2);
                var start = Index(spec, arguments[0], offset);
                int? end = arguments.Count > 1 ? Index(spec, arguments[1], offset + 1) : null;
                return text => Substring(text, start, end);
            }
        }
    }

    private static void Expect(StepSpec spec, List<object?> arguments, int min, int max)
    {
        if (arguments.Count < min || arguments.Count > max)
        {
            var expected = min == max ? $"{min}" : $"{min} or {max}";
            throw new GremlinRequestException($"{spec.Name}() takes an optional Scope and then {expected} argument(s), but was given {spec}.");
        }
    }

    private static string? NullableString(StepSpec spec, object? argument, int position) => argument switch
    {
        null => null,
        string text => text,
        _ => throw Args.Reject(spec.Name, position, "a String", argument),
    };

    private static int Index(StepSpec spec, object? argument, int position) => argument switch
    {
        int i => i,
        long l and >= int.MinValue and <= int.MaxValue => (int)l,
        short s => s,
        sbyte b => b,
        _ => throw Args.Reject(spec.Name, position, "an Integer index", argument),
    };

    private static object? ApplyGlobal(string stepName, object? value, Func<string, object?> operation) => value switch
    {
        null => null,
        string text => operation(text),
        _ => throw new GremlinExecutionException(
            $"The {stepName} step can only take string as argument, encountered {ValueText.JavaTypeName(value)}; for a list of strings use {stepName[..^2]}(Scope.local)."),
    };

    private static object? ApplyLocal(string stepName, object? value, Func<string, object?> operation)
    {
        switch (value)
        {
            case null: return null;
            case string text: return operation(text);
        }
        var items = Iterables.AsList(value)
            ?? throw new GremlinExecutionException($"The {stepName} step can only take string or list of strings, encountered {ValueText.JavaTypeName(value)}.");
        var results = new List<object?>(items.Count);
        foreach (var item in items)
        {
            results.Add(item switch
            {
                null => null,
                string text => operation(text),
                _ => throw new GremlinExecutionException(
                    $"The {stepName} step can only take string or list of strings, encountered {ValueText.JavaTypeName(item)} in list."),
            });
        }
        return results;
    }

    /// <summary>Java's Character.isWhitespace, which String.strip() uses: unlike .NET it keeps no-break spaces.</summary>
    private static bool IsJavaWhitespace(char c) =>
        c is not ('\u00A0' or '\u2007' or '\u202F' or '\u0085') && (char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F');

    private static string Strip(string text, bool leading, bool trailing)
    {
        var start = 0;
        var end = text.Length;
        if (leading)
            while (start < end && IsJavaWhitespace(text[start])) start++;
        if (trailing)
            while (end > start && IsJavaWhitespace(text[end - 1])) end--;
        return text[start..end];
    }

    /// <summary>As commons-lang StringUtils.replace: a null or empty search, or a null replacement, leaves the text as it is.</summary>
    private static string Replace(string text, string? oldText, string? newText) =>
        string.IsNullOrEmpty(oldText) || newText is null ? text : text.Replace(oldText, newText, StringComparison.Ordinal);

    /// <summary>
    /// TinkerPop's split: a null separator splits at runs of whitespace; an empty one into single
    /// characters; otherwise at each whole separator, dropping empty pieces except a trailing one
    /// (commons-lang splitByWholeSeparator, which the reference implementation uses).
    /// </summary>
    private static List<object?> Split(string text, string? separator)
    {
        var pieces = new List<object?>();
        if (separator is null)
        {
            var token = new StringBuilder();
            foreach (var c in text)
            {
                if (IsJavaWhitespace(c))
                {
                    if (token.Length > 0) pieces.Add(token.ToString());
                    token.Clear();
                }
                else
                {
                    token.Append(c);
                }
            }
            if (token.Length > 0) pieces.Add(token.ToString());
            return pieces;
        }
        if (separator.Length == 0)
        {
            if (text.Length == 0) return [""];
            foreach (var c in text) pieces.Add(c.ToString());
            return pieces;
        }
        var begin = 0;
        var end = 0;
        while (end < text.Length)
        {
            end = text.IndexOf(separator, begin, StringComparison.Ordinal);
            if (end < 0)
            {
                pieces.Add(text[begin..]);
                break;
            }
            if (end > begin) pieces.Add(text[begin..end]);
            begin = end + separator.Length;
        }
        return pieces;
    }

    /// <summary>
    /// substring(start[, end]): negative indexes count from the end (clamped at 0), indexes past the end
    /// clamp to the length, and an end at or before the start gives the empty string.
    /// </summary>
    private static string Substring(string text, int start, int? end)
    {
        var from = Position(text.Length, start);
        if (end is null) return text[from..];
        var to = Position(text.Length, end.Value);
        return to <= from ? "" : text[from..to];
    }

    private static int Position(int length, int index) =>
        index < 0 ? Math.Max(0, length + index) : Math.Min(index, length);
}
