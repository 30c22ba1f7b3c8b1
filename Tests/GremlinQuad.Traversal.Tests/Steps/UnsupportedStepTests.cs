using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Tests.Steps;

public sealed class UnsupportedStepTests
{
    [Test]
    public void A_misspelt_step_is_named_with_the_step_that_was_probably_meant()
    {
        using var graph = TestGraphs.Modern();
        var error = Assert.Throws<GremlinRequestException>(() => graph.Execute("g.V().valuse('name')"));
        Assert.That(error!.Message, Is.EqualTo("The step valuse() is not supported by GremlinQuad: did you mean values()?"));
    }

    [Test]
    public void A_step_far_from_every_known_name_gets_no_guess()
    {
        using var graph = TestGraphs.Modern();
        var error = Assert.Throws<GremlinRequestException>(() => graph.Execute("g.V().frobnicateEverything()"));
        Assert.That(error!.Message, Is.EqualTo("The step frobnicateEverything() is not supported by GremlinQuad: rewrite the traversal without it"));
    }
}
