using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Tests.Steps.Map;

public sealed class StringStepsTests
{
    private static GremlinGraph _graph = null!;

    [OneTimeSetUp]
    public void Open() => _graph = TestGraphs.Empty();

    [OneTimeTearDown]
    public void Dispose() => _graph?.Dispose();

    private static object? Single(string gremlin) => _graph.Execute(gremlin).Single();

    [TestCase("g.inject('aBc').toUpper()", "ABC")]
    [TestCase("g.inject('aBc').toLower()", "abc")]
    [TestCase("g.inject(' \\t x y \\n').trim()", "x y")]
    [TestCase("g.inject('  x  ').lTrim()", "x  ")]
    [TestCase("g.inject('  x  ').rTrim()", "  x")]
    [TestCase("g.inject('marko').replace('r', 'R')", "maRko")]
    [TestCase("g.inject('marko').replace('', 'R')", "marko")]
    [TestCase("g.inject('hello').substring(1, 3)", "el")]
    [TestCase("g.inject('hello').substring(-2)", "lo")]
    [TestCase("g.inject('hello').substring(-10, 2)", "he")]
    [TestCase("g.inject('hello').substring(3, 1)", "")]
    [TestCase("g.inject('hello').substring(2, 99)", "llo")]
    public void String_functions_follow_the_reference_implementation(string gremlin, string expected)
    {
        Assert.That(Single(gremlin), Is.EqualTo(expected));
    }

    [Test]
    public void Trim_keeps_a_no_break_space_as_java_strip_does()
    {
        Assert.That(Single("g.inject('\\u00A0x\\u3000').trim()"), Is.EqualTo("\u00A0x"));
    }

    [Test]
    public void Length_counts_utf16_units_as_an_integer()
    {
        Assert.That(Single("g.inject('feature').length()"), Is.EqualTo(7));
    }

    [Test]
    public void Null_passes_through_global_string_functions()
    {
        Assert.That(_graph.Execute("g.inject(null).toUpper()"), Is.EqualTo(new object?[] { null }));
        Assert.That(_graph.Execute("g.inject(null).length()"), Is.EqualTo(new object?[] { null }));
    }

    [Test]
    public void Split_drops_leading_and_inner_empty_pieces_but_keeps_a_trailing_one()
    {
        Assert.That(Single("g.inject('a,,b,').split(',')"), Is.EqualTo(new object[] { "a", "b", "" }));
        Assert.That(Single("g.inject(',a').split(',')"), Is.EqualTo(new object[] { "a" }));
    }

    [Test]
    public void Split_with_null_splits_at_whitespace_runs_and_empty_splits_into_characters()
    {
        Assert.That(Single("g.inject('  a  b ').split(null)"), Is.EqualTo(new object[] { "a", "b" }));
        Assert.That(Single("g.inject('ab').split('')"), Is.EqualTo(new object[] { "a", "b" }));
    }

    [Test]
    public void Local_scope_maps_each_member_and_keeps_nulls()
    {
        Assert.That(Single("g.inject(['a', null, 'b']).toUpper(Scope.local)"), Is.EqualTo(new object?[] { "A", null, "B" }));
        Assert.That(Single("g.inject(['ab', 'cde']).length(Scope.local)"), Is.EqualTo(new object[] { 2, 3 }));
        Assert.That(Single("g.inject(['hello']).substring(Scope.local, 1, 3)"), Is.EqualTo(new object[] { "el" }));
    }

    [Test]
    public void Global_scope_rejects_a_list_with_tinkerpops_message()
    {
        var error = Assert.Throws<GremlinExecutionException>(() => _graph.Execute("g.inject(['a']).trim()"));
        Assert.That(error!.Message, Does.Contain("The trim() step can only take string as argument"));
    }

    [Test]
    public void Local_scope_rejects_a_non_string_member_with_tinkerpops_message()
    {
        var error = Assert.Throws<GremlinExecutionException>(() => _graph.Execute("g.inject([1, 2]).lTrim(Scope.local)"));
        Assert.That(error!.Message, Does.Contain("The lTrim(local) step can only take string or list of strings"));
    }

    [Test]
    public void Reverse_turns_strings_and_lists_around_and_passes_other_values()
    {
        Assert.That(Single("g.inject('abc').reverse()"), Is.EqualTo("cba"));
        Assert.That(Single("g.inject([1, 2, 3]).reverse()"), Is.EqualTo(new object[] { 3, 2, 1 }));
        Assert.That(Single("g.inject(5).reverse()"), Is.EqualTo(5));
    }

    [Test]
    public void Format_leaves_escaped_and_unclosed_placeholders_as_text()
    {
        Assert.That(Single("g.inject(['a': 1]).format('%%{a} %{a} %{b')"), Is.EqualTo("%%{a} 1 %{b"));
    }

    [Test]
    public void Format_drops_a_traverser_whose_variable_is_null_or_missing()
    {
        Assert.That(_graph.Execute("g.inject(['a': null]).format('%{a}')"), Is.Empty);
        Assert.That(_graph.Execute("g.inject(['a': 1]).format('%{b}')"), Is.Empty);
    }

    [Test]
    public void Concat_fails_when_a_traversal_argument_yields_nothing()
    {
        var error = Assert.Throws<GremlinExecutionException>(() => _graph.Execute("g.inject('a').concat(__.not(__.identity()))"));
        Assert.That(error!.Message, Does.Contain("does not map to a value"));
    }
}
