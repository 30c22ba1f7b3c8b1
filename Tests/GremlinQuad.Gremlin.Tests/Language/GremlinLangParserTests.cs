using System.Numerics;
using GremlinQuad.Gremlin.Language;
using GremlinQuad.Gremlin.Structure;
using NUnit.Framework;

namespace GremlinQuad.Gremlin.Tests.Language;

public sealed class GremlinLangParserTests
{
    private static Bytecode Steps(params (string Name, object?[] Arguments)[] steps)
    {
        var bytecode = new Bytecode();
        foreach (var (name, arguments) in steps)
            bytecode.AddStep(name, arguments);
        return bytecode;
    }

    private static (string, object?[]) S(string name, params object?[] arguments) => (name, arguments);

    private static Instruction OnlyStep(string text, int index = 0) => GremlinLangParser.Parse(text).StepInstructions[index];

    private static object? OnlyArgument(string text) => GremlinLangParser.Parse(text).StepInstructions[0].Arguments[0];

    [Test]
    public void Steps_and_string_arguments_become_step_instructions_as_a_client_sends_them()
    {
        var bytecode = GremlinLangParser.Parse("g.V().has('person','name',\"marko\").out('knows').values('name')");

        Assert.That(bytecode, Is.EqualTo(Steps(
            S("V"), S("has", "person", "name", "marko"), S("out", "knows"), S("values", "name"))));
    }

    [Test]
    public void Iterate_becomes_a_trailing_discard_step()
    {
        var statement = GremlinLangParser.ParseScript("g.addV('person').property('name','x').iterate()")[0];

        Assert.That(statement.Bytecode, Is.EqualTo(Steps(S("addV", "person"), S("property", "name", "x"), S("discard"))));
        Assert.That(statement.Terminal, Is.EqualTo("iterate"));
    }

    [Test]
    public void ToList_and_next_leave_the_bytecode_alone_and_are_reported_as_terminals()
    {
        var statements = GremlinLangParser.ParseScript("g.V().toList(); g.V().next(2)");

        Assert.That(statements[0].Bytecode, Is.EqualTo(Steps(S("V"))));
        Assert.That(statements[0].Terminal, Is.EqualTo("toList"));
        Assert.That(statements[1].Terminal, Is.EqualTo("next"));
        Assert.That(statements[1].NextCount, Is.EqualTo(2));
    }

    [TestCase("1", 1)]
    [TestCase("-7", -7)]
    [TestCase("1i", 1)]
    [TestCase("0x1F", 31)]
    [TestCase("017", 15)]
    [TestCase("1_000", 1000)]
    public void Integer_literals_without_a_wide_suffix_are_ints(string literal, int expected)
    {
        Assert.That(OnlyArgument($"g.inject({literal})"), Is.EqualTo(expected).And.TypeOf<int>());
    }

    [Test]
    public void Integer_literals_carry_the_type_their_suffix_names()
    {
        var arguments = GremlinLangParser.Parse("g.inject(1b, 2s, 3l, 4L, 5n, -6b)").StepInstructions[0].Arguments;

        Assert.That(arguments, Is.EqualTo(new object?[] { (sbyte)1, (short)2, 3L, 4L, new BigInteger(5), (sbyte)-6 }));
        Assert.That(arguments.Select(a => a!.GetType()), Is.EqualTo(new[]
            { typeof(sbyte), typeof(short), typeof(long), typeof(long), typeof(BigInteger), typeof(sbyte) }));
    }

    [Test]
    public void Integer_literals_too_big_for_int_widen_to_long_then_BigInteger()
    {
        var arguments = GremlinLangParser.Parse("g.inject(2147483648, 12345678901234567890)").StepInstructions[0].Arguments;

        Assert.That(arguments[0], Is.EqualTo(2147483648L).And.TypeOf<long>());
        Assert.That(arguments[1], Is.EqualTo(BigInteger.Parse("12345678901234567890")).And.TypeOf<BigInteger>());
    }

