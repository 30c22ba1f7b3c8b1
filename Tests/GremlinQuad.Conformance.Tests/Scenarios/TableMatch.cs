namespace GremlinQuad.Conformance.Tests.Scenarios;

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
