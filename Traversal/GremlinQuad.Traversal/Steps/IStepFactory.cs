using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps;

/// <summary>Builds the executable step for a <see cref="StepSpec"/>; validates the arguments and rejects bad ones.</summary>
internal interface IStepFactory
{
    Step Create(StepSpec spec, StepCompiler compiler);
}