    [Test]
    public void Decimal_literals_are_doubles_unless_a_suffix_says_float_or_BigDecimal()
    {
        var arguments = GremlinLangParser.Parse("g.inject(1.5, 2.5d, 3.5f, 4.25m, 1e3, 2f, -0.5D)").StepInstructions[0].Arguments;

        Assert.That(arguments, Is.EqualTo(new object?[] { 1.5, 2.5, 3.5f, 4.25m, 1000.0, 2f, -0.5 }));
        Assert.That(arguments.Select(a => a!.GetType()), Is.EqualTo(new[]
            { typeof(double), typeof(double), typeof(float), typeof(decimal), typeof(double), typeof(float), typeof(double) }));
    }

    [Test]
    public void NaN_and_signed_infinities_are_doubles()
    {
        var arguments = GremlinLangParser.Parse("g.inject(NaN, Infinity, +Infinity, -Infinity)").StepInstructions[0].Arguments;

        Assert.That(arguments[0], Is.TypeOf<double>());
        Assert.That(double.IsNaN((double)arguments[0]!), Is.True);
        Assert.That(arguments.Skip(1), Is.EqualTo(new object?[] { double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity }));
    }

    [TestCase(@"'it\'s'", "it's")]
    [TestCase(@"""say \""hi\""""", "say \"hi\"")]
    [TestCase(@"'a\tb\nc\\d'", "a\tb\nc\\d")]
    [TestCase(@"'\u00e9\101'", "éA")]
    [TestCase("\"single ' inside\"", "single ' inside")]
    [TestCase("''", "")]
    public void Strings_in_either_quote_unescape_Java_escapes(string literal, string expected)
    {
        Assert.That(OnlyArgument($"g.inject({literal})"), Is.EqualTo(expected));
    }

    [Test]
    public void Null_true_false_lists_sets_and_maps_are_literals()
    {
        var arguments = GremlinLangParser.Parse("g.inject(null, true, false, [1, 'a'], {'x', 'y'}, [:], [])").StepInstructions[0].Arguments;

        Assert.That(arguments[0], Is.Null);
        Assert.That(arguments[1], Is.True);
        Assert.That(arguments[2], Is.False);
        Assert.That(arguments[3], Is.EqualTo(new List<object?> { 1, "a" }));
        Assert.That(arguments[4], Is.TypeOf<GremlinSet>().And.EquivalentTo(new object[] { "x", "y" }));
        Assert.That(arguments[5], Is.TypeOf<GremlinMap>().And.Empty);
        Assert.That(arguments[6], Is.TypeOf<List<object?>>().And.Empty);
    }

    [Test]
    public void Range_literals_expand_to_lists_in_either_direction()
    {
        var arguments = GremlinLangParser.Parse("g.inject(1..4, 3..1, 'a'..'c')").StepInstructions[0].Arguments;

        Assert.That(arguments[0], Is.EqualTo(new List<object?> { 1, 2, 3, 4 }));
        Assert.That(arguments[1], Is.EqualTo(new List<object?> { 3, 2, 1 }));
        Assert.That(arguments[2], Is.EqualTo(new List<object?> { "a", "b", "c" }));
    }

    [Test]
    public void Map_keys_may_be_bare_words_strings_numbers_and_tokens()
    {
        var map = (GremlinMap)OnlyArgument("g.mergeV([name: 'marko', 'age': 29, 1: 'one', T.label: 'person', (T.id): 7, (OUT): 'o', id: 3, IN: 'i'])")!;

        Assert.That(map.Keys, Is.EqualTo(new object?[] { "name", "age", 1, T.label, T.id, Direction.OUT, Direction.IN }));
        Assert.That(map[T.id], Is.EqualTo(3), "a repeated key keeps its first position and takes the last value");
        Assert.That(map["name"], Is.EqualTo("marko"));
    }

