using GremlinQuad.Conformance.Tests.Notation;

namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>One node of an expected tree outline.</summary>
public sealed record TreeNode(NotationValue Value, IReadOnlyList<TreeNode> Children);
