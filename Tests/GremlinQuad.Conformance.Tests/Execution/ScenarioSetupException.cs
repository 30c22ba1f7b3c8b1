namespace GremlinQuad.Conformance.Tests.Execution;

/// <summary>
/// The scenario could not be set up (an element named in the notation does not exist, a lambda parameter,
/// the initializer failed). It is a failure of the scenario, never the error a scenario expects.
/// </summary>
public sealed class ScenarioSetupException : Exception
{
    public ScenarioSetupException()
    {
    }

    public ScenarioSetupException(string message) : base(message)
    {
    }

    public ScenarioSetupException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
