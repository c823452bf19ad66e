using System.Runtime.InteropServices;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using PerfRules.Compilation;
using PerfRules.Results;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// <c>--profile [N] [RUNS]</c>: the single-threaded pipeline of the section 1 plan over N employees, split per stage
/// with a stopwatch. The stages are run exactly as PlanEvaluator and PerfPlan run them (same calls, same order), so
/// the sum of the stages is one <c>Evaluate</c>; the median of RUNS runs is reported, with the public
/// <c>Evaluate</c> and the hand-written baseline timed in the same process for comparison.
/// </summary>
public static class StageProfile
{
    private static readonly string[] Stages =
    [
        "frame (column allocation)", "metric pass", "scoring (KPI, dimension, total)", "veto and rank keys",
        "ranking (group, sort, ranks)", "grades", "payout", "flags",
        "output order (sort)", "one EmployeeResult per row (made on the first read of Employees)",
    ];

    public static int Run(int employees, int runs, bool cents = false)
    {
        var roster = new AcmeRoster(employees, cents: cents);
        var plan = AcmePlan.Compile();
        var snapshot = roster.ToSnapshot(plan);
        AgreementCheck.Verify(plan, snapshot, roster);
        // The plan's own compiled form, and PerfPlan's private output ordering and views, called as they are rather than copied.
        var compiled = plan.Compiled;
        var outputOrder = typeof(PerfPlan).GetMethod("OutputOrder", BindingFlags.NonPublic | BindingFlags.Static)!
            .CreateDelegate<Func<PeriodFrame, int[]>>();
        var views = typeof(PerfPlan).GetMethod("Views", BindingFlags.NonPublic | BindingFlags.Static)!
            .CreateDelegate<Func<CompiledPlan, PeriodFrame, int[], EmployeeResult[]>>();

        var stageTimes = new double[Stages.Length][];
        for (var s = 0; s < Stages.Length; s++) stageTimes[s] = new double[runs];
        var evaluateTimes = new double[runs];
        var detailTimes = new double[StageDetail.Parts.Length][];
        for (var s = 0; s < detailTimes.Length; s++) detailTimes[s] = new double[runs];
        var handWrittenTimes = new double[runs];
        var handWrittenStages = new double[3][];
        for (var s = 0; s < handWrittenStages.Length; s++) handWrittenStages[s] = new double[runs];
        for (var run = -2; run < runs; run++)
        {
            // Two warm-up runs let tiered compilation reach the optimised code before anything is recorded.
            var (times, frame) = RunOnce(compiled, snapshot, outputOrder, views);
            var detail = StageDetail.Measure(compiled, frame);
            var evaluate = Time(() => plan.Evaluate(snapshot));
            var handWritten = Time(() => HandWrittenAcmeScorer.Score(roster));
            var handWrittenSplit = HandWrittenStages(roster);
            if (run < 0) continue;
            for (var s = 0; s < handWrittenSplit.Length; s++) handWrittenStages[s][run] = handWrittenSplit[s];
            for (var s = 0; s < Stages.Length; s++) stageTimes[s][run] = times[s];
            for (var s = 0; s < detail.Length; s++) detailTimes[s][run] = detail[s];
            evaluateTimes[run] = evaluate;
            handWrittenTimes[run] = handWritten;
        }

        var total = 0.0;
        var medians = new double[Stages.Length];
        for (var s = 0; s < Stages.Length; s++) total += medians[s] = Median(stageTimes[s]);
        Console.WriteLine($"Single-threaded pipeline, {employees:N0} employees, median of {runs} runs (ms):");
        Console.WriteLine("| stage | ms | share | ns per employee |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        for (var s = 0; s < Stages.Length; s++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Stages[s]} | {medians[s]:F1} | {medians[s] / total:P1} | {medians[s] * 1e6 / employees:F0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| sum of the stages | {total:F1} | 100% | {total * 1e6 / employees:F0} |"));
        Console.WriteLine();
        Console.WriteLine("The scoring and grade stages taken apart (each part alone over every row, ms):");
        Console.WriteLine("| part | ms | ns per employee |");
        Console.WriteLine("| --- | ---: | ---: |");
        for (var s = 0; s < detailTimes.Length; s++)
        {
            var median = Median(detailTimes[s]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {StageDetail.Parts[s]} | {median:F1} | {median * 1e6 / employees:F0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plan.Evaluate (public API), median: {Median(evaluateTimes):F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"hand-written scorer, median: {Median(handWrittenTimes):F1} ms, of which "
            + $"scoring {Median(handWrittenStages[0]):F1} ms, ranking {Median(handWrittenStages[1]):F1} ms, grades and payout {Median(handWrittenStages[2]):F1} ms"));
        return 0;
    }

    // PlanEvaluator.Evaluate and PerfPlan's result ordering, stage by stage, on one thread.
    private static (double[] Times, PeriodFrame Frame) RunOnce(
        CompiledPlan plan, PeriodSnapshot snapshot, Func<PeriodFrame, int[]> outputOrder, Func<CompiledPlan, PeriodFrame, int[], EmployeeResult[]> views)
    {
        var times = new double[Stages.Length];
        var clock = Stopwatch.StartNew();
        var stage = 0;
        void Lap()
        {
            times[stage++] = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
        }

        var history = new HistoryIndex();
        var frame = new PeriodFrame(plan.Layout, plan.Bound, snapshot, history);
        var n = frame.Count;
        Lap();
        foreach (var level in plan.MetricLevels) level.Run(frame, 0, n);
        Lap();
        ScoreStage.ScoreRows(plan, frame, 0, n);
        Lap();
        for (var r = 0; r < plan.Rankings.Length; r++)
        {
            // A key that is a column of the frame (here score and revenue) is sorted in place, as PlanEvaluator does.
            var ranking = plan.Rankings[r];
            var shared = new decimal?[]?[ranking.IsText.Length];
            for (var k = 0; k < shared.Length; k++)
                if (ranking.KeySlot(k) >= 0) shared[k] = frame.Numbers[ranking.KeySlot(k)];
            frame.RankKeys[r] = new RankKeyColumns(ranking.IsText, ranking.Descending, n, shared);
        }

        for (var row = 0; row < n; row++) StandingStage.VetoRow(plan, frame, row);
        Lap();
        for (var r = 0; r < plan.Rankings.Length; r++)
        {
            var ranking = plan.Rankings[r];
            Ranking.Rank(frame, r, ranking.WithinSlot < 0 ? null : frame.Texts[ranking.WithinSlot], plan.Layout.TotalScoreSlot);
            var (rankSlot, sizeSlot) = (plan.Layout.RankSlot(ranking.Symbol), plan.Layout.GroupSizeSlot(ranking.Symbol));
            var rankColumn = rankSlot < 0 ? null : frame.Numbers[rankSlot];
            var sizeColumn = sizeSlot < 0 ? null : frame.Numbers[sizeSlot];
            var shareColumn = frame.Numbers[plan.Layout.ShareAheadSlot(ranking.Symbol)];
            var (ranks, sizes) = (frame.Ranks[r], frame.GroupSizes[r]);
            var sharesAhead = PlanEvaluator.SharesAhead(sizes);
            for (var row = 0; row < n; row++)
            {
                var (rank, size) = (ranks[row], sizes[row]);
                if (rankColumn is not null) rankColumn[row] = rank;
                if (sizeColumn is not null) sizeColumn[row] = size;
                shareColumn[row] = size < sharesAhead.Length ? sharesAhead[size]![rank - 1] : (rank - 1m) / size;
            }
        }

        Lap();
        for (var row = 0; row < n; row++) StandingStage.GradeRow(plan, frame, row);
        Lap();
        for (var row = 0; row < n; row++) StandingStage.PayoutRow(plan, frame, row);
        Lap();
        plan.Flags?.Run(frame, 0, n);
        history.Add(frame);
        Lap();
        var rows = outputOrder(frame);
        Lap();
        GC.KeepAlive(new EvaluationResult(snapshot.Period, ImmutableCollectionsMarshal.AsImmutableArray(views(plan, frame, rows)), [], [], null, null));
        Lap();
        return (times, frame);
    }

    private static double[] HandWrittenStages(AcmeRoster roster)
    {
        var n = roster.Count;
        var (results, requirementMet, vetoed) = (new HandWrittenAcmeScorer.Results(n), new bool[n], new bool[n]);
        return
        [
            Time(() => { HandWrittenAcmeScorer.ScoreRows(roster, results, requirementMet, vetoed); return results; }),
            Time(() => { HandWrittenAcmeScorer.Rank(roster, results, vetoed); return results; }),
            Time(() => { HandWrittenAcmeScorer.GradeAndPay(results, requirementMet, vetoed); return results; }),
        ];
    }

    private static double Time(Func<object> action)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return clock.Elapsed.TotalMilliseconds;
    }

    internal static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
