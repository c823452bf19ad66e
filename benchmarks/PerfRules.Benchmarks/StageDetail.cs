using System.Diagnostics;
using PerfRules.Compilation;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// The two most expensive stages of <see cref="StageProfile"/> taken apart. Each part runs alone over every row of a
/// frame the whole pipeline has already filled, so that it sees the real values (and the real lines tried).
/// </summary>
internal static class StageDetail
{
    public static string[] Parts { get; } =
    [
        "scoring: KPI values (compiled delegates)", "scoring: curves", "scoring: weighted sums and the division by the weights left in",
        "scoring: the shown total (1 rounding to 2 decimals; results round KPIs and dimensions when read)", "scoring: whole ScoreRows",
        "scoring: whole ScoreRows, scorers compiled without curve memos (timed right after the one above)",
        "grades: top(P) as the share ahead against P, per line tried", "grades: whole GradeRow",
    ];

    public static double[] Measure(CompiledPlan plan, PeriodFrame frame)
    {
        var n = frame.Count;
        var kpis = plan.Profiles[^1].Dimensions.SelectMany(d => d.Kpis).ToArray();
        var dimensions = plan.Profiles[^1].Dimensions.ToArray();
        var times = new List<double>();
        var clock = Stopwatch.StartNew();
        decimal? sink = null;
        for (var row = 0; row < n; row++)
            foreach (var kpi in kpis) sink = kpi.Value(frame, row);
        times.Add(Lap(clock));
        for (var row = 0; row < n; row++)
            foreach (var kpi in kpis)
                if (kpi.Value(frame, row) is { } v) sink = kpi.Curve.Score(frame, row, v);
        times.Add(Lap(clock));
        for (var row = 0; row < n; row++)
        {
            decimal total = 0m;
            foreach (var dimension in dimensions)
            {
                decimal sum = 0m, weights = 0m;
                var leftOut = false;
                foreach (var kpi in dimension.Kpis)
                {
                    if (frame.Kpis.State[kpi.Index][row] == ScoreState.Skipped)
                    {
                        leftOut = true;
                        continue;
                    }

                    sum += kpi.Symbol.Weight * frame.Kpis.Exact[kpi.Index][row];
                    weights += kpi.Symbol.Weight;
                }

                total += dimension.Symbol.Weight * (leftOut ? sum / weights : sum);
            }

            sink = total;
        }

        times.Add(Lap(clock));
        for (var row = 0; row < n; row++) sink = Arithmetic.Shown(frame.TotalExact[row]);
        times.Add(Lap(clock));
        ScoreStage.ScoreRows(plan, frame, 0, n);
        times.Add(Lap(clock));
        ScoreStage.ScoreRows(WithoutCurveMemos(plan), frame, 0, n);
        times.Add(Lap(clock));

        // A grade line is tried until one holds: lines 0..GradeLine (the catch-all needs no test); vetoed rows try none.
        var lines = plan.Grades!.Symbol.Lines;
        var shareAhead = frame.Numbers[plan.MainShareAheadSlot];
        var top = false;
        for (var row = 0; row < n; row++)
            for (var line = 0; line < LinesTried(frame, row, lines.Length); line++)
                top ^= shareAhead[row] < (lines[line].Top ?? 1m);
        times.Add(Lap(clock));
        for (var row = 0; row < n; row++) StandingStage.GradeRow(plan, frame, row);
        times.Add(Lap(clock));
        GC.KeepAlive((sink, top));
        return [.. times];
    }

    // The same plan compiled with scorers that do not remember curve scores: what the memos are worth, in one process.
    private static readonly Dictionary<CompiledPlan, CompiledPlan> Unremembering = [];

    private static CompiledPlan WithoutCurveMemos(CompiledPlan plan)
    {
        lock (Unremembering)
        {
            // Generated code is compiled fully optimised at once: it needs no warming up.
            if (!Unremembering.TryGetValue(plan, out var without))
                Unremembering[plan] = without = PlanCompiler.Compile(plan.Bound, plan.SourceText, rememberCurves: false);
            return without;
        }
    }

    private static int LinesTried(PeriodFrame frame, int row, int lines) =>
        frame.Vetoed[row] ? 0 : Math.Min(frame.GradeLine[row] + 1, lines - 1);

    private static double Lap(Stopwatch clock)
    {
        var elapsed = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        return elapsed;
    }
}
