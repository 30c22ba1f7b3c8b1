namespace GremlinQuad.Server.Serialization.GraphBinary;

/// <summary>
/// TinkerPop strategy class names: the wire carries Java FQCNs, our model keeps the simple name. Only
/// needed when we write a strategy (tests and tools); reading just strips the package.
/// </summary>
internal static class StrategyNames
{
    private const string Root = "org.apache.tinkerpop.gremlin.process.traversal.strategy.";

    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["OptionsStrategy"] = "decoration",
        ["PartitionStrategy"] = "decoration",
        ["SubgraphStrategy"] = "decoration",
        ["ElementIdStrategy"] = "decoration",
        ["HaltedTraverserStrategy"] = "decoration",
        ["ConnectiveStrategy"] = "decoration",
        ["SeedStrategy"] = "decoration",
        ["EventStrategy"] = "decoration",
        ["ReadOnlyStrategy"] = "verification",
        ["EdgeLabelVerificationStrategy"] = "verification",
        ["ReservedKeysVerificationStrategy"] = "verification",
        ["LambdaRestrictionStrategy"] = "verification",
        ["ComputerVerificationStrategy"] = "verification",
        ["StandardVerificationStrategy"] = "verification",
        ["ProductiveByStrategy"] = "optimization",
        ["MatchAlgorithmStrategy"] = "finalization",
        ["ReferenceElementStrategy"] = "finalization",
    };

    public static string FullName(string simpleName) =>
        simpleName.Contains('.', StringComparison.Ordinal) ? simpleName
        : Root + (Categories.TryGetValue(simpleName, out var category) ? category : "optimization") + "." + simpleName;
}
