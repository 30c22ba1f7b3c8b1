using GremlinQuad.Traversal.Loading.NeptuneCsv;
using static GremlinQuad.Traversal.Tests.Loading.NeptuneCsv.NeptuneCsvTestData;

namespace GremlinQuad.Traversal.Tests.Loading.NeptuneCsv;

public sealed class NeptuneCsvErrorTests
{
    private static NeptuneCsvSource[] Malformed() =>
    [
        Csv("v.csv",
            "~id,~label,age:Int",
            "a,person,30",
            "b,person,thirty",        // line 3: bad Int
            "c,person,40,extra",      // line 4: wrong column count
            ",person,1",              // line 5: empty ~id
            "d,person,128",
            "f,person,50"),
        Csv("e.csv",
            "~id,~from,~to,~label,w:Byte",
            "e1,a,d,knows,1",
            "e2,,d,knows,1",          // line 3: missing ~from
            "e3,a,nobody,knows,1",    // line 4: unknown vertex
            "e1,a,f,knows,1",         // line 5: duplicate edge id, other endpoints
            "e4,a,f,knows,128",       // line 6: Byte out of range
            "e1,a,d,knows,2",         // line 7: a second value for an edge property
            "e1,a,d,knows,1"),        // line 8: the same edge again: a duplicate
    ];

