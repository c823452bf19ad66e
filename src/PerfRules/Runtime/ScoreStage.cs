using PerfRules.Compilation;

namespace PerfRules.Runtime;

/// <summary>
/// Chooses each row's profile and computes its KPI, dimension and total scores (spec section 4): each value from
/// the exact values below it, summed in file order; where KPIs (or dimensions) are left out, the sum is divided once
/// by the weights left in. The shown value, rounded to 2 decimals, is what expressions and ranking see.
/// </summary>
/// <remarks>
/// Rows are scored with plain decimal arithmetic under one overflow guard per run of rows: by the code generated for
/// their profile (<see cref="ProfileScoreCompiler"/>: the same operations in the same order, each run of consecutive
/// rows of one profile in one call) where there is some, else by <see cref="Score"/>. An overflow inside a curve makes that
/// KPI's score missing (spec section 5), so when the guard trips the run is scored again row by row here, and a row
/// that overflows is scored with a guard around each curve. Every pass does the same operations in the same order,
/// so they agree wherever none overflows.
/// </remarks>
internal static class ScoreStage
{
    /// <summary>Scores the rows from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public static void ScoreRows(CompiledPlan plan, PeriodFrame frame, int start, int end)
    {
        var profiles = plan.Profiles;
        var chosen = frame.Profile;
        var rowsOf = new int[profiles.Length];
        if (profiles.Length > 1)
        {
            for (var row = start; row < end; row++) rowsOf[chosen[row] = ChooseProfile(plan, frame, row)]++;
        }
        else
        {
            Array.Fill(chosen, 0, start, end - start);
            rowsOf[0] = end - start;
        }

        // Each profile's curve memos serve all of its runs in this call, sized for all of its rows.
        var memos = new CurveMemo[profiles.Length][];

        var totalScoreSlot = plan.Layout.TotalScoreSlot;
        try
        {
            // Consecutive rows of one profile go to its generated code in one call (all of them when there is one
            // profile), so the columns it writes are loaded once per run rather than once per row.
            for (var row = start; row < end;)
            {
                var runEnd = row + 1;
                while (runEnd < end && chosen[runEnd] == chosen[row]) runEnd++;
                var profile = profiles[chosen[row]];
                if (profile.Scorer is { } scorer) scorer.Rows(frame, row, runEnd, memos[chosen[row]] ??= MemosFor(scorer, rowsOf[chosen[row]]));
                else
                    for (var r = row; r < runEnd; r++) Score(profile, totalScoreSlot, frame, r, guardEachCurve: false);
                row = runEnd;
            }
        }
        catch (OverflowException)
        {
            for (var row = start; row < end; row++)
            {
                try
                {
                    Score(profiles[chosen[row]], totalScoreSlot, frame, row, guardEachCurve: false);
                }
                catch (OverflowException)
                {
                    Score(profiles[chosen[row]], totalScoreSlot, frame, row, guardEachCurve: true);
                }
            }
        }
    }

    private static CurveMemo[] MemosFor(ProfileCode scorer, int rows)
    {
        var memos = new CurveMemo[scorer.Memos];
        for (var m = 0; m < memos.Length; m++) memos[m] = new CurveMemo(rows);
        return memos;
    }

    private static int ChooseProfile(CompiledPlan plan, PeriodFrame frame, int row)
    {
        for (var p = 0; p < plan.Profiles.Length - 1; p++)
            if (plan.Profiles[p].Condition!(frame, row) == true) return p;
        return plan.Profiles.Length - 1;
    }

    private static void Score(ProfilePlan profile, int totalScoreSlot, PeriodFrame frame, int row, bool guardEachCurve)
    {
        var numbers = frame.Numbers;
        var kpis = frame.Kpis;
        var total = 0m;
        var anyDimension = false;
        var dimensionsLeftOut = 0;
        var dimensionLeftOut = false;
        var dimensions = profile.Dimensions;
        for (var d = 0; d < dimensions.Length; d++)
        {
            var dimension = dimensions[d];
            var sum = 0m;
            var anyKpi = false;
            var kpisLeftOut = 0;
            var kpiLeftOut = false;
            var dimensionKpis = dimension.Kpis;
            for (var k = 0; k < dimensionKpis.Length; k++)
            {
                var kpi = dimensionKpis[k];
                var value = kpi.ValueSlot >= 0 ? numbers[kpi.ValueSlot][row] : kpi.Value(frame, row);
                var exact = value is not { } v ? null
                    : guardEachCurve ? kpi.Curve.Score(frame, row, v)
                    : kpi.Curve.ScoreOrThrow(frame, row, v);
                ScoreState state;
                if (exact is null)
                {
                    if (kpi.SkipWhenMissing)
                    {
                        kpis.State[kpi.Index][row] = ScoreState.Skipped;
                        kpisLeftOut |= WeightTable.Bit(k);
                        kpiLeftOut = true;
                        continue;
                    }

                    exact = 0m;
                    state = ScoreState.MissingScoredZero;
                }
                else
                {
                    state = ScoreState.Scored;
                }

                kpis.State[kpi.Index][row] = state;
                kpis.Exact[kpi.Index][row] = exact.Value;
                if (kpi.TargetSlot >= 0) numbers[kpi.TargetSlot][row] = Arithmetic.Shown(exact.Value);
                sum = Arithmetic.AddTerm(sum, anyKpi, kpi.Weight * exact.Value);
                anyKpi = true;
            }

            if (!anyKpi)
            {
                frame.DimensionState[dimension.Index][row] = ScoreState.Skipped;
                dimensionsLeftOut |= WeightTable.Bit(d);
                dimensionLeftOut = true;
                continue;
            }

            var dimensionExact = !kpiLeftOut ? sum
                : sum / (dimension.KpiWeights.HasBits ? dimension.KpiWeights.LeftIn(kpisLeftOut) : WeightsLeftIn(dimension, kpis, row));
            frame.DimensionState[dimension.Index][row] = ScoreState.Scored;
            frame.DimensionExact[dimension.Index][row] = dimensionExact;
            if (dimension.TargetSlot >= 0) numbers[dimension.TargetSlot][row] = Arithmetic.Shown(dimensionExact);
            total = Arithmetic.AddTerm(total, anyDimension, dimension.Weight * dimensionExact);
            anyDimension = true;
        }

        decimal? totalExact = !anyDimension ? null
            : !dimensionLeftOut ? total
            : total / (profile.DimensionWeights.HasBits ? profile.DimensionWeights.LeftIn(dimensionsLeftOut) : WeightsLeftIn(profile, frame, row));
        frame.TotalExact[row] = totalExact;
        numbers[totalScoreSlot][row] = Arithmetic.Shown(totalExact);
    }

    // The weights of the KPIs (below, the dimensions) left in, added in file order, for a row of a dimension (or
    // profile) too wide for a table of them.
    private static decimal WeightsLeftIn(DimensionPlan dimension, KpiColumns kpis, int row)
    {
        var weights = 0m;
        foreach (var kpi in dimension.Kpis)
            if (kpis.State[kpi.Index][row] != ScoreState.Skipped) weights += kpi.Weight;
        return weights;
    }

    private static decimal WeightsLeftIn(ProfilePlan profile, PeriodFrame frame, int row)
    {
        var weights = 0m;
        foreach (var dimension in profile.Dimensions)
            if (frame.DimensionState[dimension.Index][row] != ScoreState.Skipped) weights += dimension.Weight;
        return weights;
    }
}
