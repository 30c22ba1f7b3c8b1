using System.Diagnostics;
using System.Globalization;
using System.Text;
using GremlinQuad.Gremlin.Structure;
using GremlinQuad.Storage;
using GremlinQuad.Traversal.Graph;
using GremlinQuad.Traversal.Plan;
using GremlinQuad.Traversal.Steps;
using GremlinQuad.Traversal.Strategies;
using GremlinQuad.Traversal.Strategies.Storage;
using StructureTraverser = GremlinQuad.Gremlin.Structure.Traverser;

namespace GremlinQuad.Traversal.Execution;

/// <summary>
/// The text of explain() and profile(), laid out like Neptune's <c>/gremlin/explain</c> and
/// <c>/gremlin/profile</c> reports (a banner, then sections titled and underlined with '='): the query,
/// the original and optimized traversals, each strategy's rewrite, and per step the quad access
/// pattern and index (or union scan) it reads. Profile runs the traversal and adds per-step
/// traverser counts, times and index range scans, measured around each root step.
/// </summary>
internal static class TraversalReport
{
    public static string Explain(string? query, TraversalPlan original, StrategyPipeline pipeline, StepCompiler compiler, GraphModel graph)
    {
        var text = new StringBuilder();
        Banner(text, "GremlinQuad Gremlin Explain");
        Section(text, "Query String").Append(query ?? original.ToString()).Append("\n\n");
        Section(text, "Original Traversal").Append(original).Append("\n\n");
        Section(text, "Strategies");
        foreach (var (name, after) in pipeline.Trace(original))
            text.Append(name.PadRight(32)).Append(' ').Append(after).Append('\n');
        text.Append('\n');
        var final = pipeline.Apply(original);
        // Compiling validates every step and argument, so explain fails where the traversal would.
        compiler.Compile(final);
        Section(text, "Optimized Traversal").Append(final).Append("\n\n");
        AccessSection(text, final, graph, metrics: null);
        PredicatesSection(text, graph);
        Warnings(text, final, graph);
        return text.ToString().TrimEnd('\n') + "\n";
    }

