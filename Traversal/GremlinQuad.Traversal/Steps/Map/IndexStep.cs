using GremlinQuad.Gremlin;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Steps.Barrier;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// index(): pairs each member of the incoming collection with its position, as [item, i] lists
/// (WithOptions.list, the default) or as an {i: item} map (with(WithOptions.indexer, WithOptions.map)).
/// A single value counts as a one-member collection; a map's members are its entries.
/// </summary>
[GremlinStep("index")]
internal sealed class IndexStepFactory : IStepFactory
{
    /// <summary>WithOptions.indexer, WithOptions.list and WithOptions.map as gremlin-lang writes them.</summary>
    private const string IndexerKey = "~tinkerpop.index.indexer";
    private const int ListIndexer = 0;
    private const int MapIndexer = 1;

    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        Args.Count(spec, 0, 0);
        var asMap = false;
        foreach (var with in spec.ModulatorsNamed("with"))
        {
            if (with.Arguments.Count == 0 || with.Arguments[0] as string != IndexerKey) continue;
            asMap = with.Arguments is [_, int indexer] && indexer is ListIndexer or MapIndexer
                ? indexer == MapIndexer
                : throw new GremlinRequestException("WithOptions.indexer requires a single Integer argument (possible values are: WithOptions.[list|map])");
        }
        return asMap
            ? new LambdaMapStep((t, _) => IndexedMap(t.Value))
            : new LambdaMapStep((t, _) => IndexedList(t.Value));
    }

    private static List<object?> IndexedList(object? value)
    {
        var result = new List<object?>();
        var i = 0;
        foreach (var item in ReducingStepFactory.LocalItems(value)) result.Add(new List<object?> { item, i++ });
        return result;
    }

    private static GremlinMap IndexedMap(object? value)
    {
        var result = new GremlinMap();
        var i = 0;
        foreach (var item in ReducingStepFactory.LocalItems(value)) result[i++] = item;
        return result;
    }
}
