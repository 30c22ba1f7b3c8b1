namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>How strictly a result must match its expected value.</summary>
public enum ValueComparison
{
    /// <summary>TinkerPop's Java runner: numbers by type and value, UUIDs and tokens as themselves.</summary>
    Exact,

    /// <summary>
    /// What the official JavaScript client can still tell apart, as TinkerPop's own gremlin-javascript feature
    /// runner compares (it parses every <c>d[…]</c> with <c>parseFloat</c>): (1) numbers compare by value
    /// whatever their width, because the client decodes byte, short, int, long, float and double alike as a JS
    /// number (an expected float compares at single precision, which is what the server sent; big integers
    /// from GraphBinary arrive as bigint and compare exactly); (2) an expected UUID equals the same UUID as a
    /// string, because both of the client's readers return UUIDs as strings; (3) an expected token equals its
    /// name as a string, because the GraphSON reader returns tokens other than T and Direction (Order, Column,
    /// Merge, Pop, …) as their raw string value.
    /// </summary>
    JavaScriptClient,
}
