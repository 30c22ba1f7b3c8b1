namespace GremlinQuad.Traversal.Tests.Steps;

public sealed class BranchStepTests
{
    private static GremlinGraph _modern = null!;

    [OneTimeSetUp]
    public void Load() => _modern = TestGraphs.Modern();

    [OneTimeTearDown]
    public void Dispose() => _modern?.Dispose();

    [Test]
    public void Repeat_times_runs_the_body_that_many_times()
    {
        Assert.That(_modern.Execute("g.V(1).repeat(out()).times(2).values('name')"), Is.EquivalentTo(new[] { "ripple", "lop" }));
    }

    [Test]
    public void Emit_before_repeat_includes_the_start()
    {
        Assert.That(_modern.Execute("g.V(1).emit().repeat(out()).times(2).values('name')"),
            Is.EquivalentTo(new[] { "marko", "lop", "vadas", "josh", "ripple", "lop" }));
    }

    [Test]
    public void A_barrier_inside_repeat_sees_the_whole_iteration()
    {
        Assert.That(_modern.Execute("g.V(3).repeat(__.in().order().by('name').limit(1)).times(1).values('name')"), Is.EqualTo(new object[] { "josh" }));
    }

    [Test]
    public void Merged_traversers_keep_their_bulk_across_iterations()
    {
        Assert.That(_modern.Execute("g.V().repeat(both()).times(3).count()"), Is.EqualTo(new object[] { 72L }));
        Assert.That(_modern.Execute("g.V().both().both().both().count()"), Is.EqualTo(new object[] { 72L }));
    }

    [Test]
    public void Times_zero_after_repeat_runs_the_body_once_and_before_repeat_not_at_all()
    {
        Assert.That(_modern.Execute("g.V(1).repeat(out('created')).times(0).values('name')"), Is.EqualTo(new object[] { "lop" }));
        Assert.That(_modern.Execute("g.V(1).times(0).repeat(out('created')).values('name')"), Is.EqualTo(new object[] { "marko" }));
    }

    [Test]
    public void A_starting_union_does_not_emit_the_seed_its_children_pass_through()
    {
        Assert.That(_modern.Execute("g.union(__.inject(1), __.inject(2))"), Is.EqualTo(new object[] { 1, 2 }));
        Assert.That(_modern.Execute("g.union(__.V(1), __.V(2)).values('name')"), Is.EqualTo(new object[] { "marko", "vadas" }));
    }

    [Test]
    public void Until_before_repeat_is_checked_before_the_first_iteration()
    {
        Assert.That(_modern.Execute("g.V(1).until(hasLabel('person')).repeat(out()).values('name')"), Is.EqualTo(new object[] { "marko" }));
    }

    [Test]
    public void Emit_without_repeat_is_an_error()
    {
        Assert.That(() => _modern.Execute("g.V().emit()"), Throws.TypeOf<Gremlin.GremlinRequestException>().With.Message.Contains("The repeat()-traversal was not defined"));
    }

    [Test]
    public void Union_branches_with_a_barrier_see_every_traverser()
    {
        Assert.That(_modern.Execute("g.V().union(outE().count(), inE().count())"), Is.EqualTo(new object[] { 6L, 6L }));
    }

    [Test]
    public void Choose_with_options_routes_by_value_and_passes_unmatched_traversers()
    {
        Assert.That(_modern.Execute("g.V().hasLabel('person').choose(values('age')).option(29, constant('twenty-nine')).option(none, values('name'))"),
            Is.EquivalentTo(new[] { "twenty-nine", "vadas", "josh", "peter" }));
    }

    [Test]
    public void Infix_or_inside_until_is_a_connective()
    {
        Assert.That(_modern.Execute("g.V(1).repeat(both().simplePath()).until(has('name','peter').or().loops().is(2)).has('name','peter').path().by('name')"),
            Has.Count.EqualTo(1));
    }
}