    [Test]
    public void Datetime_and_UUID_literals_become_DateTimeOffset_and_Guid()
    {
        var arguments = GremlinLangParser.Parse("g.inject(datetime('2023-08-08T00:00:00Z'), UUID(\"f47af10b-58cc-4372-a567-0f02b2f3d479\"))")
            .StepInstructions[0].Arguments;

        Assert.That(arguments[0], Is.EqualTo(new DateTimeOffset(2023, 8, 8, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(arguments[1], Is.EqualTo(Guid.Parse("f47af10b-58cc-4372-a567-0f02b2f3d479")));
        Assert.That(OnlyArgument("g.inject(DateTime('2023-08-02T00:00:00Z'))"), Is.EqualTo(new DateTimeOffset(2023, 8, 2, 0, 0, 0, TimeSpan.Zero)),
            "the suite also spells it DateTime()");
    }

    [TestCase("2018-01-01", 2018, 1, 1, 0, 0, 0)]
    [TestCase("2018-01-01T10:30", 2018, 1, 1, 10, 30, 0)]
    [TestCase("2018-01-01T10:30:15", 2018, 1, 1, 10, 30, 15)]
    [TestCase("2018-01-01T10:30:15Z", 2018, 1, 1, 10, 30, 15)]
    [TestCase("2018-01-01T12:30:15+02:00", 2018, 1, 1, 10, 30, 15)]
    public void Datetime_accepts_the_ISO_forms_Neptune_documents_and_reads_missing_offsets_as_UTC(
        string text, int year, int month, int day, int hour, int minute, int second)
    {
        var value = (DateTimeOffset)OnlyArgument($"g.inject(datetime('{text}'))")!;

        Assert.That(value.UtcDateTime, Is.EqualTo(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc)));
    }

    [Test]
    public void Qualified_and_bare_tokens_resolve_to_the_same_enum_values()
    {
        var bytecode = GremlinLangParser.Parse(
            "g.V().order().by('age', desc).by(T.id, Order.asc).select(Pop.last, 'a').by(keys).dedup(local).property(list, 'k', 'v').sack(sum)");

        Assert.That(bytecode, Is.EqualTo(Steps(
            S("V"), S("order"), S("by", "age", Order.desc), S("by", T.id, Order.asc), S("select", Pop.last, "a"), S("by", Column.keys),
            S("dedup", Scope.local), S("property", Cardinality.list, "k", "v"), S("sack", Operator.sum))));
    }

    [Test]
    public void Direction_from_and_to_are_aliases_of_OUT_and_IN()
    {
        Assert.That(OnlyStep("g.V().to(Direction.from, 'x')", 1).Arguments[0], Is.EqualTo(Direction.OUT));
        Assert.That(OnlyStep("g.V().to(Direction.to, 'x')", 1).Arguments[0], Is.EqualTo(Direction.IN));
    }

    [Test]
    public void A_bare_id_or_label_is_a_token_as_an_argument_and_a_step_when_called()
    {
        var bytecode = GremlinLangParser.Parse("g.V().group().by(label).by(id()).id()");

        Assert.That(bytecode.StepInstructions[2].Arguments[0], Is.EqualTo(T.label));
        Assert.That(bytecode.StepInstructions[3].Arguments[0], Is.EqualTo(Steps(S("id"))));
        Assert.That(bytecode.StepInstructions[4], Is.EqualTo(new Instruction("id")));
    }

    [Test]
    public void Anonymous_traversals_are_nested_bytecode_with_or_without_the_double_underscore()
    {
        var withPrefix = GremlinLangParser.Parse("g.V().where(__.out('knows').count().is(2))");
        var withoutPrefix = GremlinLangParser.Parse("g.V().where(out('knows').count().is(2))");

        var expectedChild = Steps(S("out", "knows"), S("count"), S("is", 2));
        Assert.That(withPrefix.StepInstructions[1].Arguments[0], Is.EqualTo(expectedChild));
        Assert.That(withoutPrefix, Is.EqualTo(withPrefix));
    }

    [Test]
    public void Predicates_with_or_without_P_build_the_same_values()
    {
        var qualified = OnlyStep("g.V().has('age', P.gt(30).and(P.lt(40)))", 1);
        var bare = OnlyStep("g.V().has('age', gt(30).and(lt(40)))", 1);

        Assert.That(qualified.Arguments[1], Is.EqualTo(P.Gt(30).And(P.Lt(40))));
        Assert.That(bare, Is.EqualTo(qualified));
    }

    [Test]
    public void Within_takes_varargs_or_one_list_and_always_holds_a_list()
    {
        Assert.That(OnlyStep("g.V().has('name', within('a', 'b'))", 1).Arguments[1], Is.EqualTo(P.Within("a", "b")));
        Assert.That(OnlyStep("g.V().has('name', P.within(['a', 'b']))", 1).Arguments[1], Is.EqualTo(P.Within("a", "b")));
        Assert.That(OnlyStep("g.V().has('name', P.without())", 1).Arguments[1], Is.EqualTo(P.Without()));
        Assert.That(OnlyStep("g.V().has('age', between(1, 5))", 1).Arguments[1], Is.EqualTo(P.Between(1, 5)));
    }

    [Test]
    public void Not_is_a_predicate_around_a_predicate_and_a_step_around_a_traversal()
    {
        Assert.That(OnlyStep("g.V().is(not(eq(1)))", 1).Arguments[0], Is.EqualTo(P.Not(P.Eq(1))));
        Assert.That(OnlyStep("g.V().where(not(out('knows')))", 1).Arguments[0], Is.EqualTo(Steps(S("not", Steps(S("out", "knows"))))));
        Assert.That(OnlyStep("g.V().is(P.not(within(1,2)))", 1).Arguments[0], Is.EqualTo(P.Not(P.Within(1, 2))));
    }

    [Test]
    public void Text_predicates_and_typeOf_are_parsed()
    {
        Assert.That(OnlyStep("g.V().has('name', TextP.containing('ar'))", 1).Arguments[1], Is.EqualTo(TextP.Containing("ar")));
        Assert.That(OnlyStep("g.V().has('name', notStartingWith('m'))", 1).Arguments[1], Is.EqualTo(TextP.NotStartingWith("m")));
        Assert.That(OnlyStep("g.V().values('age').is(P.typeOf(GType.INT))", 2).Arguments[0], Is.EqualTo(P.TypeOf(GType.INT)));
    }

    [Test]
    public void Strategies_with_configuration_bare_names_and_withoutStrategies_become_strategy_values()
    {
        var bytecode = GremlinLangParser.Parse(
            "g.withStrategies(new SeedStrategy(seed: 999999), ReadOnlyStrategy, EdgeLabelVerificationStrategy(throwException: true, logWarning: false))"
            + ".withoutStrategies(CountStrategy, LazyBarrierStrategy).V()");

        var seed = new TraversalStrategyValue("SeedStrategy", new Dictionary<string, object?> { ["seed"] = 999999 });
        var edgeLabel = new TraversalStrategyValue("EdgeLabelVerificationStrategy",
            new Dictionary<string, object?> { ["throwException"] = true, ["logWarning"] = false });
        Assert.That(bytecode.SourceInstructions, Is.EqualTo(new[]
        {
            new Instruction("withStrategies", seed, new TraversalStrategyValue("ReadOnlyStrategy"), edgeLabel),
            new Instruction("withoutStrategies", new TraversalStrategyValue("CountStrategy"), new TraversalStrategyValue("LazyBarrierStrategy")),
        }));
    }

    [Test]
    public void Strategy_configuration_may_hold_traversals()
    {
        var bytecode = GremlinLangParser.Parse("g.withStrategies(new SubgraphStrategy(vertices: __.has('name', 'marko'), checkAdjacentVertices: false)).V()");

        var strategy = (TraversalStrategyValue)bytecode.SourceInstructions[0].Arguments[0]!;
        Assert.That(strategy.Configuration["vertices"], Is.EqualTo(Steps(S("has", "name", "marko"))));
        Assert.That(strategy.Configuration["checkAdjacentVertices"], Is.EqualTo(false));
    }

    [Test]
    public void Source_with_calls_merge_into_one_OptionsStrategy_as_gremlin_javascript_sends()
    {
        var bytecode = GremlinLangParser.Parse("g.with('evaluationTimeout', 500).with('materializeProperties', 'tokens').with('flag').V()");

        var options = new TraversalStrategyValue("OptionsStrategy", new Dictionary<string, object?>
        {
            ["evaluationTimeout"] = 500, ["materializeProperties"] = "tokens", ["flag"] = true,
        });
        Assert.That(bytecode.SourceInstructions, Is.EqualTo(new[] { new Instruction("withStrategies", options) }));
    }

    [Test]
    public void Other_source_steps_keep_their_arguments()
    {
        var bytecode = GremlinLangParser.Parse("g.withSack(1.0d, sum).withSideEffect('a', [1, 2]).withBulk(false).withPath().V()");

        Assert.That(bytecode.SourceInstructions, Is.EqualTo(new[]
        {
            new Instruction("withSack", 1.0, Operator.sum),
            new Instruction("withSideEffect", "a", new List<object?> { 1, 2 }),
            new Instruction("withBulk", false),
            new Instruction("withPath"),
        }));
    }

    [Test]
    public void Transaction_control_is_a_tx_source_instruction()
    {
        Assert.That(GremlinLangParser.Parse("g.tx().commit()").SourceInstructions, Is.EqualTo(new[] { new Instruction("tx", "commit") }));
        Assert.That(GremlinLangParser.Parse("g.tx().rollback()").SourceInstructions, Is.EqualTo(new[] { new Instruction("tx", "rollback") }));
    }

    [Test]
    public void Parameters_are_bare_identifiers_resolved_from_bindings()
    {
        var bindings = new Dictionary<string, object?> { ["vid1"] = 1, ["xx1"] = new List<object?> { "a", "b" } };

        var bytecode = GremlinLangParser.Parse("g.V(vid1).has('name', within(xx1))", bindings);

        Assert.That(bytecode, Is.EqualTo(Steps(S("V", 1), S("has", "name", P.Within("a", "b")))));
    }

    [Test]
    public void A_binding_named_like_a_bare_token_wins_over_the_token()
    {
        var bytecode = GremlinLangParser.Parse("g.V().hasLabel(label).order().by(desc)", new Dictionary<string, object?> { ["label"] = "person" });

        Assert.That(bytecode, Is.EqualTo(Steps(S("V"), S("hasLabel", "person"), S("order"), S("by", Order.desc))));
    }

    [Test]
    public void An_unbound_parameter_is_a_request_error_that_names_it_and_its_position()
    {
        var error = Assert.Throws<GremlinRequestException>(() => GremlinLangParser.Parse("g.V(\n  vid1)"));

        Assert.That(error!.Message, Does.Contain("'vid1'").And.Contain("line 2, column 3").And.Contain("bindings"));
    }

    [Test]
    public void Cardinality_functions_wrap_values()
    {
        var map = (GremlinMap)OnlyStep("g.V().mergeV([:]).option(Merge.onMatch, [age: Cardinality.list(33), name: set('x')])", 2).Arguments[1]!;

        Assert.That(map["age"], Is.EqualTo(new CardinalityValue(Cardinality.list, 33)));
        Assert.That(map["name"], Is.EqualTo(new CardinalityValue(Cardinality.set, "x")));
    }

    [Test]
    public void Option_constants_become_their_Java_values()
    {
        var bytecode = GremlinLangParser.Parse("g.V().valueMap().with(WithOptions.tokens, WithOptions.labels).io('x').with(IO.reader, IO.graphson)");

        Assert.That(bytecode.StepInstructions[2].Arguments, Is.EqualTo(new object[] { "~tinkerpop.valueMap.tokens", 2 }));
        Assert.That(bytecode.StepInstructions[4].Arguments, Is.EqualTo(new object[] { "~tinkerpop.io.reader", "graphson" }));
    }

    [Test]
    public void A_script_of_several_statements_returns_the_last_and_lists_them_all()
    {
        const string script = "g.addV('a').iterate();\ng.addV('b').iterate()\n// a comment\ng.V().count()";

        Assert.That(GremlinLangParser.ParseScript(script), Has.Count.EqualTo(3));
        Assert.That(GremlinLangParser.Parse(script), Is.EqualTo(Steps(S("V"), S("count"))));
    }

    [Test]
    public void A_traversal_may_continue_on_the_next_line_with_a_leading_or_trailing_dot()
    {
        Assert.That(GremlinLangParser.ParseScript("g.V().\n  out()\n  .count()"), Has.Count.EqualTo(1));
        Assert.That(GremlinLangParser.Parse("g.V().\n  out()\n  .count()"), Is.EqualTo(Steps(S("V"), S("out"), S("count"))));
    }

    [Test]
    public void Bytecode_prints_as_gremlin_lang_that_parses_back_to_itself()
    {
        const string text = "g.withSideEffect('a',[1,2L,3.5d]).V(1).has('age',P.gt(30).and(P.lt(40))).order().by('age',Order.desc)"
            + ".project('k').by(__.select(Column.keys)).inject(datetime('2023-08-08T00:00:00Z'),{'s'},['k':1n,(T.label):'x'])";

        var bytecode = GremlinLangParser.Parse(text);

        Assert.That(bytecode.ToString(), Is.EqualTo(text.Replace("datetime('2023-08-08T00:00:00Z')", "datetime('2023-08-08T00:00:00+00:00')", StringComparison.Ordinal)));
        Assert.That(GremlinLangParser.Parse(bytecode.ToString()), Is.EqualTo(bytecode));
    }

    [Test]
    public void A_bare_g_is_a_statement_and_semicolons_and_comments_may_trail()
    {
        Assert.That(GremlinLangParser.Parse("g"), Is.EqualTo(new Bytecode()));
        Assert.That(GremlinLangParser.ParseScript("g.V().count(); // done\n;"), Has.Count.EqualTo(1));
    }

    [Test]
    public void ToString_after_a_traversal_is_reported_as_its_terminal()
    {
        var statement = GremlinLangParser.ParseScript("g.V().count().toString()")[0];

        Assert.That(statement.Terminal, Is.EqualTo("toString"));
        Assert.That(statement.Bytecode, Is.EqualTo(Steps(S("V"), S("count"))));
    }

    [Test]
    public void Deeply_nested_child_traversals_parse()
    {
        var text = "g.V()" + string.Concat(Enumerable.Repeat(".local(__.out()", 50)) + new string(')', 50);

        var bytecode = GremlinLangParser.Parse(text);

        var depth = 0;
        for (var current = bytecode.StepInstructions[^1]; current.Arguments is [Bytecode child]; current = child.StepInstructions[^1])
            depth++;
        Assert.That(depth, Is.EqualTo(50));
    }

    [Test]
    public void Absurd_nesting_is_a_syntax_error_not_a_stack_overflow()
    {
        var text = "g.inject(" + new string('[', 100_000) + new string(']', 100_000) + ")";

        var error = Assert.Throws<GremlinSyntaxException>(() => GremlinLangParser.Parse(text));

        Assert.That(error!.Message, Does.Contain("nested more than"));
    }

    // ------------------------------------------------------------ errors

    [Test]
    public void A_syntax_error_names_line_and_column_and_shows_the_text_with_a_caret()
    {
        var error = Assert.Throws<GremlinSyntaxException>(() => GremlinLangParser.Parse("g.V()\n  .has('name' 'marko')\n  .count()"));

        Assert.That(error!.Line, Is.EqualTo(2));
        Assert.That(error.Column, Is.EqualTo(15));
        Assert.That(error.Excerpt, Is.EqualTo("    .has('name' 'marko')\n                ^"));
        Assert.That(error.Message, Does.StartWith(
            "Syntax error at line 2, column 15: expected ',' or ')' in the arguments of has(, but found the string 'marko'\n    .has("));
    }

    [TestCase("g.V().out(", "expected a value")]
    [TestCase("g.V().has('name', 'x'", "')'")]
    [TestCase("g.V())", "expected ';', a line break or the end of the script")]
    [TestCase("g.V().out('knows' 'x')", "expected ',' or ')'")]
    [TestCase("g.V('unclosed)", "not closed")]
    [TestCase("g.out()", "'out' cannot follow 'g.'")]
    [TestCase("g.V().", "expected a step name after '.'")]
    [TestCase("V().count()", "starts with the traversal source 'g'")]
    [TestCase("g.V() out()", "did you miss a '.'")]
    [TestCase("g.inject(12x)", "is not a number")]
    [TestCase("g.inject(300b)", "out of range")]
    [TestCase("g.inject(09)", "not a valid octal number")]
    [TestCase("g.inject(1..2000000)", "more than 1000000 values")]
    [TestCase("g.inject(1..'z')", "integer range")]
    [TestCase("g.inject('\\q')", "not an escape sequence")]
    [TestCase("g.V().order().by(Order.sideways)", "Order has no member 'sideways'")]
    [TestCase("g.V().has('age', P.bigger(3))", "P.bigger is not a predicate")]
    [TestCase("g.V().count().next().toString().size()", "nothing can follow")]
    [TestCase("", "the script is empty")]
    [TestCase("g.inject([1, a: 2])", "cannot switch")]
    public void Malformed_input_is_a_syntax_error_saying_what_was_expected(string text, string expected)
    {
        var error = Assert.Throws<GremlinSyntaxException>(() => GremlinLangParser.Parse(text));

        Assert.That(error!.Message, Does.Contain(expected));
        Assert.That(error.Line, Is.GreaterThanOrEqualTo(1));
        Assert.That(error.Excerpt, Does.Contain("^").Or.Empty);
    }

    [TestCase("x = 1", "Groovy variable assignment")]
    [TestCase("def x = g.V()", "declares a Groovy variable")]
    [TestCase("g.V().limit(1 + 1)", "no operators or arithmetic")]
    [TestCase("g.V().has('age', 10 * 2)", "no operators or arithmetic")]
    [TestCase("g.V().filter { it.get().value('age') > 30 }", "closures")]
    [TestCase("g.V().map({ v -> v })", "closures")]
    [TestCase("g.inject(new Date())", "datetime(")]
    [TestCase("g.inject(new java.util.ArrayList())", "gremlin-lang does not support")]
    [TestCase("System.currentTimeMillis()", "calls into Java or Groovy")]
    [TestCase("g.inject(Math.abs(-1))", "calls into Java or Groovy")]
    [TestCase("g.inject(Date('2020-01-01'))", "not a Gremlin step or gremlin-lang function")]
    [TestCase("g.V().property(org.apache.tinkerpop.gremlin.structure.VertexProperty.Cardinality.single, 'a', 1)", "fully qualified")]
    [TestCase("g.V().tryNext().orElseGet(null)", "nothing can follow")]
    [TestCase("g.addE('x').from(__.V().next())", "cannot end an anonymous traversal")]
    public void Groovy_only_constructs_are_rejected_with_a_message_that_says_so(string text, string expected)
    {
        var error = Assert.Throws<GremlinSyntaxException>(() => GremlinLangParser.Parse(text));

        Assert.That(error!.Message, Does.Contain(expected));
    }
}
