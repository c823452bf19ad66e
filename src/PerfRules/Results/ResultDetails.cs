using PerfRules.Binding;
using PerfRules.Runtime;

namespace PerfRules.Results;

/// <summary>Builds the detailed parts of an <see cref="EmployeeResult"/> from the evaluated frame when a host reads them.</summary>
internal static class ResultDetails
{
    public static ImmutableArray<DimensionResult> Dimensions(EmployeeResult result)
    {
        var (plan, frame, row) = (result.Plan, result.Frame, result.Row);
        var profile = plan.Profiles[frame.Profile[row]];
        var dimensions = ImmutableArray.CreateBuilder<DimensionResult>(profile.Dimensions.Length);
        foreach (var dimension in profile.Dimensions)
        {
            var kpis = ImmutableArray.CreateBuilder<KpiResult>(dimension.Kpis.Length);
            foreach (var kpi in dimension.Kpis)
            {
                var state = frame.Kpis.State[kpi.Index][row];
                var value = kpi.Value(frame, row);
                var exact = state == ScoreState.Skipped ? null : (decimal?)frame.Kpis.Exact[kpi.Index][row];
                kpis.Add(new KpiResult(
                    kpi.Symbol.Name,
                    kpi.Symbol.Weight,
                    value,
                    Arithmetic.Shown(exact),
                    exact,
                    IsMissing: state is ScoreState.Skipped or ScoreState.MissingScoredZero,
                    IsSkipped: state == ScoreState.Skipped,
                    NextLine(kpi.Curve, value)));
            }

            var leftOut = frame.DimensionState[dimension.Index][row] == ScoreState.Skipped;
            var dimensionExact = leftOut ? null : (decimal?)frame.DimensionExact[dimension.Index][row];
            dimensions.Add(new DimensionResult(dimension.Symbol.Name, dimension.Symbol.Weight, Arithmetic.Shown(dimensionExact), dimensionExact, leftOut, kpis.MoveToImmutable()));
        }

        return dimensions.MoveToImmutable();
    }

    public static LadderProgress? NextLine(CurveScorer curve, decimal? value)
    {
        if (curve is not LadderScorer ladder || value is not { } v) return null;
        var reached = ladder.LinesReached(v);
        if (reached >= ladder.Ladder.Lines.Length) return null;
        var next = ladder.Ladder.Lines[reached];
        return new LadderProgress(next.Name, next.At, ladder.Ladder.LowerIsBetter ? v - next.At : next.At - v);
    }

    public static ImmutableArray<string> VetoReasons(EmployeeResult result)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        var vetoes = result.Plan.Bound.Vetoes;
        for (var v = 0; v < vetoes.Length; v++)
            if (result.Frame.VetoHolds[v][result.Row]) builder.Add(vetoes[v].Reason);
        return builder.ToImmutable();
    }

    public static ImmutableArray<string> FailedRequirements(EmployeeResult result)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        if (result.Plan.Bound.Payout is not { } payout) return [];
        for (var r = 0; r < payout.Requires.Length; r++)
            if (result.Frame.RequireFailed[r][result.Row]) builder.Add(payout.Requires[r].Reason);
        return builder.ToImmutable();
    }

    public static ImmutableArray<FlagResult> Flags(EmployeeResult result)
    {
        var builder = ImmutableArray.CreateBuilder<FlagResult>();
        var flags = result.Plan.Bound.Flags;
        for (var f = 0; f < flags.Length; f++)
            if (result.Frame.FlagHolds[f][result.Row]) builder.Add(new FlagResult(flags[f].Name, flags[f].Message));
        return builder.ToImmutable();
    }

    public static ImmutableArray<RankingResult> Rankings(EmployeeResult result)
    {
        var (plan, frame, row) = (result.Plan, result.Frame, result.Row);
        var builder = ImmutableArray.CreateBuilder<RankingResult>();
        for (var r = 1; r < plan.Rankings.Length; r++)
            builder.Add(new RankingResult(plan.Rankings[r].Symbol.Name!, frame.Ranks[r][row], frame.Groups[r]![row], frame.GroupSizes[r][row]));
        return builder.ToImmutable();
    }

    public static ImmutableArray<LevelResult> Levels(EmployeeResult result)
    {
        var (plan, frame, row) = (result.Plan, result.Frame, result.Row);
        var builder = ImmutableArray.CreateBuilder<LevelResult>();
        for (var l = 0; l < plan.Levels.Length; l++)
            builder.Add(new LevelResult(plan.Levels[l].Symbol.Name!, plan.Levels[l].Symbol.Lines[frame.LevelLines[l][row]].Name));
        return builder.ToImmutable();
    }

    public static ImmutableArray<AwardResult> Awards(EmployeeResult result)
    {
        var (plan, frame, row) = (result.Plan, result.Frame, result.Row);
        return [.. plan.AwardsInFileOrder.Select(a => new AwardResult(a.Symbol.Name, a.Symbol.Label, frame.Numbers[a.Slot][row]))];
    }

    public static ImmutableArray<KeyValuePair<string, object?>> Metrics(EmployeeResult result)
    {
        var (plan, frame, row) = (result.Plan, result.Frame, result.Row);
        return [.. plan.Bound.Metrics.OrderBy(m => m.Span.Start).Select(m =>
            new KeyValuePair<string, object?>(m.Name, ReadSlot(frame, m.ValueType, plan.Layout.MetricSlot(m), row)))];
    }

    public static object? ReadSlot(PeriodFrame frame, Binding.ValueType type, int slot, int row) => type switch
    {
        Binding.ValueType.Number => frame.Numbers[slot][row],
        Binding.ValueType.Flag => frame.Flags[slot][row],
        Binding.ValueType.Text => frame.Texts[slot][row],
        _ => frame.Dates[slot][row],
    };
}
