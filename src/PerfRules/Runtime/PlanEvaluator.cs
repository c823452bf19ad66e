using System.Collections.Concurrent;
using PerfRules.Compilation;

namespace PerfRules.Runtime;

/// <summary>
/// Runs a compiled plan over one period in the stage order of spec 12.9: metrics (level by level) and scores,
/// vetoes and rank keys, ranks, grades, levels, payout, awards, flags. Row-wise stages may run on several threads;
/// each row is written by one thread only, and roster-wide steps (ranking, aggregates) sit between stages.
/// </summary>
internal static class PlanEvaluator
{
    public static PeriodFrame Evaluate(CompiledPlan plan, PeriodSnapshot snapshot, HistoryIndex history, EvaluationOptions options)
    {
        var frame = new PeriodFrame(plan.Layout, plan.Bound, snapshot, history);
        if (plan.ReachesBackOverEveryPeriod) frame.EarlierRows = history.LinkEarlierRows(frame);
        foreach (var level in plan.MetricLevels) ForRanges(frame, options, level.Run);
        ForRanges(frame, options, (f, start, end) => ScoreStage.ScoreRows(plan, f, start, end));

        for (var r = 0; r < plan.Rankings.Length; r++)
        {
            var ranking = plan.Rankings[r];
            var shared = new decimal?[]?[ranking.IsText.Length];
            for (var k = 0; k < shared.Length; k++)
                if (ranking.KeySlot(k) >= 0) shared[k] = frame.Numbers[ranking.KeySlot(k)];
            frame.RankKeys[r] = new RankKeyColumns(ranking.IsText, ranking.Descending, frame.Count, shared);
        }

        ForRows(frame, options, (f, row) => StandingStage.VetoRow(plan, f, row));
        for (var r = 0; r < plan.Rankings.Length; r++)
        {
            var ranking = plan.Rankings[r];
            var rankThreads = frame.Count < Math.Max(1, options.ParallelRowThreshold) ? 1 : options.MaxDegreeOfParallelism;
            Ranking.Rank(frame, r, ranking.WithinSlot < 0 ? null : frame.Texts[ranking.WithinSlot], plan.Layout.TotalScoreSlot, rankThreads);
            var (rankSlot, sizeSlot) = (plan.Layout.RankSlot(ranking.Symbol), plan.Layout.GroupSizeSlot(ranking.Symbol));
            var rankColumn = rankSlot < 0 ? null : frame.Numbers[rankSlot];
            var sizeColumn = sizeSlot < 0 ? null : frame.Numbers[sizeSlot];
            var shareColumn = frame.Numbers[plan.Layout.ShareAheadSlot(ranking.Symbol)];
            var (ranks, sizes) = (frame.Ranks[r], frame.GroupSizes[r]);
            var sharesAhead = SharesAhead(sizes);
            ForRanges(frame, options, (_, start, end) =>
            {
                for (var row = start; row < end; row++)
                {
                    var (rank, size) = (ranks[row], sizes[row]);
                    if (rankColumn is not null) rankColumn[row] = rank;
                    if (sizeColumn is not null) sizeColumn[row] = size;
                    shareColumn[row] = size < sharesAhead.Length ? sharesAhead[size]![rank - 1] : (rank - 1m) / size;
                }
            });
        }

        ForRows(frame, options, (f, row) => StandingStage.GradeRow(plan, f, row));
        if (!plan.Levels.IsEmpty) ForRows(frame, options, (f, row) => StandingStage.LevelRow(plan, f, row));
        ForRows(frame, options, (f, row) => StandingStage.PayoutRow(plan, f, row));
        foreach (var award in plan.Awards) ForRows(frame, options, (f, row) => StandingStage.AwardRow(plan, award, f, row));
        if (plan.Flags is { } flags) ForRanges(frame, options, flags.Run);

        history.Add(frame);
        return frame;
    }

    // Per group size s, the (rank - 1) / s of every rank 1..s: top(P) holds when it is under P (spec section 7).
    // Groups of one size share the quotients, so most rosters divide once per rank of a size, not once per row. A
    // group larger than TabulatedGroupSize has no table (its rows would use each quotient about once): it divides per row.
    private const int TabulatedGroupSize = 4096;

    internal static decimal[]?[] SharesAhead(int[] sizes)
    {
        var bySize = new decimal[]?[sizes.Length == 0 ? 1 : Math.Min(sizes.Max(), TabulatedGroupSize) + 1];
        foreach (var size in sizes)
        {
            if (size >= bySize.Length || bySize[size] is not null) continue;
            var shares = new decimal[size];
            for (var rank = 1; rank <= size; rank++) shares[rank - 1] = (rank - 1m) / size;
            bySize[size] = shares;
        }

        return bySize;
    }

    private static void ForRows(PeriodFrame frame, EvaluationOptions options, Action<PeriodFrame, int> step) =>
        ForRanges(frame, options, (f, start, end) =>
        {
            for (var row = start; row < end; row++) step(f, row);
        });

    // The rows in runs, [start, end): all at once on one thread, or in chunks over several.
    private static void ForRanges(PeriodFrame frame, EvaluationOptions options, Action<PeriodFrame, int, int> step)
    {
        var n = frame.Count;
        var maxParallelism = options.MaxDegreeOfParallelism;
        var threshold = Math.Max(1, options.ParallelRowThreshold);
        if (maxParallelism <= 1 || n < threshold)
        {
            step(frame, 0, n);
            return;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism };
        var chunk = Math.Max(Math.Max(1, threshold / 4), n / (maxParallelism * 4));
        Parallel.ForEach(Partitioner.Create(0, n, chunk), parallel, range => step(frame, range.Item1, range.Item2));
    }
}
