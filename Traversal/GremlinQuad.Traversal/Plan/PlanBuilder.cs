using GremlinQuad.Gremlin;

namespace GremlinQuad.Traversal.Plan;

/// <summary>
/// Bytecode → <see cref="TraversalPlan"/>: modulators fold into the step before them, as() becomes
/// that step's labels, nested bytecode becomes nested plans and bindings become their values.
/// </summary>
internal static class PlanBuilder
{
    private static readonly HashSet<string> ModulatorNames = new(StringComparer.Ordinal)
    {
        "by", "times", "until", "emit", "option", "from", "to", "with", "read", "write",
    };

    /// <summary>
    /// The root traversal. A rooted traversal without source instructions (g.V()) looks anonymous in
    /// bytecode, so only traversals nested as arguments are treated as children.
    /// </summary>
    public static TraversalPlan Build(Bytecode bytecode) => Build(bytecode, anonymous: false);

    private static TraversalPlan Build(Bytecode bytecode, bool anonymous)
    {
        var source = bytecode.SourceInstructions.Select(i => new Modulator(i.Operator, ConvertArguments(i.Arguments))).ToList();
        var steps = new List<StepSpec>();
        var pendingRepeat = new List<Modulator>();
        for (var index = 0; index < bytecode.StepInstructions.Count; index++)
        {
            var instruction = bytecode.StepInstructions[index];
            var arguments = ConvertArguments(instruction.Arguments);
            if (instruction.Operator == "as")
            {
                if (steps.Count == 0)
                {
                    // __.as('a') at the start of a child labels the incoming object: an identity step carries it.
                    steps.Add(new StepSpec("identity", []));
                }
                var labels = arguments.Select(a => a as string ?? throw new GremlinRequestException($"as(): labels must be strings, but got {PlanText.Argument(a)}.")).ToList();
                steps[^1] = steps[^1] with { Labels = [.. steps[^1].Labels, .. labels] };
                continue;
            }
            if (instruction.Operator is "until" or "emit" or "times" && PrecedesRepeat(bytecode.StepInstructions, index))
            {
                // until()/emit()/times() before repeat() are checked before each iteration (while-do rather
                // than do-while): they travel to the repeat step as untilFirst/emitFirst/timesFirst.
                pendingRepeat.Add(new Modulator(instruction.Operator + "First", arguments));
                continue;
            }
            if (instruction.Operator is "until" or "emit" or "times" && (steps.Count == 0 || steps[^1].Name != "repeat"))
                throw new GremlinRequestException($"The repeat()-traversal was not defined: {instruction.Operator}() must come right before or after repeat().");
            if (ModulatorNames.Contains(instruction.Operator))
            {
                if (steps.Count == 0)
                    throw new GremlinRequestException($"{instruction.Operator}() modulates the step before it, but there is none; put it after a step such as order(), group(), repeat() or addE().");
                steps[^1] = steps[^1] with { Modulators = [.. steps[^1].Modulators, new Modulator(instruction.Operator, arguments)] };
                continue;
            }
            if (instruction.Operator == "property" && steps.Count > 0 && steps[^1].Name is "addV" or "addE"
                && steps[^1].Labels.Count == 0 && arguments.Count == 2 && arguments[0] is not Cardinality)
            {
                // As GraphTraversal.property() does: properties right after addV/addE become parameters of the
                // new element (so T.id can set its id), evaluated against the incoming traverser.
                steps[^1] = steps[^1] with { Modulators = [.. steps[^1].Modulators, new Modulator("property", arguments)] };
                continue;
            }
            var spec = new StepSpec(instruction.Operator, arguments);
            if (instruction.Operator == "repeat" && pendingRepeat.Count > 0)
            {
                spec = spec with { Modulators = [.. pendingRepeat] };
                pendingRepeat.Clear();
            }
            steps.Add(spec);
        }
        return new TraversalPlan(steps) { Source = source, IsAnonymous = anonymous };
    }

    private static bool PrecedesRepeat(List<Instruction> instructions, int index)
    {
        for (var i = index + 1; i < instructions.Count; i++)
        {
            var name = instructions[i].Operator;
            if (name == "repeat") return true;
            if (name is not ("until" or "emit" or "times")) return false;
        }
        return false;
    }

    private static List<object?> ConvertArguments(object?[] arguments)
    {
        var list = new List<object?>(arguments.Length);
        foreach (var argument in arguments) list.Add(Convert(argument));
        return list;
    }

    public static object? Convert(object? argument) => argument switch
    {
        Bytecode nested => Build(nested, anonymous: true),
        Binding binding => Convert(binding.Value),
        _ => argument,
    };
}
