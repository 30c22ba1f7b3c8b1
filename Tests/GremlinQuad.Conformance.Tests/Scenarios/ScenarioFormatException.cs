namespace GremlinQuad.Conformance.Tests.Scenarios;

/// <summary>A scenario whose steps do not form one of the shapes the runner knows.</summary>
public sealed class ScenarioFormatException : Exception
{
    public ScenarioFormatException()
    {
    }

    public ScenarioFormatException(string message) : base(message)
    {
    }

    public ScenarioFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
