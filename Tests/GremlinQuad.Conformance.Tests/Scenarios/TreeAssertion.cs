namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary><c>the result should be a tree with a structure of</c> + an outline.</summary>
public sealed record TreeAssertion(IReadOnlyList<TreeNode> Roots) : ScenarioAssertion;
