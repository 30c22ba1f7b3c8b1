namespace GremlinQuad.Gremlin.Language;

/// <summary>
/// One statement of a gremlin-lang script: its bytecode and how it was terminated.
/// </summary>
/// <param name="Bytecode">What a client would send for the statement. <c>iterate()</c> is already folded in as a
/// trailing <c>discard</c> step, as gremlin-javascript sends it.</param>
/// <param name="Terminal">The terminal method (<c>toList</c>, <c>next</c>, <c>hasNext</c>, <c>tryNext</c>,
/// <c>toSet</c>, <c>toBulkSet</c>, <c>iterate</c>, <c>explain</c>, <c>toString</c>), or null when there is none.</param>
/// <param name="NextCount">For <c>next(n)</c>: n; for <c>next()</c>: 1; otherwise null.</param>
public sealed record GremlinStatement(Bytecode Bytecode, string? Terminal = null, int? NextCount = null);
