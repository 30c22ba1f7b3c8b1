using GremlinQuad.Gremlin;
using GremlinQuad.Traversal.Plan;

namespace GremlinQuad.Traversal.Steps.Map;

/// <summary>
/// dateAdd(DT, amount) moves a DateTime by whole seconds, minutes, hours or days (exact durations,
/// keeping the offset); dateDiff(date or traversal) is the incoming date minus the other, in
/// milliseconds, a null other counting as the epoch.
/// </summary>
[GremlinStep("dateAdd", "dateDiff")]
internal sealed class DateStepFactory : IStepFactory
{
    public Step Create(StepSpec spec, StepCompiler compiler)
    {
        if (spec.Name == "dateAdd")
        {
            Args.Count(spec, 2, 2);
            var unit = spec.Arguments[0] switch
            {
                DT token => token,
                string name when Enum.TryParse<DT>(name, ignoreCase: false, out var parsed) => parsed,
                var other => throw Args.Reject("dateAdd", 0, "a DT token (DT.second, DT.minute, DT.hour or DT.day)", other),
            };
            var amount = Args.Long(spec, 1);
            if (amount is < int.MinValue or > int.MaxValue) throw Args.Reject("dateAdd", 1, "an Integer", spec.Arguments[1]);
            var step = unit switch
            {
                DT.second => TimeSpan.FromSeconds(amount),
                DT.minute => TimeSpan.FromMinutes(amount),
                DT.hour => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            return new LambdaMapStep((t, _) => AsDateTime(t.Value, "dateAdd accept only DateTime.") + step);
        }

        Args.Count(spec, 1, 1);
        var argument = spec.Arguments[0];
        if (argument is TraversalPlan plan)
        {
            var child = compiler.Child(plan);
            return new LambdaMapStep((t, c) =>
            {
                var date = AsDateTime(t.Value, DiffMessage(t.Value));
                if (!child.TryFirst(t, c, out var other))
                    throw new GremlinExecutionException($"The provided traverser does not map to a value: {ValueText.Of(c, t.Value)}->{child}");
                return Difference(date, other);
            });
        }
        if (argument is not (null or DateTimeOffset or DateTime))
            throw Args.Reject("dateDiff", 0, "a DateTime or a traversal", argument);
        return new LambdaMapStep((t, _) => Difference(AsDateTime(t.Value, DiffMessage(t.Value)), argument));
    }

    private static string DiffMessage(object? value) =>
        $"DateDiff can only take DateTime as argument, encountered {ValueText.JavaTypeName(value)}.";

    private static DateTimeOffset AsDateTime(object? value, string message) => value switch
    {
        DateTimeOffset date => date,
        DateTime date => new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)),
        _ => throw new GremlinExecutionException(message),
    };

    private static long Difference(DateTimeOffset date, object? other) => other switch
    {
        null => date.ToUnixTimeMilliseconds(),
        DateTimeOffset otherDate => date.ToUnixTimeMilliseconds() - otherDate.ToUnixTimeMilliseconds(),
        DateTime otherDate => date.ToUnixTimeMilliseconds() - new DateTimeOffset(DateTime.SpecifyKind(otherDate, DateTimeKind.Utc)).ToUnixTimeMilliseconds(),
        _ => throw new GremlinExecutionException($"dateDiff() needs a DateTime to subtract, but its argument gave {Args.Describe(other)}."),
    };
}