    public static string Profile(string? query, TraversalPlan original, StrategyPipeline pipeline, StepCompiler compiler, ExecutionContext context,
        ResultConverter converter, ProfileOptions options)
    {
        var started = Stopwatch.GetTimestamp();
        var traversal = compiler.Compile(original);
        var final = traversal.Plan;
        var counters = context.Graph.Snapshot.Counters;
        var metrics = new StepMetrics[final.Steps.Count];
        var seed = new Traverser(null, 1, null, null, context.NewSack()) { TracksPath = context.TrackPaths };
        IEnumerable<Traverser> stream = [seed];
        var compiled = 0;
        for (var index = 0; index < final.Steps.Count; index++)
        {
            stream = traversal.Steps[compiled++].Apply(stream, context);
            // as() labels compile to a LabelStep right after their step: measure them together.
            if (final.Steps[index].Labels.Count > 0) stream = traversal.Steps[compiled++].Apply(stream, context);
            metrics[index] = new StepMetrics();
            stream = metrics[index].Measure(stream, counters);
        }
        var results = new List<StructureTraverser>();
        foreach (var traverser in stream)
            results.Add(new StructureTraverser(converter.Convert(traverser.Value), traverser.Bulk));
        var executionTicks = Stopwatch.GetTimestamp() - started;
        StepMetrics.MakeExclusive(metrics);

        var text = new StringBuilder();
        Banner(text, "GremlinQuad Gremlin Profile");
        Section(text, "Query String").Append(query ?? original.ToString()).Append("\n\n");
        Section(text, "Original Traversal").Append(original).Append("\n\n");
        Section(text, "Optimized Traversal").Append(final).Append("\n\n");
        Section(text, "Runtime (ms)").Append("Query Execution: ").Append(Milliseconds(executionTicks)).Append("\n\n");
        MetricsSection(text, final, metrics);
        AccessSection(text, final, context.Graph, metrics);
        PredicatesSection(text, context.Graph);
        Section(text, "Results");
        var count = results.Sum(r => r.Bulk);
        text.Append("Count: ").Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (options.IncludeResults)
        {
            var output = "[" + string.Join(", ", results.SelectMany(r => Enumerable.Repeat(r.Value, (int)Math.Min(r.Bulk, int.MaxValue))).Select(GremlinStringFactory.Format)) + "]";
            if (options.Chop > 0 && output.Length > options.Chop) output = output[..options.Chop] + "...";
            text.Append("Output: ").Append(output).Append('\n');
        }
        text.Append('\n');
        Section(text, "Index Operations")
            .Append("Range scans: ").Append(metrics.Sum(m => m.RangeScans).ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("Union scans: ").Append(metrics.Sum(m => m.UnionScans).ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("Quads read: ").Append(metrics.Sum(m => m.QuadsRead).ToString(CultureInfo.InvariantCulture)).Append('\n');
        Warnings(text, final, context.Graph);
        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void Banner(StringBuilder text, string title)
    {
        var stars = new string('*', 72);
        text.Append(stars).Append('\n').Append(title.PadLeft((72 + title.Length) / 2)).Append('\n').Append(stars).Append("\n\n");
    }

    private static StringBuilder Section(StringBuilder text, string title) =>
        text.Append(title).Append('\n').Append('=', title.Length).Append('\n');

    /// <summary>TinkerPop's profile() table: step, traversers (bulk), elements, exclusive time and its share; plus the index work.</summary>
    private static void MetricsSection(StringBuilder text, TraversalPlan final, StepMetrics[] metrics)
    {
        Section(text, "Traversal Metrics");
        var total = metrics.Sum(m => m.Ticks);
        var width = Math.Max(40, final.Steps.Max(s => Describe(s).Length) + 2);
        text.Append("Step".PadRight(width)).Append("   Count  Traversers   Time (ms)    % Dur  Range scans  Quads read\n");
        text.Append('=', width + 69).Append('\n');
        for (var i = 0; i < metrics.Length; i++)
        {
            var m = metrics[i];
            var percent = total == 0 ? 0 : 100.0 * m.Ticks / total;
            text.Append(Describe(final.Steps[i]).PadRight(width))
                .Append(m.Traversers.ToString(CultureInfo.InvariantCulture).PadLeft(8))
                .Append(m.Elements.ToString(CultureInfo.InvariantCulture).PadLeft(12))
                .Append(Milliseconds(m.Ticks).PadLeft(12))
                .Append(percent.ToString("0.00", CultureInfo.InvariantCulture).PadLeft(9))
                .Append(m.RangeScans.ToString(CultureInfo.InvariantCulture).PadLeft(13))
                .Append(m.QuadsRead.ToString(CultureInfo.InvariantCulture).PadLeft(12))
                .Append('\n');
        }
        text.Append("TOTAL".PadRight(width)).Append(new string(' ', 20)).Append(Milliseconds(total).PadLeft(12)).Append("\n\n");
    }

    /// <summary>Per step of the final plan: the access pattern, the index that serves it, and (profile) the range scans it made.</summary>
    private static void AccessSection(StringBuilder text, TraversalPlan final, GraphModel graph, StepMetrics[]? metrics)
    {
        Section(text, "Access Patterns");
        for (var i = 0; i < final.Steps.Count; i++)
        {
            var step = final.Steps[i];
            var reads = StepAccess.Of(step, graph);
            text.Append(i + 1).Append(". ").Append(Describe(step)).Append('\n');
            if (reads.Count == 0) text.Append("     no index access\n");
            foreach (var read in reads) text.Append("     ").Append(read).Append('\n');
            if (metrics is not null && reads.Count > 0)
                text.Append("     measured: ").Append(metrics[i].RangeScans.ToString(CultureInfo.InvariantCulture)).Append(" range scans, ")
                    .Append(metrics[i].QuadsRead.ToString(CultureInfo.InvariantCulture)).Append(" quads read\n");
        }
        text.Append('\n');
    }

    private static void PredicatesSection(StringBuilder text, GraphModel graph) =>
        Section(text, "Predicates").Append("# of predicates: ").Append(graph.Snapshot.Predicates.Count.ToString(CultureInfo.InvariantCulture)).Append("\n\n");

    /// <summary>Neptune prints WARNING lines for reads that cannot use an index well; ours is the union scan.</summary>
    private static void Warnings(StringBuilder text, TraversalPlan final, GraphModel graph)
    {
        foreach (var step in final.Steps)
        {
            foreach (var read in StepAccess.Of(step, graph))
            {
                if (!read.Plan.UnionScan) continue;
                text.Append("WARNING: ").Append(Describe(step)).Append(" reads by object alone (").Append(read.Shape).Append(") without the OSGP index: a union scan of ")
                    .Append(read.Plan.RangeScans.ToString(CultureInfo.InvariantCulture))
                    .Append(" predicate range scans per traverser. Name the edge label, or create the store with the OSGP index (--osgp).\n");
            }
        }
    }

    /// <summary>A step without the note (the access section shows it) in gremlin-lang form.</summary>
    private static string Describe(StepSpec step) => (step with { Note = null }).ToString();

    private static string Milliseconds(long ticks) =>
        (ticks * 1000.0 / Stopwatch.Frequency).ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>What one root step did, measured around the enumerator of its output (so inclusive of the steps before it, until <see cref="MakeExclusive"/>).</summary>
    internal sealed class StepMetrics
    {
        public long Traversers;
        public long Elements;
        public long Ticks;
        public long RangeScans;
        public long UnionScans;
        public long QuadsRead;

        public IEnumerable<Traverser> Measure(IEnumerable<Traverser> input, ScanCounters counters)
        {
            using var enumerator = input.GetEnumerator();
            while (true)
            {
                var (ticks, scans, unions, quads) = (Stopwatch.GetTimestamp(), counters.RangeScans, counters.UnionScans, counters.QuadsRead);
                var more = enumerator.MoveNext();
                Ticks += Stopwatch.GetTimestamp() - ticks;
                RangeScans += counters.RangeScans - scans;
                UnionScans += counters.UnionScans - unions;
                QuadsRead += counters.QuadsRead - quads;
                if (!more) yield break;
                Elements++;
                Traversers += enumerator.Current.Bulk;
                yield return enumerator.Current;
            }
        }

        /// <summary>Pulling from step i also runs steps 0..i-1: subtract what the previous step's wrapper measured.</summary>
        public static void MakeExclusive(StepMetrics[] metrics)
        {
            for (var i = metrics.Length - 1; i > 0; i--)
            {
                metrics[i].Ticks = Math.Max(0, metrics[i].Ticks - metrics[i - 1].Ticks);
                metrics[i].RangeScans -= metrics[i - 1].RangeScans;
                metrics[i].UnionScans -= metrics[i - 1].UnionScans;
                metrics[i].QuadsRead -= metrics[i - 1].QuadsRead;
            }
        }
    }
}
