using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Gremlin.Language;

/// <summary>
/// Writes bytecode and values in gremlin-lang, the canonical string form that
/// <see cref="GremlinLangParser"/> reads back: <c>g.V().has('age',P.gt(30)).values('name')</c>.
/// Used for <c>ToString()</c>, <c>explain()</c> and error messages. Numbers carry their type suffix
/// (<c>1L</c>, <c>1.5d</c>) so the text parses back to the same types.
/// </summary>
public static class GremlinLangWriter
{
    /// <summary>The traversal rooted at <c>g</c>: <c>g.V().out()</c>.</summary>
    public static string Write(Bytecode bytecode)
    {
        var builder = new StringBuilder();
        Write(builder, bytecode, "g");
        return builder.ToString();
    }

    /// <param name="builder">Where to write.</param>
    /// <param name="bytecode">The traversal.</param>
    /// <param name="root"><c>g</c> for a traversal run from the source, <c>__</c> for a child traversal.</param>
    public static void Write(StringBuilder builder, Bytecode bytecode, string root)
    {
        builder.Append(root);
        foreach (var instruction in bytecode.SourceInstructions)
        {
            builder.Append('.');
            WriteInstruction(builder, instruction);
        }
        foreach (var instruction in bytecode.StepInstructions)
        {
            builder.Append('.');
            WriteInstruction(builder, instruction);
        }
    }

    public static void WriteInstruction(StringBuilder builder, Instruction instruction)
    {
        builder.Append(instruction.Operator).Append('(');
        WriteArguments(builder, instruction.Arguments);
        builder.Append(')');
    }

    public static string WriteValue(object? value)
    {
        var builder = new StringBuilder();
        WriteValue(builder, value);
        return builder.ToString();
    }

    public static void WriteValue(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                WriteString(builder, text);
                break;
            case char c:
                WriteString(builder, c.ToString());
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int i:
                builder.Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case long l:
                builder.Append(l.ToString(CultureInfo.InvariantCulture)).Append('L');
                break;
            case short s:
                builder.Append(s.ToString(CultureInfo.InvariantCulture)).Append('s');
                break;
            case sbyte b:
                builder.Append(b.ToString(CultureInfo.InvariantCulture)).Append('b');
                break;
            case BigInteger big:
                builder.Append(big.ToString(CultureInfo.InvariantCulture)).Append('n');
                break;
            case double d:
                WriteFloating(builder, d, d.ToString("R", CultureInfo.InvariantCulture), 'd');
                break;
            case float f:
                WriteFloating(builder, f, f.ToString("R", CultureInfo.InvariantCulture), 'f');
                break;
            case decimal m:
                builder.Append(m.ToString(CultureInfo.InvariantCulture)).Append('m');
                break;
            case DateTimeOffset date:
                builder.Append("datetime('").Append(date.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)).Append("')");
                break;
            case Guid uuid:
                builder.Append("UUID('").Append(uuid.ToString("D")).Append("')");
                break;
            case Enum token:
                builder.Append(GremlinEnums.Format(token));
                break;
            case Bytecode bytecode:
                // A traversal used as an argument is a child (anonymous) traversal, unless it has a source.
                Write(builder, bytecode, bytecode.SourceInstructions.Count == 0 ? "__" : "g");
                break;
            case TextP textP:
                builder.Append("TextP.").Append(textP.Operator).Append('(');
                WriteValue(builder, textP.Value);
                builder.Append(')');
                break;
            case P p:
                WritePredicate(builder, p);
                break;
            case TraversalStrategyValue strategy:
                WriteStrategy(builder, strategy);
                break;
            case CardinalityValue cardinality:
                builder.Append("Cardinality.").Append(cardinality.Cardinality).Append('(');
                WriteValue(builder, cardinality.Value);
                builder.Append(')');
                break;
            case Binding binding:
                builder.Append(binding.Key);
                break;
            case Element element:
                // Elements sent as arguments stand for their ids (g.V(v) means g.V(v.id)).
                WriteValue(builder, element.Id);
                break;
            case GremlinMap map:
                WriteMap(builder, map);
                break;
            case IDictionary dictionary:
                WriteMap(builder, dictionary.Cast<DictionaryEntry>().Select(entry => new KeyValuePair<object?, object?>(entry.Key, entry.Value)));
                break;
            case ISet<object?> or IReadOnlySet<object?>:
                builder.Append('{');
                WriteArguments(builder, (IEnumerable<object?>)value);
                builder.Append('}');
                break;
            case IList list:
                builder.Append('[');
                WriteArguments(builder, list.Cast<object?>());
                builder.Append(']');
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private static void WriteArguments(StringBuilder builder, IEnumerable<object?> arguments)
    {
        var first = true;
        foreach (var argument in arguments)
        {
            if (!first)
                builder.Append(',');
            first = false;
            WriteValue(builder, argument);
        }
    }

    private static void WriteFloating(StringBuilder builder, double value, string text, char suffix)
    {
        if (double.IsNaN(value))
            builder.Append("NaN");
        else if (double.IsPositiveInfinity(value))
            builder.Append("Infinity");
        else if (double.IsNegativeInfinity(value))
            builder.Append("-Infinity");
        else
        {
            builder.Append(text);
            if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
                builder.Append(".0");
            builder.Append(suffix);
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\'': builder.Append("\\'"); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (char.IsControl(c))
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append('\'');
    }

    private static void WritePredicate(StringBuilder builder, P p)
    {
        switch (p.Operator)
        {
            case "and" or "or" when p.Value is P left && p.Other is not null:
                WriteValue(builder, left);
                builder.Append('.').Append(p.Operator).Append('(');
                WriteValue(builder, p.Other);
                builder.Append(')');
                return;
            case "within" or "without" or "between" or "inside" or "outside" when p.Value is IList values:
                builder.Append("P.").Append(p.Operator).Append('(');
                WriteArguments(builder, values.Cast<object?>());
                builder.Append(')');
                return;
            default:
                builder.Append("P.").Append(p.Operator).Append('(');
                WriteValue(builder, p.Value);
                builder.Append(')');
                return;
        }
    }

    private static void WriteStrategy(StringBuilder builder, TraversalStrategyValue strategy)
    {
        if (strategy.Configuration.Count == 0)
        {
            builder.Append(strategy.Name);
            return;
        }
        builder.Append("new ").Append(strategy.Name).Append('(');
        var first = true;
        foreach (var (key, value) in strategy.Configuration)
        {
            if (!first)
                builder.Append(',');
            first = false;
            builder.Append(key).Append(':');
            WriteValue(builder, value);
        }
        builder.Append(')');
    }

    private static void WriteMap(StringBuilder builder, IEnumerable<KeyValuePair<object?, object?>> entries)
    {
        builder.Append('[');
        var empty = true;
        foreach (var (key, value) in entries)
        {
            if (!empty)
                builder.Append(',');
            empty = false;
            if (key is string or int or long or null)
            {
                WriteValue(builder, key);
            }
            else
            {
                // Tokens and composite keys are parenthesized so the parser reads them as keys.
                builder.Append('(');
                WriteValue(builder, key);
                builder.Append(')');
            }
            builder.Append(':');
            WriteValue(builder, value);
        }
        if (empty)
            builder.Append(':');
        builder.Append(']');
    }
}
