namespace GremlinQuad.Traversal.Execution;

/// <summary>One repeat() a traverser is inside: its name (for loops('name')) and iteration count; a stack via Outer.</summary>
internal sealed record LoopFrame(string? Name, int Count, LoopFrame? Outer, object Owner);
