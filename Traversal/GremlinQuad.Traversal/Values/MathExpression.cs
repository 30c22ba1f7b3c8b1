using System.Globalization;
using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Values;

/// <summary>
/// The expression language of math(): numbers, variables (<c>_</c> and labels), + - * / % ^, unary
/// minus, parentheses and the usual functions (exp4j's set). Parsed once into a tree; evaluated in doubles.
/// </summary>
internal sealed class MathExpression
{
    private readonly Func<Func<string, double>, double> _evaluate;

    private MathExpression(Func<Func<string, double>, double> evaluate, List<string> variables)
    {
        _evaluate = evaluate;
        Variables = variables;
    }

    /// <summary>Variable names in order of first appearance (by() modulators apply in this order).</summary>
    public List<string> Variables { get; }

    public double Evaluate(Func<string, double> variable) => _evaluate(variable);

    public static MathExpression Parse(string text)
    {
        var parser = new Parser(text);
        var tree = parser.ParseExpression();
        parser.ExpectEnd();
        return new MathExpression(tree, parser.Variables);
    }

    private sealed class Parser(string text)
    {
        private int _position;

        public List<string> Variables { get; } = [];

        public void ExpectEnd()
        {
            SkipSpaces();
            if (_position < text.Length) throw Error($"unexpected '{text[_position]}'");
        }

        public Func<Func<string, double>, double> ParseExpression()
        {
            var left = ParseTerm();
            while (true)
            {
                SkipSpaces();
                if (Accept('+')) { var l = left; var r = ParseTerm(); left = v => l(v) + r(v); }
                else if (Accept('-')) { var l = left; var r = ParseTerm(); left = v => l(v) - r(v); }
                else return left;
            }
        }

        private Func<Func<string, double>, double> ParseTerm()
        {
            var left = ParseUnary();
            while (true)
            {
                SkipSpaces();
                if (Accept('*')) { var l = left; var r = ParseUnary(); left = v => l(v) * r(v); }
                else if (Accept('/')) { var l = left; var r = ParseUnary(); left = v => l(v) / r(v); }
                else if (Accept('%')) { var l = left; var r = ParseUnary(); left = v => l(v) % r(v); }
                else return left;
            }
        }

        private Func<Func<string, double>, double> ParseUnary()
        {
            SkipSpaces();
            if (Accept('-')) { var inner = ParseUnary(); return v => -inner(v); }
            if (Accept('+')) return ParseUnary();
            return ParsePower();
        }

        private Func<Func<string, double>, double> ParsePower()
        {
            var @base = ParseAtom();
            SkipSpaces();
            if (Accept('^'))
            {
                var exponent = ParseUnary();
                return v => Math.Pow(@base(v), exponent(v));
            }
            return @base;
        }

        private Func<Func<string, double>, double> ParseAtom()
        {
            SkipSpaces();
            if (Accept('('))
            {
                var inner = ParseExpression();
                SkipSpaces();
                if (!Accept(')')) throw Error("missing ')'");
                return inner;
            }
            if (_position < text.Length && (char.IsDigit(text[_position]) || text[_position] == '.'))
            {
                var start = _position;
                while (_position < text.Length && (char.IsDigit(text[_position]) || text[_position] is '.' or 'e' or 'E'
                    || (text[_position] is '+' or '-' && text[_position - 1] is 'e' or 'E'))) _position++;
                var number = double.Parse(text[start.._position], CultureInfo.InvariantCulture);
                return _ => number;
            }
            if (_position < text.Length && (char.IsLetter(text[_position]) || text[_position] == '_'))
            {
                var start = _position;
                while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_')) _position++;
                var name = text[start.._position];
                SkipSpaces();
                if (Accept('('))
                {
                    var argument = ParseExpression();
                    SkipSpaces();
                    if (!Accept(')')) throw Error($"missing ')' after {name}(");
                    var function = Function(name);
                    return v => function(argument(v));
                }
                if (IsFunction(name) && StartsAtom())
                {
                    // exp4j keeps a function on its operator stack until the enclosing expression ends,
                    // so "sin _" is sin(_) and "2 * sin _ + 1" is 2 * sin(_ + 1).
                    var operand = ParseExpression();
                    var function = Function(name);
                    return v => function(operand(v));
                }
                if (name == "pi") return _ => Math.PI;
                if (name == "e") return _ => Math.E;
                if (!Variables.Contains(name)) Variables.Add(name);
                return v => v(name);
            }
            throw Error(_position < text.Length ? $"unexpected '{text[_position]}'" : "unexpected end");
        }

        private static readonly Dictionary<string, Func<double, double>> Functions = new(StringComparer.Ordinal)
        {
            ["abs"] = Math.Abs,
            ["acos"] = Math.Acos,
            ["asin"] = Math.Asin,
            ["atan"] = Math.Atan,
            ["cbrt"] = Math.Cbrt,
            ["ceil"] = Math.Ceiling,
            ["cos"] = Math.Cos,
            ["cosh"] = Math.Cosh,
            ["exp"] = Math.Exp,
            ["floor"] = Math.Floor,
            ["log"] = Math.Log,
            ["log10"] = Math.Log10,
            ["log2"] = Math.Log2,
            ["sin"] = Math.Sin,
            ["sinh"] = Math.Sinh,
            ["sqrt"] = Math.Sqrt,
            ["tan"] = Math.Tan,
            ["tanh"] = Math.Tanh,
            ["signum"] = x => Math.Sign(x),
        };

        private static bool IsFunction(string name) => Functions.ContainsKey(name);

        /// <summary>Whether an operand (number or name) follows, rather than an operator or the end.</summary>
        private bool StartsAtom() =>
            _position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '_' or '.');

        private Func<double, double> Function(string name) =>
            Functions.TryGetValue(name, out var function) ? function : throw Error($"unknown function {name}()");

        private bool Accept(char c)
        {
            if (_position < text.Length && text[_position] == c)
            {
                _position++;
                return true;
            }
            return false;
        }

        private void SkipSpaces()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position])) _position++;
        }

        private GremlinRequestException Error(string what) =>
            new($"math(\"{text}\"): {what} at position {_position + 1}.");
    }
}
