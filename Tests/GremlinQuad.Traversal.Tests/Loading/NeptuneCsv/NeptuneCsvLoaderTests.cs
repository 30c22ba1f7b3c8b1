using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Loading.NeptuneCsv;
using static GremlinQuad.Traversal.Tests.Loading.NeptuneCsv.NeptuneCsvTestData;

namespace GremlinQuad.Traversal.Tests.Loading.NeptuneCsv;

public sealed class NeptuneCsvLoaderTests
{
    private static object? Single(GremlinGraph graph, string gremlin)
    {
        var results = graph.Execute(gremlin);
        Assert.That(results, Has.Count.EqualTo(1), gremlin);
        return results[0];
    }

    [Test]
    public void Every_column_type_reads_back_through_gremlin_as_its_dotnet_type()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, Csv("v.csv",
            "~id,~label,b:Bool,y:Byte,s:Short,i:Int,l:Long,f:Float,d:Double,t:String,dt:Date,when:Datetime,plain,flag:boolean",
            "x,thing,true,-7,300,42,9000000000,1.5,-2.5e3,hello,2020-01-31,2021-06-01T10:20:30Z,untyped,yes"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(Single(graph, "g.V('x').values('b')"), Is.EqualTo(true));
        Assert.That(Single(graph, "g.V('x').values('y')"), Is.EqualTo((sbyte)-7).And.TypeOf<sbyte>());
        Assert.That(Single(graph, "g.V('x').values('s')"), Is.EqualTo((short)300).And.TypeOf<short>());
        Assert.That(Single(graph, "g.V('x').values('i')"), Is.EqualTo(42).And.TypeOf<int>());
        Assert.That(Single(graph, "g.V('x').values('l')"), Is.EqualTo(9_000_000_000L).And.TypeOf<long>());
        Assert.That(Single(graph, "g.V('x').values('f')"), Is.EqualTo(1.5f).And.TypeOf<float>());
        Assert.That(Single(graph, "g.V('x').values('d')"), Is.EqualTo(-2500d).And.TypeOf<double>());
        Assert.That(Single(graph, "g.V('x').values('t')"), Is.EqualTo("hello"));
        Assert.That(Single(graph, "g.V('x').values('dt')"), Is.EqualTo(new DateTimeOffset(2020, 1, 31, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(Single(graph, "g.V('x').values('when')"), Is.EqualTo(new DateTimeOffset(2021, 6, 1, 10, 20, 30, TimeSpan.Zero)));
        Assert.That(Single(graph, "g.V('x').values('plain')"), Is.EqualTo("untyped"));
        Assert.That(Single(graph, "g.V('x').values('flag')"), Is.EqualTo(false), "anything but 'true' is false");
        Assert.That(Single(graph, "g.V('x').label()"), Is.EqualTo("thing"));
    }

    [Test]
    public void Float_and_double_columns_take_scientific_notation_infinity_and_nan()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, Csv("v.csv", "~id,a:Double,b:Double,c:Float,d:Double", "x,1e-3,-Infinity,NaN,+Infinity"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(Single(graph, "g.V('x').values('a')"), Is.EqualTo(0.001d));
        Assert.That(Single(graph, "g.V('x').values('b')"), Is.EqualTo(double.NegativeInfinity));
        Assert.That(Single(graph, "g.V('x').values('c')"), Is.TypeOf<float>().And.Matches<float>(float.IsNaN));
        Assert.That(Single(graph, "g.V('x').values('d')"), Is.EqualTo(double.PositiveInfinity));
    }

    [Test]
    public void Array_columns_hold_a_set_of_values_split_on_semicolons_with_escaped_semicolons_kept()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, Csv("v.csv",
            "~id,nick:String[],score:Int(set)[],note:String",
            @"x,ace;countess;ace,1;2;3,a\;b",
            @"y,semi\;colon,,"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(graph.Execute("g.V('x').values('nick')"), Is.EquivalentTo(new[] { "ace", "countess" }));
        Assert.That(graph.Execute("g.V('x').values('score')"), Is.EquivalentTo(new object[] { 1, 2, 3 }));
        Assert.That(Single(graph, "g.V('x').values('note')"), Is.EqualTo(@"a\;b"), "a plain column is not split");
        Assert.That(Single(graph, "g.V('y').values('nick')"), Is.EqualTo("semi;colon"));
        Assert.That(graph.Execute("g.V('y').values('score')"), Is.Empty, "a blank field is no value");
    }

    [Test]
    public void Set_cardinality_is_the_default_and_rows_with_the_same_id_merge_into_one_vertex()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, Csv("v.csv",
            "~id,~label,city:String",
            "x,person,Paris",
            "x,admin,Lyon",
            "x,person,Paris"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(report.TotalRecords, Is.EqualTo(3));
        Assert.That(report.TotalDuplicates, Is.EqualTo(1), "the third row adds nothing");
        Assert.That(report.VerticesAdded, Is.EqualTo(1));
        Assert.That(graph.Execute("g.V().hasLabel('person').id()"), Is.EqualTo(new object[] { "x" }));
        Assert.That(graph.Execute("g.V().hasLabel('admin').id()"), Is.EqualTo(new object[] { "x" }), "a later row adds a label");
        Assert.That(graph.Execute("g.V('x').values('city')"), Is.EquivalentTo(new[] { "Paris", "Lyon" }));
    }

    [Test]
    public void Multi_labels_make_the_vertex_match_each_label()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, Csv("v.csv", "~id,~label", "x,person;admin", "y,person", "z,"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(graph.Execute("g.V().hasLabel('admin').id()"), Is.EqualTo(new object[] { "x" }));
        Assert.That(graph.Execute("g.V().hasLabel('person').id()"), Is.EquivalentTo(new object[] { "x", "y" }));
        Assert.That(graph.Execute("g.V().hasLabel('vertex').id()"), Is.EqualTo(new object[] { "z" }), "a blank ~label gives the default label");
        Assert.That(graph.Execute("g.V().id()"), Is.EquivalentTo(new object[] { "x", "y", "z" }), "a vertex with two labels is still one vertex");
        Assert.That(graph.Execute("g.V().count()"), Is.EqualTo(new object[] { 3L }));
        Assert.That(graph.Execute("g.V().label()"), Is.EquivalentTo(new object[] { "person::admin", "person", "vertex" }), "Neptune shows several labels joined with ::");
        Assert.That(graph.Execute("g.V().hasLabel('person::admin').count()"), Is.EqualTo(new object[] { 0L }), "the joined form is not itself a label");
        Assert.That(graph.Execute("g.V().not(__.hasLabel('vertex')).hasLabel('admin').id()"), Is.EqualTo(new object[] { "x" }), "the hasLabel filter (not the index lookup) matches any one label");
    }

    [Test]
    public void Single_cardinality_keeps_one_value_and_a_second_different_value_is_reported_on_its_line()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, KeepGoing, Csv("v.csv",
            "~id,age:Int(single)",
            "x,30",
            "x,30",
            "x,31"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed));
        Assert.That(Lines(report), Is.EqualTo("v.csv:4 CARDINALITY_VIOLATION"));
        Assert.That(report.InsertErrors, Is.EqualTo(1));
        Assert.That(report.Errors[0].ErrorMessage, Does.Contain("'age'").And.Contain("30").And.Contain("31"));
        Assert.That(graph.Execute("g.V('x').values('age')"), Is.EqualTo(new object[] { 30 }));
    }

    [Test]
    public void Update_single_cardinality_properties_replaces_old_values_including_ones_already_in_the_graph()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property(id, 'x').property('age', 20)");
        var report = Load(graph, new NeptuneCsvLoadOptions { UpdateSingleCardinalityProperties = true }, Csv("v.csv",
            "~id,age:Int(single)",
            "x,30",
            "x,31"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(graph.Execute("g.V('x').values('age')"), Is.EqualTo(new object[] { 31 }));
        Assert.That(graph.Execute("g.V('x').label()"), Is.EqualTo(new object[] { "person" }), "the existing vertex keeps its label");
    }

    [Test]
    public void Edges_join_loaded_vertices_with_their_label_id_and_typed_properties()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph,
            Csv("a-edges.csv", "~id,~from,~to,~label,since:Date,weight:Double,hops:Int(single)", "e1,p1,p2,knows,2020-01-31,0.75,2", "e2,p2,p1,,,,"),
            Csv("b-vertices.csv", "~id,~label,name:String", "p1,person,Ada", "p2,person,Bob"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(report.Feeds.Select(f => f.FullUri), Is.EqualTo(new[] { "b-vertices.csv", "a-edges.csv" }), "vertex files load first");
        Assert.That(report.EdgesAdded, Is.EqualTo(2));
        Assert.That(graph.Execute("g.V('p1').out('knows').values('name')"), Is.EqualTo(new object[] { "Bob" }));
        Assert.That(Single(graph, "g.E('e1').values('weight')"), Is.EqualTo(0.75d));
        Assert.That(Single(graph, "g.E('e1').values('hops')"), Is.EqualTo(2).And.TypeOf<int>());
        Assert.That(Single(graph, "g.E('e1').values('since')"), Is.EqualTo(new DateTimeOffset(2020, 1, 31, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(Single(graph, "g.E('e2').label()"), Is.EqualTo("edge"), "a blank ~label gives the default label");
        Assert.That(graph.Execute("g.E('e2').properties()"), Is.Empty);
        var edge = (Edge)Single(graph, "g.E('e1')")!;
        Assert.That(edge.Id, Is.EqualTo("e1"));
    }

    [Test]
    public void Edges_may_point_at_vertices_that_were_in_the_graph_before_the_load()
    {
        using var graph = TestGraphs.Empty();
        graph.Execute("g.addV('person').property(id, 'old')");
        var report = Load(graph, Csv("v.csv", "~id", "new"), Csv("e.csv", "~id,~from,~to,~label", "e,new,old,likes"));

        Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
        Assert.That(graph.Execute("g.V('old').in('likes').id()"), Is.EqualTo(new object[] { "new" }));
    }

    [Test]
    public void Loads_with_and_without_the_object_index_write_the_same_graph()
    {
        foreach (var objectIndex in new[] { false, true })
        {
            using var graph = TestGraphs.Empty(objectIndex: objectIndex);
            var report = Load(graph, Csv("v.csv", "~id", "a", "b", "c"), Csv("e.csv", "~id,~from,~to", "1,a,b", "2,c,b"));
            Assert.That(report.Status, Is.EqualTo(LoadStatus.Completed), Lines(report));
            Assert.That(graph.Execute("g.V('b').in().id()"), Is.EquivalentTo(new object[] { "a", "c" }), $"ObjectIndex = {objectIndex}");
        }
    }

    [Test]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_later_errors_name_the_right_line()
    {
        using var graph = TestGraphs.Empty();
        var report = Load(graph, KeepGoing, Csv("v.csv",
            "~id,bio:String,age:Int",
            "x,\"likes, commas\",1",
            "y,\"says \"\"hi\"\"\nand goes\",2",
            "z,plain,old"));

        Assert.That(Single(graph, "g.V('x').values('bio')"), Is.EqualTo("likes, commas"));
        Assert.That(Single(graph, "g.V('y').values('bio')"), Is.EqualTo("says \"hi\"\nand goes"));
        Assert.That(Lines(report), Is.EqualTo("v.csv:5 DATATYPE_MISMATCH"), "the quoted line break moves the record to line 5");
        Assert.That(report.Errors[0].RecordNumber, Is.EqualTo(3));
    }

    [Test]
    public void A_quoted_empty_string_is_no_value_unless_empty_strings_are_allowed()
    {
        using var graph = TestGraphs.Empty();
        Load(graph, Csv("v.csv", "~id,t:String", "x,\"\""));
        Assert.That(graph.Execute("g.V('x').values('t')"), Is.Empty);

        Load(graph, new NeptuneCsvLoadOptions { AllowEmptyStrings = true }, Csv("v.csv", "~id,t:String", "y,\"\""));
        Assert.That(graph.Execute("g.V('y').values('t')"), Is.EqualTo(new object[] { string.Empty }));
    }

    [Test]
    public void Progress_reports_records_read_so_far_and_the_total_at_the_end()
    {
        using var graph = TestGraphs.Empty();
        var seen = new List<long>();
        var rows = Enumerable.Range(0, 25).Select(i => $"v{i}").Prepend("~id").ToArray();
        Load(graph, new NeptuneCsvLoadOptions { Progress = seen.Add, ProgressInterval = 10 }, Csv("v.csv", rows));

        Assert.That(seen, Is.EqualTo(new long[] { 10, 20, 25 }));
    }

    [Test]
    public void Resume_skips_sources_a_committed_earlier_load_completed()
    {
        using var graph = TestGraphs.Empty();
        var first = Load(graph, KeepGoing, Csv("a.csv", "~id,n:Int", "a,1"), Csv("b.csv", "~id,n:Int", "b,oops"));
        Assert.That(first.Feeds.Select(f => f.Status), Is.EqualTo(new[] { LoadStatus.Completed, LoadStatus.Failed }));

        var second = Load(graph, new NeptuneCsvLoadOptions { Mode = LoadMode.Resume, PreviousLoad = first },
            Csv("a.csv", "~id,n:Int", "a,2"), Csv("b.csv", "~id,n:Int", "b,2"));

        Assert.That(second.Feeds.Select(f => f.Status), Is.EqualTo(new[] { LoadStatus.SkippedResumed, LoadStatus.Completed }));
        Assert.That(graph.Execute("g.V('a').values('n')"), Is.EqualTo(new object[] { 1 }), "a.csv was not loaded again");
        Assert.That(graph.Execute("g.V('b').values('n')"), Is.EqualTo(new object[] { 2 }));
    }

    [Test]
    public void Resume_without_an_earlier_load_is_refused()
    {
        using var graph = TestGraphs.Empty();
        Assert.That(() => Load(graph, new NeptuneCsvLoadOptions { Mode = LoadMode.Resume }, Csv("a.csv", "~id", "a")),
            Throws.TypeOf<GremlinQuad.Gremlin.GremlinRequestException>().With.Message.Contains("RESUME"));
    }

    [Test]
    public void A_read_only_graph_refuses_to_load()
    {
        using var graph = TestGraphs.Empty(new GraphOptions { ReadOnly = true });
        Assert.That(() => Load(graph, Csv("a.csv", "~id", "a")),
            Throws.TypeOf<GremlinQuad.Gremlin.GremlinRequestException>().With.Message.Contains("read-only"));
    }
}
