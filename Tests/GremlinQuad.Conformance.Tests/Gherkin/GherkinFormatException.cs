namespace GremlinQuad.Conformance.Tests.Gherkin;

/// <summary>A feature file uses a Gherkin construct this reader does not know (it reads exactly the shapes of the kit).</summary>
public sealed class GherkinFormatException : Exception
{
    public GherkinFormatException(string path, int line, string message)
        : base($"{path}:{line}: {message}")
    {
        Path = path;
        Line = line;
    }

    public GherkinFormatException()
    {
        Path = string.Empty;
    }

    public GherkinFormatException(string message) : base(message)
    {
        Path = string.Empty;
    }

    public GherkinFormatException(string message, Exception innerException) : base(message, innerException)
    {
        Path = string.Empty;
    }

    public string Path { get; }

    public int Line { get; }
}
