using System.Globalization;
using System.Numerics;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Gremlin.Language;

/// <summary>
/// Recursive-descent reader for gremlin-lang (TinkerPop's Gremlin.g4 grammar, written by hand). It does not
/// check step signatures: arguments are read as generic values and handed over as the bytecode a client
/// would send, so the engine owns the "which overloads exist" question and its error messages.
/// </summary>
internal sealed class GremlinLangReader
{
    private static readonly HashSet<string> SourceMethods =
        ["withStrategies", "withoutStrategies", "withSideEffect", "withSack", "withBulk", "withPath", "with", "withComputer"];

    private static readonly HashSet<string> SpawnMethods =
        ["V", "E", "addV", "addE", "mergeV", "mergeE", "inject", "io", "call", "union"];

    private static readonly HashSet<string> TerminalMethods =
        ["iterate", "toList", "toSet", "toBulkSet", "next", "hasNext", "tryNext", "explain"];

    private static readonly HashSet<string> ComparePredicates = ["eq", "neq", "lt", "lte", "gt", "gte"];

    private static readonly HashSet<string> RangePredicates = ["inside", "outside", "between"];

    private static readonly HashSet<string> Operators =
        ["=", "+", "-", "*", "/", "%", "<", ">", "!", "?", "&", "|", "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "?.", "<<", ">>"];

    /// <summary>Bare tokens the grammar accepts without their type (<c>desc</c>, <c>local</c>, <c>id</c>, ...).</summary>
    private static readonly Dictionary<string, Enum> BareTokens = BuildBareTokens();

    /// <summary>Constant holders the grammar knows (<c>WithOptions.tokens</c>, <c>IO.reader</c>, ...), as their Java values.</summary>
    private static readonly Dictionary<string, object> Constants = new()
    {
        ["WithOptions.tokens"] = "~tinkerpop.valueMap.tokens",
        ["WithOptions.none"] = 0,
        ["WithOptions.ids"] = 1,
        ["WithOptions.labels"] = 2,
        ["WithOptions.keys"] = 4,
        ["WithOptions.values"] = 8,
        ["WithOptions.all"] = 15,
        ["WithOptions.indexer"] = "~tinkerpop.index.indexer",
        ["WithOptions.list"] = 0,
        ["WithOptions.map"] = 1,
        ["IO.reader"] = "~tinkerpop.io.reader",
        ["IO.writer"] = "~tinkerpop.io.writer",
        ["IO.gryo"] = "gryo",
        ["IO.graphson"] = "graphson",
        ["IO.graphml"] = "graphml",
        ["ConnectedComponent.component"] = "gremlin.connectedComponentVertexProgram.component",
        ["ConnectedComponent.edges"] = "~tinkerpop.connectedComponent.edges",
        ["ConnectedComponent.propertyName"] = "~tinkerpop.connectedComponent.propertyName",
        ["PageRank.edges"] = "~tinkerpop.pageRank.edges",
        ["PageRank.times"] = "~tinkerpop.pageRank.times",
        ["PageRank.propertyName"] = "~tinkerpop.pageRank.propertyName",
        ["PeerPressure.edges"] = "~tinkerpop.peerPressure.edges",
        ["PeerPressure.times"] = "~tinkerpop.peerPressure.times",
        ["PeerPressure.propertyName"] = "~tinkerpop.peerPressure.propertyName",
        ["ShortestPath.target"] = "~tinkerpop.shortestPath.target",
        ["ShortestPath.edges"] = "~tinkerpop.shortestPath.edges",
        ["ShortestPath.distance"] = "~tinkerpop.shortestPath.distance",
        ["ShortestPath.maxDistance"] = "~tinkerpop.shortestPath.maxDistance",
        ["ShortestPath.includeEdges"] = "~tinkerpop.shortestPath.includeEdges",
    };

    /// <summary>
    /// Nesting limit for values and child traversals. Recursion this deep is never a real traversal, and an
    /// unbounded one would let a hostile script overflow the server's stack.
    /// </summary>
    private const int MaxDepth = 256;

    /// <summary>The most values a range literal may produce (TinkerPop caps them too).</summary>
    private const int MaxRangeLength = 1_000_000;

    private static readonly HashSet<string> ConstantHolders = ["WithOptions", "IO", "ConnectedComponent", "PageRank", "PeerPressure", "ShortestPath"];

    private readonly SourceText _source;
    private readonly List<Token> _tokens;
    private readonly IReadOnlyDictionary<string, object?>? _bindings;
    private int _index;
    private int _depth;

    public GremlinLangReader(string text, IReadOnlyDictionary<string, object?>? bindings)
    {
        _source = new SourceText(text);
        _tokens = GremlinLangLexer.Tokenize(_source);
        _bindings = bindings;
    }

    private Token Current => _tokens[_index];

    private Token Peek(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private static Dictionary<string, Enum> BuildBareTokens()
    {
        var tokens = new Dictionary<string, Enum>(StringComparer.Ordinal);
        foreach (var type in new[] { typeof(T), typeof(Direction), typeof(Order), typeof(Scope), typeof(Pop), typeof(Column),
                     typeof(Cardinality), typeof(Merge), typeof(Operator), typeof(Pick), typeof(Barrier), typeof(DT) })
        {
            foreach (var value in Enum.GetValues(type))
                tokens[value.ToString()!] = (Enum)value;
        }
        tokens["from"] = Direction.OUT;
        tokens["to"] = Direction.IN;
        tokens["incr"] = Order.asc;
        tokens["decr"] = Order.desc;
        return tokens;
    }

    // ---------------------------------------------------------------- script and statements

    public List<GremlinStatement> ReadScript()
    {
        var statements = new List<GremlinStatement>();
        while (Current.Kind != TokenKind.End)
        {
            if (Current.Kind == TokenKind.Semicolon)
            {
                _index++;
                continue;
            }
            statements.Add(ReadStatement());
            if (Current.Kind is not (TokenKind.Semicolon or TokenKind.End or TokenKind.Identifier or TokenKind.String))
                throw Unexpected("';', a line break or the end of the script after a complete traversal");
        }
        if (statements.Count == 0)
            throw _source.Error(0, "the script is empty: send a traversal such as g.V().count()");
        return statements;
    }

    private GremlinStatement ReadStatement()
    {
        var start = Current;
        if (start.Kind == TokenKind.String && start.Length == 2)
        {
            // The grammar's emptyQuery: a lone '' or "" is a statement that does nothing.
            _index++;
            return new GremlinStatement(new Bytecode());
        }
        if (!start.IsIdentifier("g"))
            throw NotATraversal(start);
        _index++;

        var bytecode = new Bytecode();
        while (Current.Kind == TokenKind.Dot)
        {
            _index++;
            var nameToken = ExpectIdentifier("a step name after '.'");
            var name = nameToken.Text;
            if (bytecode.StepInstructions.Count == 0)
            {
                if (name == "tx")
                {
                    ReadTransaction(bytecode);
                    return new GremlinStatement(bytecode);
                }
                if (SourceMethods.Contains(name))
                {
                    ReadSourceMethod(name, bytecode);
                    continue;
                }
                if (!SpawnMethods.Contains(name))
                {
                    throw _source.Error(nameToken.Offset, TerminalMethods.Contains(name)
                        ? $"{name}() needs a traversal to run: start one with V(), E(), addV(), inject(), ... before it"
                        : $"'{name}' cannot follow 'g.': start a traversal with V(), E(), addV(), addE(), mergeV(), mergeE(), "
                          + "inject(), io(), call() or union(), or configure the source with withStrategies(), withSideEffect(), with(), ...");
                }
                ReadStep(nameToken, bytecode);
                continue;
            }
            if (TerminalMethods.Contains(name))
                return ReadTerminal(nameToken, bytecode);
            if (name == "toString")
            {
                ExpectEmptyArguments(nameToken);
                return new GremlinStatement(bytecode, "toString");
            }
            ReadStep(nameToken, bytecode);
        }
        RejectOperatorAfterValue();
        return new GremlinStatement(bytecode);
    }

    private GremlinStatement ReadTerminal(Token nameToken, Bytecode bytecode)
    {
        var name = nameToken.Text;
        int? count = null;
        Expect(TokenKind.LeftParen, $"'(' after {name}");
        if (name == "next")
        {
            count = 1;
            if (Current.Kind == TokenKind.Integer)
            {
                var value = ReadNumber(Current);
                _index++;
                count = value switch
                {
                    int i when i >= 0 => i,
                    _ => throw _source.Error(_tokens[_index - 1].Offset, "next(n) needs a non-negative int count"),
                };
            }
        }
        Expect(TokenKind.RightParen, $"')' to close {name}(");
        if (name == "iterate")
            bytecode.AddStep("discard"); // what gremlin-javascript sends for iterate()

        var terminal = name;
        if (Current.Kind == TokenKind.Dot && Peek().IsIdentifier("toString"))
        {
            _index++;
            var toString = Current;
            _index++;
            ExpectEmptyArguments(toString);
            terminal = "toString";
        }
        if (Current.Kind == TokenKind.Dot)
            throw _source.Error(Current.Offset, $"nothing can follow the terminal step {name}(): it ends the traversal");
        RejectOperatorAfterValue();
        return new GremlinStatement(bytecode, terminal, count);
    }

    private void ReadTransaction(Bytecode bytecode)
    {
        var txToken = _tokens[_index - 1];
        ExpectEmptyArguments(txToken);
        Expect(TokenKind.Dot, "'.' after tx() (g.tx().commit(), g.tx().rollback() or g.tx().begin())");
        var action = ExpectIdentifier("begin, commit or rollback after g.tx().");
        if (action.Text is not ("begin" or "commit" or "rollback"))
            throw _source.Error(action.Offset, $"g.tx() supports begin(), commit() and rollback(), not {action.Text}()");
        ExpectEmptyArguments(action);
        bytecode.AddSource("tx", action.Text);
    }

    private void ReadSourceMethod(string name, Bytecode bytecode)
    {
        var open = Expect(TokenKind.LeftParen, $"'(' after {name}");
        switch (name)
        {
            case "withStrategies":
            {
                var strategies = new List<object?>();
                while (Current.Kind != TokenKind.RightParen)
                {
                    strategies.Add(ReadStrategy());
                    if (!ArgumentSeparator(name))
                        break;
                }
                Expect(TokenKind.RightParen, $"',' or ')' in the arguments of {name}(");
                if (strategies.Count == 0)
                    throw _source.Error(open.Offset, "withStrategies() needs at least one strategy, as in withStrategies(new SeedStrategy(seed: 1))");
                bytecode.AddSource(name, [.. strategies]);
                return;
            }
            case "withoutStrategies":
            {
                var strategies = new List<object?>();
                while (Current.Kind != TokenKind.RightParen)
                {
                    var className = ExpectIdentifier("a strategy class name such as ReadOnlyStrategy");
                    strategies.Add(new TraversalStrategyValue(className.Text));
                    if (!ArgumentSeparator(name))
                        break;
                }
                Expect(TokenKind.RightParen, $"',' or ')' in the arguments of {name}(");
                if (strategies.Count == 0)
                    throw _source.Error(open.Offset, "withoutStrategies() needs at least one strategy class, as in withoutStrategies(ReadOnlyStrategy)");
                bytecode.AddSource(name, [.. strategies]);
                return;
            }
            case "with":
            {
                var arguments = ReadArgumentsAfterOpen(name);
                if (arguments.Count is < 1 or > 2 || arguments[0] is not string key)
                    throw _source.Error(open.Offset, "with() on the traversal source takes a string key and an optional value, as in with('evaluationTimeout', 500)");
                AddOption(bytecode, key, arguments.Count == 2 ? arguments[1] : true);
                return;
            }
            default:
                bytecode.AddSource(name, [.. ReadArgumentsAfterOpen(name)]);
                return;
        }
    }

    /// <summary>
    /// g.with(k, v) is sugar for an OptionsStrategy; consecutive with() calls share one, which is what
    /// gremlin-javascript sends (and what Java's GraphTraversalSource.with builds).
    /// </summary>
    private static void AddOption(Bytecode bytecode, string key, object? value)
    {
        for (var i = 0; i < bytecode.SourceInstructions.Count; i++)
        {
            var instruction = bytecode.SourceInstructions[i];
            if (instruction.Operator == "withStrategies" && instruction.Arguments is [TraversalStrategyValue { Name: "OptionsStrategy" } options])
            {
                var merged = new Dictionary<string, object?>(options.Configuration) { [key] = value };
                bytecode.SourceInstructions[i] = new Instruction("withStrategies", new TraversalStrategyValue("OptionsStrategy", merged));
                return;
            }
        }
        bytecode.AddSource("withStrategies", new TraversalStrategyValue("OptionsStrategy", new Dictionary<string, object?> { [key] = value }));
    }

    private TraversalStrategyValue ReadStrategy()
    {
        if (Current.IsIdentifier("new"))
            _index++;
        var className = ExpectIdentifier("a strategy such as new SeedStrategy(seed: 1) or ReadOnlyStrategy");
        if (Current.Kind == TokenKind.Dot)
            throw _source.Error(Current.Offset, $"write the strategy's simple class name ({className.Text}...Strategy), not a qualified name");
        var configuration = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (Current.Kind == TokenKind.LeftParen)
        {
            _index++;
            while (Current.Kind != TokenKind.RightParen)
            {
                var key = ExpectIdentifier($"a configuration key such as seed: in {className.Text}(...)");
                Expect(TokenKind.Colon, $"':' after the configuration key '{key.Text}' (as in {key.Text}: value)");
                configuration[key.Text] = ReadValue();
                if (Current.Kind != TokenKind.Comma)
                    break;
                _index++;
            }
            Expect(TokenKind.RightParen, $"',' or ')' in the configuration of {className.Text}(");
        }
        return new TraversalStrategyValue(className.Text, configuration);
    }

    // ---------------------------------------------------------------- steps and traversals

    private void ReadStep(Token nameToken, Bytecode bytecode)
    {
        var name = nameToken.Text;
        if (Current.Kind == TokenKind.LeftBrace)
            throw ClosureError(Current);
        if (Current.Kind != TokenKind.LeftParen)
        {
            throw _source.Error(Current.Offset, Current.IsSymbol("=")
                ? $"'{name}' cannot be assigned: gremlin-lang has no variables or fields"
                : $"expected '(' after the step name '{name}', but found {Describe(Current)}");
        }
        _index++;
        bytecode.AddStep(name, [.. ReadArgumentsAfterOpen(name)]);
    }

    /// <summary>Arguments up to and including the closing parenthesis; the '(' is already consumed.</summary>
    private List<object?> ReadArgumentsAfterOpen(string owner)
    {
        var arguments = new List<object?>();
        while (Current.Kind != TokenKind.RightParen)
        {
            arguments.Add(ReadValue());
            if (!ArgumentSeparator(owner))
                break;
        }
        Expect(TokenKind.RightParen, $"',' or ')' in the arguments of {owner}(");
        return arguments;
    }

    private bool ArgumentSeparator(string owner)
    {
        RejectOperatorAfterValue();
        if (Current.Kind != TokenKind.Comma)
            return false;
        _index++;
        if (Current.Kind == TokenKind.RightParen)
            throw _source.Error(Current.Offset, $"expected another argument of {owner}() after ',', but found ')'");
        return true;
    }

    /// <summary>An anonymous traversal whose first step name is already consumed: step(args).step(args)...</summary>
    private Bytecode ReadAnonymousFrom(Token firstStep)
    {
        var bytecode = new Bytecode();
        ReadStep(firstStep, bytecode);
        ReadChain(bytecode);
        return bytecode;
    }

    private void ReadChain(Bytecode bytecode)
    {
        while (Current.Kind == TokenKind.Dot && Peek().Kind == TokenKind.Identifier)
        {
            _index++;
            var step = Current;
            _index++;
            if (TerminalMethods.Contains(step.Text))
                throw _source.Error(step.Offset, $"{step.Text}() cannot end an anonymous traversal: child traversals are run by their parent step");
            ReadStep(step, bytecode);
        }
        if (Current.Kind == TokenKind.Dot)
            throw Unexpected("a step name after '.'", Peek());
    }

    // ---------------------------------------------------------------- values

    private object? ReadValue()
    {
        if (++_depth > MaxDepth)
            throw _source.Error(Current.Offset, $"values and traversals are nested more than {MaxDepth} levels deep here; flatten the script");
        try
        {
            return ReadValueCore();
        }
        finally
        {
            _depth--;
        }
    }

    private object? ReadValueCore()
    {
        var token = Current;
        object? value;
        switch (token.Kind)
        {
            case TokenKind.String:
                _index++;
                value = IsRangeNext() ? ReadRange(token, token.Text) : token.Text;
                break;
            case TokenKind.Integer or TokenKind.Float:
                _index++;
                value = ReadNumber(token);
                if (IsRangeNext())
                    value = ReadRange(token, value);
                break;
            case TokenKind.LeftBracket:
                value = ReadListOrMap();
                break;
            case TokenKind.LeftBrace:
                value = ReadSet();
                break;
            case TokenKind.Identifier:
                value = ReadIdentifierValue();
                break;
            case TokenKind.LeftParen:
                throw _source.Error(token.Offset, "parentheses only wrap map keys, as in [(T.label): 'person']; remove them here");
            case TokenKind.Symbol when token.Text == "->":
                throw ClosureError(token);
            case TokenKind.Symbol:
                throw _source.Error(token.Offset, $"'{token.Text}' is an operator, and gremlin-lang has no operators or arithmetic: "
                    + "pass the computed value as a literal or a binding, or use math()");
            default:
                throw Unexpected("a value (a literal, a token such as T.id, a predicate or a traversal)");
        }
        RejectOperatorAfterValue();
        return value;
    }

    private object? ReadIdentifierValue()
    {
        var token = Current;
        var name = token.Text;
        var next = Peek();
        _index++;

        if (next.Kind == TokenKind.Dot && Peek().Kind == TokenKind.Identifier)
            return ReadQualified(token);

        if (next.Kind == TokenKind.LeftParen)
            return ReadCall(token);

        if (next.Kind == TokenKind.LeftBrace)
            throw ClosureError(next);

        switch (name)
        {
            case "true":
                return true;
            case "false":
                return false;
            case "null":
                return null;
            case "NaN":
                return double.NaN;
            case "Infinity":
                return double.PositiveInfinity;
            case "new":
                return ReadNew(token);
        }
        // A binding the caller named explicitly wins over a bare token of the same name (a Groovy-era
        // script may bind 'label' or 'id'); the grammar itself never lets a token be a variable.
        if (_bindings is not null && _bindings.TryGetValue(name, out var bound))
            return bound;
        if (BareTokens.TryGetValue(name, out var bare))
            return bare;
        if (name.EndsWith("Strategy", StringComparison.Ordinal) && char.IsUpper(name[0]))
            return new TraversalStrategyValue(name);
        if (next.IsSymbol("="))
            throw _source.Error(token.Offset, $"'{name} = ...' is a Groovy variable assignment, which gremlin-lang does not support: "
                + "send each value as a binding instead");
        var (line, column) = _source.Position(token.Offset);
        throw new GremlinRequestException(
            $"The parameter '{name}' (line {line}, column {column}) has no value: pass it in the request's bindings, "
            + "or write a literal such as 'text' or 1 instead.");
    }

    /// <summary>Type.member forms: P.gt(1), T.label, Order.desc, Cardinality.list('x'), WithOptions.tokens, __.out().</summary>
    private object? ReadQualified(Token owner)
    {
        var name = owner.Text;
        _index++; // the dot
        var member = Current;
        _index++;

        if (name == "__")
        {
            if (TerminalMethods.Contains(member.Text))
                throw _source.Error(member.Offset, $"__.{member.Text}() is not a traversal step");
            return ReadAnonymousFrom(member);
        }
        if (name is "P" or "TextP")
        {
            if (Current.Kind != TokenKind.LeftParen)
                throw _source.Error(Current.Offset, $"expected '(' after {name}.{member.Text}");
            if (!IsPredicateName(member.Text) || (name == "TextP") != TextP.IsTextOperator(member.Text))
                throw _source.Error(member.Offset, $"{name}.{member.Text} is not a predicate; "
                    + (name == "P" ? "P has eq, neq, lt, lte, gt, gte, inside, outside, between, within, without, not, typeOf"
                        : "TextP has containing, startingWith, endingWith, regex and their notX forms"));
            return ReadPredicateChain(ReadPredicateCall(member));
        }
        if (name == "Cardinality" && Current.Kind == TokenKind.LeftParen)
            return ReadCardinalityValue(member);
        if (GremlinEnums.Types.TryGetValue(name, out var enumType))
        {
            if (GremlinEnums.TryParse(name, member.Text, out var value))
                return value;
            var members = string.Join(", ", Enum.GetNames(enumType));
            throw _source.Error(member.Offset, $"{name} has no member '{member.Text}'; its members are {members}");
        }
        if (ConstantHolders.Contains(name))
        {
            if (Constants.TryGetValue(name + "." + member.Text, out var constant))
                return constant;
            throw _source.Error(member.Offset, $"{name}.{member.Text} is not a known constant");
        }
        if (name == "g")
            throw _source.Error(owner.Offset, "a traversal from g cannot be an argument; use an anonymous traversal such as __.V() instead");
        if (char.IsUpper(name[0]))
            throw _source.Error(owner.Offset, $"'{name}.{member.Text}' calls into Java or Groovy, which gremlin-lang does not support: "
                + "only Gremlin's own types (P, TextP, T, Order, ...) can be referenced");
        if (name is "org" or "java" or "javax" or "groovy" or "com")
            throw _source.Error(owner.Offset, "fully qualified Java names are not supported in gremlin-lang: "
                + "write the short form, such as Cardinality.single, T.id or Order.desc");
        throw _source.Error(owner.Offset, $"'{name}' is not a traversal or a Gremlin type, so '{name}.{member.Text}' means nothing in gremlin-lang; "
            + "parameters are plain values and have no members");
    }

    /// <summary>name( ... ) in value position: a predicate, a literal function, a strategy or an anonymous traversal.</summary>
    private object? ReadCall(Token token)
    {
        var name = token.Text;
        switch (name)
        {
            case "datetime" or "DateTime":
                return ReadDatetime(token);
            case "UUID":
                return ReadUuid(token);
            case "single" or "list" or "set":
                return ReadCardinalityValue(token);
            case "Vertex" or "ReferenceVertex":
                return ReadVertex(token);
            case "not":
                return ReadNot();
        }
        if (IsPredicateName(name))
            return ReadPredicateChain(ReadPredicateCall(token));
        if (name.EndsWith("Strategy", StringComparison.Ordinal) && char.IsUpper(name[0]))
        {
            _index--;
            return ReadStrategy();
        }
        if (TerminalMethods.Contains(name))
            throw _source.Error(token.Offset, $"{name}() is a terminal step and cannot be used inside an argument");
        // Step names start lower-case except V and E; anything else capitalized is a Java/Groovy call that
        // would otherwise be taken silently for a step.
        if (char.IsUpper(name[0]) && name is not ("V" or "E"))
            throw _source.Error(token.Offset, $"'{name}(...)' is not a Gremlin step or gremlin-lang function; "
                + "the functions are datetime(), UUID(), Vertex() and strategy constructors");
        return ReadAnonymousFrom(token);
    }

    /// <summary>
    /// not(...) is either the predicate P.not(p) or the step not(traversal): read the arguments, then decide
    /// by what they are.
    /// </summary>
    private object? ReadNot()
    {
        _index++; // '('
        var arguments = ReadArgumentsAfterOpen("not");
        if (arguments is [P predicate])
            return ReadPredicateChain(P.Not(predicate));
        var bytecode = new Bytecode().AddStep("not", [.. arguments]);
        ReadChain(bytecode);
        return bytecode;
    }

    private bool IsRangeNext() => Current.Kind == TokenKind.Dot && Peek().Kind == TokenKind.Dot;

    /// <summary>
    /// Groovy's range literal, kept by the grammar: <c>1..5</c> is the list of ints 1 to 5 inclusive (also
    /// counting down), <c>'a'..'e'</c> the one-character strings between. No client can send one as bytecode.
    /// </summary>
    private List<object?> ReadRange(Token startToken, object? start)
    {
        _index += 2; // '..'
        var endToken = Current;
        if (start is string first)
        {
            if (endToken.Kind != TokenKind.String || first.Length != 1 || endToken.Text.Length != 1)
                throw _source.Error(startToken.Offset, "a string range runs between two one-character strings, as in 'a'..'e'");
            _index++;
            var step = first[0] <= endToken.Text[0] ? 1 : -1;
            var letters = new List<object?>();
            for (var c = (int)first[0]; c != endToken.Text[0] + step; c += step)
                letters.Add(((char)c).ToString());
            return letters;
        }
        if (start is not int from || endToken.Kind != TokenKind.Integer || ReadNumber(endToken) is not int to)
            throw _source.Error(startToken.Offset, "an integer range runs between two int literals, as in 1..5");
        _index++;
        if (Math.Abs((long)to - from) >= MaxRangeLength)
            throw _source.Error(startToken.Offset, $"the range {from}..{to} has more than {MaxRangeLength} values; use a smaller range");
        var direction = from <= to ? 1 : -1;
        var numbers = new List<object?>(Math.Abs(to - from) + 1);
        for (long n = from; n != (long)to + direction; n += direction)
            numbers.Add((int)n);
        return numbers;
    }

    private static bool IsPredicateName(string name) =>
        ComparePredicates.Contains(name) || RangePredicates.Contains(name) || TextP.IsTextOperator(name)
        || name is "within" or "without" or "not" or "typeOf";

    private P ReadPredicateCall(Token nameToken)
    {
        var name = nameToken.Text;
        Expect(TokenKind.LeftParen, $"'(' after {name}");
        var arguments = ReadArgumentsAfterOpen(name);
        if (ComparePredicates.Contains(name))
        {
            RequireCount(nameToken, arguments, 1, "one value, as in gt(30)");
            return new P(name, arguments[0]);
        }
        if (RangePredicates.Contains(name))
        {
            RequireCount(nameToken, arguments, 2, "two values, as in between(1, 10)");
            return new P(name, new List<object?> { arguments[0], arguments[1] });
        }
        if (name is "within" or "without")
        {
            // P.within(collection) and P.within(a, b, ...) mean the same (Java unwraps a lone collection).
            if (arguments is [System.Collections.IEnumerable collection and not string])
                return new P(name, collection.Cast<object?>().ToList());
            return new P(name, arguments);
        }
        if (name == "not")
        {
            if (arguments is not [P inner])
                throw _source.Error(nameToken.Offset, "P.not() takes one predicate, as in P.not(P.within('a', 'b'))");
            return P.Not(inner);
        }
        if (name == "typeOf")
        {
            if (arguments is not [GType or string])
                throw _source.Error(nameToken.Offset, "typeOf() takes one type, as in P.typeOf(GType.INT) or P.typeOf('String')");
            return P.TypeOf(arguments[0]!);
        }
        if (arguments is not [string text])
        {
            if (arguments is [null])
                return new TextP(name, null);
            throw _source.Error(nameToken.Offset, $"TextP.{name}() takes one string, as in {name}('ark')");
        }
        return new TextP(name, text);
    }

    private P ReadPredicateChain(P predicate)
    {
        while (Current.Kind == TokenKind.Dot && Peek().Kind == TokenKind.Identifier && Peek().Text is "and" or "or" or "negate")
        {
            _index++;
            var connective = Current;
            _index++;
            if (connective.Text == "negate")
            {
                ExpectEmptyArguments(connective);
                predicate = predicate.Negate();
                continue;
            }
            Expect(TokenKind.LeftParen, $"'(' after {connective.Text}");
            var arguments = ReadArgumentsAfterOpen(connective.Text);
            if (arguments is not [P other])
                throw _source.Error(connective.Offset, $"a predicate's .{connective.Text}() takes one predicate, as in P.gt(1).{connective.Text}(P.lt(5))");
            predicate = connective.Text == "and" ? predicate.And(other) : predicate.Or(other);
        }
        return predicate;
    }

    private void RequireCount(Token nameToken, List<object?> arguments, int count, string expectation)
    {
        if (arguments.Count != count)
            throw _source.Error(nameToken.Offset, $"{nameToken.Text}() takes {expectation}, but got {arguments.Count} argument(s)");
    }

    private CardinalityValue ReadCardinalityValue(Token member)
    {
        Expect(TokenKind.LeftParen, $"'(' after {member.Text}");
        var arguments = ReadArgumentsAfterOpen(member.Text);
        if (arguments.Count != 1)
            throw _source.Error(member.Offset, $"Cardinality.{member.Text}() wraps one value, as in Cardinality.{member.Text}('x')");
        return new CardinalityValue(Enum.Parse<Cardinality>(member.Text), arguments[0]);
    }

    private DateTimeOffset ReadDatetime(Token token)
    {
        Expect(TokenKind.LeftParen, "'(' after datetime");
        var arguments = ReadArgumentsAfterOpen("datetime");
        if (arguments.Count == 0)
            return DateTimeOffset.UtcNow;
        if (arguments is not [string text])
            throw _source.Error(token.Offset, "datetime() takes one ISO-8601 string, as in datetime('2023-08-08T00:00:00Z')");
        // Java's DatetimeHelper reads offsets, UTC 'Z', local date-times (as UTC) and bare dates.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            return value;
        throw _source.Error(token.Offset, $"datetime('{text}') is not an ISO-8601 date-time; write it like '2023-08-08T00:00:00Z'");
    }

    private Guid ReadUuid(Token token)
    {
        Expect(TokenKind.LeftParen, "'(' after UUID");
        var arguments = ReadArgumentsAfterOpen("UUID");
        if (arguments.Count == 0)
            return Guid.NewGuid();
        if (arguments is [string text] && Guid.TryParse(text, out var value))
            return value;
        throw _source.Error(token.Offset, "UUID() takes one UUID string, as in UUID('f47af10b-58cc-4372-a567-0f02b2f3d479')");
    }

    private Vertex ReadVertex(Token token)
    {
        Expect(TokenKind.LeftParen, $"'(' after {token.Text}");
        var arguments = ReadArgumentsAfterOpen(token.Text);
        if (arguments is not [{ } id, string label])
            throw _source.Error(token.Offset, $"{token.Text}() takes an id and a label, as in {token.Text}(1, 'person')");
        return new Vertex(id, label);
    }

    private object? ReadNew(Token newToken)
    {
        var type = ExpectIdentifier("a strategy class after 'new', as in new SeedStrategy(seed: 1)");
        if (type.Text is "Vertex" or "ReferenceVertex")
            return ReadVertex(type);
        if (type.Text.EndsWith("Strategy", StringComparison.Ordinal))
        {
            _index--;
            return ReadStrategy();
        }
        if (type.Text == "Date")
            throw _source.Error(newToken.Offset, "'new Date()' is Groovy, which gremlin-lang does not support: write a date as datetime('2023-08-08T00:00:00Z')");
        throw _source.Error(newToken.Offset, $"'new {type.Text}(...)' constructs a Java/Groovy object, which gremlin-lang does not support; "
            + "'new' is only for traversal strategies, as in new SeedStrategy(seed: 1)");
    }

    private List<object?> ReadListOrMapEntries(out GremlinMap? map)
    {
        map = null;
        var items = new List<object?>();
        var open = Expect(TokenKind.LeftBracket, "'['");
        if (Current.Kind == TokenKind.RightBracket)
        {
            _index++;
            return items;
        }
        if (Current.Kind == TokenKind.Colon && Peek().Kind == TokenKind.RightBracket)
        {
            _index += 2;
            map = new GremlinMap();
            return items;
        }
        while (true)
        {
            var keyStart = Current;
            var (value, isKey) = ReadListItemOrKey();
            if (isKey || Current.Kind == TokenKind.Colon)
            {
                if (items.Count > 0 && map is null)
                    throw _source.Error(keyStart.Offset, "a list cannot switch to 'key: value' entries; write either [a, b] or [k1: a, k2: b]");
                Expect(TokenKind.Colon, "':' after a map key");
                map ??= new GremlinMap();
                map[value] = ReadValue();
            }
            else
            {
                if (map is not null)
                    throw _source.Error(keyStart.Offset, "every entry of a map literal needs a key: write [k1: a, k2: b]");
                items.Add(value);
            }
            if (Current.Kind == TokenKind.Comma)
            {
                _index++;
                continue;
            }
            if (Current.Kind == TokenKind.RightBracket)
            {
                _index++;
                return items;
            }
            throw _source.Error(Current.Offset, $"expected ',' or ']' to continue the {(map is null ? "list" : "map")} opened at "
                + $"line {_source.Position(open.Offset).Line}, column {_source.Position(open.Offset).Column}, but found {Describe(Current)}");
        }
    }

    /// <summary>
    /// One item inside [...]. Map keys have their own rules: a bare word is a string key, except the tokens
    /// id/label/key/value (T) and OUT/IN/BOTH/from/to (Direction); a parenthesized key is any value.
    /// </summary>
    private (object? Value, bool IsKey) ReadListItemOrKey()
    {
        if (Current.Kind == TokenKind.Identifier && Peek().Kind == TokenKind.Colon)
        {
            var word = Current.Text;
            _index++;
            if (BareTokens.TryGetValue(word, out var token) && token is T or Direction)
                return (token, true);
            return (word, true);
        }
        if (Current.Kind == TokenKind.LeftParen)
        {
            _index++;
            var key = ReadValue();
            Expect(TokenKind.RightParen, "')' to close the parenthesized map key");
            if (Current.Kind != TokenKind.Colon)
                throw _source.Error(Current.Offset, "a parenthesized key must be followed by ':' and a value, as in [(T.label): 'person']");
            return (key, true);
        }
        return (ReadValue(), false);
    }

    private object ReadListOrMap()
    {
        var items = ReadListOrMapEntries(out var map);
        return map is not null ? map : items;
    }

    private GremlinSet ReadSet()
    {
        var open = Expect(TokenKind.LeftBrace, "'{'");
        // A brace holding 'it' or '->' is a Groovy closure, not a set literal.
        if ((Current.IsIdentifier("it") && Peek().Kind != TokenKind.Comma && Peek().Kind != TokenKind.RightBrace)
            || Current.IsSymbol("->") || (Current.Kind == TokenKind.Identifier && Peek().IsSymbol("->")))
            throw ClosureError(open);
        var set = new GremlinSet();
        while (Current.Kind != TokenKind.RightBrace)
        {
            set.Add(ReadValue());
            if (Current.Kind != TokenKind.Comma)
                break;
            _index++;
        }
        if (Current.Kind != TokenKind.RightBrace)
            throw _source.Error(Current.Offset, $"expected ',' or '}}' in the set literal, but found {Describe(Current)}");
        _index++;
        return set;
    }

    // ---------------------------------------------------------------- numbers

    private object ReadNumber(Token token)
    {
        var text = token.Text;
        if (text is "-Infinity")
            return double.NegativeInfinity;
        if (text is "+Infinity")
            return double.PositiveInfinity;
        try
        {
            return token.Kind == TokenKind.Float ? ParseFloating(text) : ParseInteger(text);
        }
        catch (OverflowException)
        {
            throw _source.Error(token.Offset, $"{text} is out of range for its type suffix; drop the suffix or use n (BigInteger) / m (BigDecimal)");
        }
        catch (FormatException)
        {
            throw _source.Error(token.Offset, $"{text} is not a valid octal number (a leading 0 means octal, as in Java); drop the leading zero");
        }
    }

    private static object ParseFloating(string text)
    {
        var suffix = char.ToLowerInvariant(text[^1]);
        var body = (suffix is 'f' or 'd' or 'm' ? text[..^1] : text).Replace("_", string.Empty, StringComparison.Ordinal);
        return suffix switch
        {
            'f' => (object)float.Parse(body, NumberStyles.Float, CultureInfo.InvariantCulture),
            'm' => (object)decimal.Parse(body, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => (object)double.Parse(body, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static object ParseInteger(string text)
    {
        var negative = text[0] == '-';
        var body = text[0] is '-' or '+' ? text[1..] : text;
        var suffix = char.ToLowerInvariant(body[^1]);
        var isHex = body.Length > 1 && body[0] == '0' && body[1] is 'x' or 'X';
        var hasSuffix = suffix is 'b' or 's' or 'i' or 'l' or 'n' && !(isHex && suffix == 'b');
        if (hasSuffix)
            body = body[..^1];
        body = body.Replace("_", string.Empty, StringComparison.Ordinal);

        BigInteger magnitude;
        if (isHex)
            magnitude = BigInteger.Parse("0" + body[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        else if (body.Length > 1 && body[0] == '0')
            magnitude = ParseOctal(body);
        else
            magnitude = BigInteger.Parse(body, NumberStyles.None, CultureInfo.InvariantCulture);
        var value = negative ? -magnitude : magnitude;

        if (!hasSuffix)
        {
            // No suffix: int, widened to long and then BigInteger when the value needs it.
            if (value >= int.MinValue && value <= int.MaxValue)
                return (int)value;
            if (value >= long.MinValue && value <= long.MaxValue)
                return (long)value;
            return value;
        }
        return suffix switch
        {
            'b' => (object)(sbyte)value,
            's' => (object)(short)value,
            'i' => (object)(int)value,
            'l' => (object)(long)value,
            _ => (object)value,
        };
    }

    private static BigInteger ParseOctal(string digits)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            if (c is < '0' or > '7')
                throw new FormatException($"'{digits}' is not an octal number.");
            value = (value * 8) + (c - '0');
        }
        return value;
    }

    // ---------------------------------------------------------------- errors and helpers

    private Token Expect(TokenKind kind, string expectation)
    {
        if (Current.Kind != kind)
            throw Unexpected(expectation);
        return _tokens[_index++];
    }

    private Token ExpectIdentifier(string expectation)
    {
        if (Current.Kind != TokenKind.Identifier)
            throw Unexpected(expectation);
        return _tokens[_index++];
    }

    private void ExpectEmptyArguments(Token nameToken)
    {
        Expect(TokenKind.LeftParen, $"'(' after {nameToken.Text}");
        if (Current.Kind != TokenKind.RightParen)
            throw _source.Error(Current.Offset, $"{nameToken.Text}() takes no arguments");
        _index++;
    }

    /// <summary>A value followed by an operator is arithmetic or a comparison: say so instead of "expected ','".</summary>
    private void RejectOperatorAfterValue()
    {
        var token = Current;
        if (token.Kind == TokenKind.Symbol && Operators.Contains(token.Text))
        {
            throw _source.Error(token.Offset, token.Text == "="
                ? "'=' assigns a Groovy variable, which gremlin-lang does not support: send values as bindings instead"
                : $"'{token.Text}' is an operator, and gremlin-lang has no operators or arithmetic: "
                  + "compute the value on the client and pass it as a literal or binding, or use math()");
        }
        if (token.Kind == TokenKind.Symbol && token.Text == "->")
            throw ClosureError(token);
    }

    private GremlinSyntaxException ClosureError(Token token) =>
        _source.Error(token.Offset, "closures ({ it -> ... }) are Groovy lambdas, which gremlin-lang does not support: "
            + "use an anonymous traversal such as __.values('name') instead");

    private GremlinSyntaxException NotATraversal(Token token)
    {
        if (token.Kind == TokenKind.Identifier)
        {
            var next = Peek();
            if (next.IsSymbol("="))
                return _source.Error(token.Offset, $"'{token.Text} = ...' is a Groovy variable assignment, which gremlin-lang does not support: "
                    + "a script holds only traversals that start with g; send values as bindings instead");
            if (token.Text is "def" or "var" or "final" or "int" or "long" or "String")
                return _source.Error(token.Offset, $"'{token.Text}' declares a Groovy variable, which gremlin-lang does not support: "
                    + "a script holds only traversals that start with g; send values as bindings instead");
            if (token.Text == "new")
                return _source.Error(token.Offset, "gremlin-lang cannot construct objects: a script holds only traversals that start with g");
            if (char.IsUpper(token.Text[0]) && next.Kind == TokenKind.Dot)
                return _source.Error(token.Offset, $"'{token.Text}.' calls into Java or Groovy, which gremlin-lang does not support: "
                    + "a script holds only traversals that start with g");
            if (token.Text == "__")
                return _source.Error(token.Offset, "an anonymous traversal (__) cannot be run on its own: start the statement with g");
            return _source.Error(token.Offset, $"a gremlin-lang statement starts with the traversal source 'g', but found '{token.Text}'"
                + (_index > 0 ? " (did you miss a '.' or a ')' before it?)" : string.Empty));
        }
        return Unexpected("a traversal starting with 'g', such as g.V()");
    }

    private GremlinSyntaxException Unexpected(string expectation, Token? at = null)
    {
        var token = at ?? Current;
        return _source.Error(token.Offset, $"expected {expectation}, but found {Describe(token)}");
    }

    private string Describe(Token token) => token.Kind switch
    {
        TokenKind.End => "the end of the script",
        TokenKind.String => $"the string {_source.Text.Substring(token.Offset, token.Length)}",
        TokenKind.Identifier => $"'{token.Text}'",
        _ => $"'{_source.Text.Substring(token.Offset, token.Length)}'",
    };
}
