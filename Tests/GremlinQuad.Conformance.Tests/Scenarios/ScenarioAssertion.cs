using GremlinQuad.Conformance.Tests.Notation;

namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>One <c>Then</c>/<c>And</c> check of a scenario, with its expected values already parsed.</summary>
public abstract record ScenarioAssertion;

/// <summary>How a <see cref="ResultTableAssertion"/> matches the table against the results.</summary>
public enum TableMatch
{
    /// <summary>Same values, same order.</summary>
    Ordered,

    /// <summary>Same multiset of values, any order.</summary>
    Unordered,

    /// <summary>Every result is one of the table's values (count is checked separately).</summary>
    Of,
}

/// <summary><c>the result should be ordered|unordered|of</c> + table.</summary>
public sealed record ResultTableAssertion(TableMatch Match, IReadOnlyList<NotationValue> Expected) : ScenarioAssertion;

/// <summary><c>the result should be empty</c>.</summary>
public sealed record EmptyResultAssertion : ScenarioAssertion;

/// <summary><c>the result should have a count of N</c>.</summary>
public sealed record ResultCountAssertion(long Count) : ScenarioAssertion;

/// <summary><c>the graph should return N for count of "traversal"</c>: a second, read-only traversal.</summary>
public sealed record GraphCountAssertion(long Count, string Traversal) : ScenarioAssertion;

/// <summary><c>the traversal will raise an error</c>, optionally <c>with message containing text of "…"</c>.</summary>
public sealed record ErrorAssertion(string? MessageContains) : ScenarioAssertion;

/// <summary>Which part of a subgraph result a <see cref="SubgraphAssertion"/> lists.</summary>
public enum SubgraphPart
{
    Vertices,
    Edges,
}

/// <summary><c>the result should be a subgraph with the following</c> + a table headed <c>vertices</c> or <c>edges</c>.</summary>
public sealed record SubgraphAssertion(SubgraphPart Part, IReadOnlyList<NotationValue> Expected) : ScenarioAssertion;

/// <summary><c>the result should be a tree with a structure of</c> + an outline.</summary>
public sealed record TreeAssertion(IReadOnlyList<TreeNode> Roots) : ScenarioAssertion;

/// <summary>One node of an expected tree outline.</summary>
public sealed record TreeNode(NotationValue Value, IReadOnlyList<TreeNode> Children);