    [Test]
    public void Without_fail_on_error_good_records_load_and_every_bad_one_is_reported_with_its_file_line_and_code()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, KeepGoing, Malformed());

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed));
        Assert.That(Lines(report), Is.EqualTo(
            "v.csv:3 DATATYPE_MISMATCH; v.csv:4 PARSING_ERROR; v.csv:5 PARSING_ERROR; " +
            "e.csv:3 PARSING_ERROR; e.csv:4 FROM_OR_TO_VERTEX_ARE_MISSING; e.csv:5 EDGE_ID_CONFLICT; " +
            "e.csv:6 DATATYPE_MISMATCH; e.csv:7 CARDINALITY_VIOLATION"));
        Assert.That(report.TotalRecords, Is.EqualTo(13));
        Assert.That(report.ParsingErrors, Is.EqualTo(3));
        Assert.That(report.DatatypeMismatchErrors, Is.EqualTo(2));
        Assert.That(report.InsertErrors, Is.EqualTo(3));
        Assert.That(report.TotalDuplicates, Is.EqualTo(1));
        Assert.That(report.Feeds.Select(f => (f.FullUri, f.Status)), Is.EqualTo(new[] { ("v.csv", LoadStatus.Failed), ("e.csv", LoadStatus.Failed) }));

        Assert.That(graph.Execute("g.V().id()"), Is.EquivalentTo(new object[] { "a", "d", "f" }));
        Assert.That(graph.Execute("g.V('d').values('age')"), Is.EqualTo(new object[] { 128 }));
        Assert.That(graph.Execute("g.E().id()"), Is.EqualTo(new object[] { "e1" }));
        Assert.That(graph.Execute("g.E('e1').values('w')"), Is.EqualTo(new object[] { (sbyte)1 }));
    }

    [Test]
    public void Error_messages_say_what_is_wrong_and_what_to_do()
    {
        using var graph = TestGraphs.Empty();
        var messages = Load(graph, KeepGoing, Malformed()).Errors.Select(e => e.ErrorMessage).ToList();

        Assert.That(messages[0], Does.Contain("'thirty'").And.Contain("age:Int").And.Contain("32-bit"));
        Assert.That(messages[1], Does.Contain("4 fields").And.Contain("header has 3"));
        Assert.That(messages[2], Does.Contain("~id is empty"));
        Assert.That(messages[3], Does.Contain("~from is empty"));
        Assert.That(messages[4], Does.Contain("'nobody'").And.Contain("vertex file"));
        Assert.That(messages[5], Does.Contain("'e1'").And.Contain("'a' -knows-> 'd'").And.Contain("'f'"));
        Assert.That(messages[6], Does.Contain("-128 to 127"));
        Assert.That(messages[7], Does.Contain("'w'").And.Contain("updateSingleCardinalityProperties"));
    }

    [Test]
    public void With_fail_on_error_the_first_bad_record_stops_the_load_and_the_graph_is_unchanged()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property(id, 'a').property('age', 1)");
        var report = Load(graph, Malformed());

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Failed));
        Assert.That(report.Committed, Is.False);
        Assert.That(Lines(report), Is.EqualTo("v.csv:3 DATATYPE_MISMATCH"));
        Assert.That(report.Feeds.Select(f => (f.FullUri, f.Status)), Is.EqualTo(new[] { ("v.csv", LoadStatus.Failed), ("e.csv", LoadStatus.NotStarted) }));
        Assert.That(graph.Execute("g.V().id()"), Is.EqualTo(new object[] { "a" }));
        Assert.That(graph.Execute("g.V('a').values('age')"), Is.EqualTo(new object[] { 1 }), "line 2 (a, 30) was not written");
        Assert.That(graph.Execute("g.E().count()"), Is.EqualTo(new object[] { 0L }));
    }

    [Test]
    public void A_failure_in_the_last_edge_file_still_leaves_nothing_written()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph,
            Csv("v.csv", "~id", "a", "b"),
            Csv("e.csv", "~id,~from,~to", "1,a,b", "2,a,ghost"));

        Assert.That(Lines(report), Is.EqualTo("e.csv:3 FROM_OR_TO_VERTEX_ARE_MISSING"));
        Assert.That(graph.Execute("g.V().count()"), Is.EqualTo(new object[] { 0L }));
        Assert.That(graph.Execute("g.E().count()"), Is.EqualTo(new object[] { 0L }));
    }

    [TestCase("~id,age:Integr", "unknown type 'Integr'")]
    [TestCase("~id,age:Int(single)[]", "single-cardinality and an array")]
    [TestCase("~id,age:Int(list)", "cardinality 'list'")]
    [TestCase("~id,~id", "appears twice")]
    [TestCase("~id,~weird", "unknown system column '~weird'")]
    [TestCase("name:String", "no ~id column")]
    [TestCase("~id,~from,w:Int", "both ~from and ~to")]
    [TestCase("~id,~from,~to,w:Int[]", "edge properties hold one value")]
    [TestCase("~id,~from,~to,w:Int(set)", "edge properties hold one value")]
    [TestCase("~id,a:Int,a:Long", "two columns")]
    public void A_bad_header_fails_the_file_on_line_1_with_the_reason(string header, string reason)
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, KeepGoing, Csv("bad.csv", header, "x,1,2"), Csv("good.csv", "~id", "g"));

        Assert.That(report.Errors, Has.Count.EqualTo(1));
        Assert.That(report.Errors[0].LineNumber, Is.EqualTo(1));
        Assert.That(report.Errors[0].ErrorCode, Is.EqualTo(LoadErrorCode.ParsingError));
        Assert.That(report.Errors[0].ErrorMessage, Does.Contain(reason));
        Assert.That(graph.Execute("g.V().id()"), Is.EqualTo(new object[] { "g" }), "the good file still loads");
    }

    [Test]
    public void Header_rules_escaped_colons_case_insensitive_types_and_system_columns()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, Csv("v.csv", @"~ID,~Label,a\:b:INT,c:sTrInG(SINGLE)", "x,thing,5,s"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(graph.Execute("g.V('x').values('a:b')"), Is.EqualTo(new object[] { 5 }));
        Assert.That(graph.Execute("g.V('x').values('c')"), Is.EqualTo(new object[] { "s" }));
    }

    [TestCase("x,\"open", "never closed")]
    [TestCase("x,\"a\"b", "text follows a closing double quote")]
    [TestCase("x,a\"b", "double quote inside an unquoted field")]
    public void Broken_quoting_is_a_parsing_error_on_its_line(string record, string reason)
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, KeepGoing, Csv("v.csv", "~id,t:String", "ok,1", record));

        Assert.That(Lines(report), Is.EqualTo("v.csv:3 PARSING_ERROR"));
        Assert.That(report.Errors[0].ErrorMessage, Does.Contain(reason));
        Assert.That(graph.Execute("g.V().id()"), Is.EqualTo(new object[] { "ok" }));
    }

    [TestCase("Int", "2147483648")]
    [TestCase("Short", "40000")]
    [TestCase("Long", "1.5")]
    [TestCase("Double", "INF")]
    [TestCase("Float", "1,5")]
    [TestCase("Date", "31/01/2020")]
    public void Values_that_do_not_fit_their_type_are_datatype_mismatches(string type, string text)
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, KeepGoing, Csv("v.csv", $"~id,v:{type}", $"x,\"{text}\""));

        Assert.That(Lines(report), Is.EqualTo("v.csv:2 DATATYPE_MISMATCH"));
        Assert.That(report.DatatypeMismatchErrors, Is.EqualTo(1));
        Assert.That(graph.Execute("g.V().count()"), Is.EqualTo(new object[] { 0L }), "a bad record writes nothing, not even its vertex");
    }

    [TestCase("~id,~label", "x,a;;b", "contains an empty label")]
    [TestCase("~id,~from,~to,~label", "e,x,x,\"\"", "~label is an empty string")]
    public void Empty_labels_are_parsing_errors(string header, string record, string reason)
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, KeepGoing, Csv("v0.csv", "~id", "x"), Csv("z.csv", header, record));

        Assert.That(Lines(report), Is.EqualTo("z.csv:2 PARSING_ERROR"));
        Assert.That(report.Errors[0].ErrorMessage, Does.Contain(reason));
    }

    [Test]
    public void A_cancelled_load_throws_and_writes_nothing()
    {
        using var graph = TestGraphs.Empty();
        using var cancel = new CancellationTokenSource();
        var rows = Enumerable.Range(0, 5000).Select(i => $"v{i}").Prepend("~id").ToArray();
        var options = new NeptuneCsvLoadOptions { Progress = _ => cancel.Cancel(), ProgressInterval = 100 };

        Assert.That(() => new NeptuneCsvLoader(graph).Load([Csv("v.csv", rows)], options, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(graph.Execute("g.V().count()"), Is.EqualTo(new object[] { 0L }));
    }

    [Test]
    public void Reloading_the_same_files_adds_nothing_and_counts_every_record_as_a_duplicate()
    {
        using var graph = TestGraphs.Empty();
        NeptuneCsvSource[] files = [Csv("v.csv", "~id,~label,n:Int", "a,p,1", "b,p,2"), Csv("e.csv", "~id,~from,~to,~label,w:Double", "e,a,b,k,0.5")];
        Load(graph, files);
        var again = Load(graph, files);

        Assert.That(again.Status, Is.EqualTo(LoadStatus.Completed), Lines(again));
        Assert.That(again.TotalDuplicates, Is.EqualTo(3));
        Assert.That(again.QuadsAdded, Is.Zero);
        Assert.That(graph.Execute("g.E().count()"), Is.EqualTo(new object[] { 1L }));
    }
}
