namespace GremlinQuad.Traversal.Steps;

/// <summary>
/// Marks an <see cref="IStepFactory"/> as the implementation of the named Gremlin operators. The
/// <see cref="StepRegistry"/> finds every marked factory by reflection, so adding a step is adding a file.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class GremlinStepAttribute(params string[] operators) : Attribute
{
    public IReadOnlyList<string> Operators { get; } = operators;
}
