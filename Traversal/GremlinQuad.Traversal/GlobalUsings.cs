// The engine's own Traverser and ExecutionContext win over GremlinQuad.Gremlin.Structure.Traverser (the
// result pair) and System.Threading.ExecutionContext, which implicit and Structure usings also bring in.
global using ExecutionContext = GremlinQuad.Traversal.Execution.ExecutionContext;
global using Traverser = GremlinQuad.Traversal.Execution.Traverser;
