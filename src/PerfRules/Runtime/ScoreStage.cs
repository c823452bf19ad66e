using PerfRules.Compilation;

namespace PerfRules.Runtime;

/// <summary>
/// Chooses each row's profile and computes its KPI, dimension and total scores (spec section 4): each value from
/// the exact values below it, summed in file order; where KPIs (or dimensions) are left out, the sum is divided once
/// by the weights left in. The shown value, rounded to 2 decimals, is what expressions and ranking see.
/// </summary>
internal static class ScoreStage
{
    public static void ScoreRow(CompiledPlan plan, PeriodFrame frame, int row)
    {
        var profileIndex = plan.Profiles.Length - 1;
        for (var p = 0; p < plan.Profiles.Length - 1; p++)
        {
            if (plan.Profiles[p].Condition!(frame, row) == true)
            {
                profileIndex = p;
                break;
            }
        }

        frame.Profile[row] = profileIndex;
        var numbers = frame.Numbers;
        var kpis = frame.Kpis;
        decimal total = 0m, totalWeights = 0m;
        bool anyDimension = false, dimensionLeftOut = false;
        foreach (var dimension in plan.Profiles[profileIndex].Dimensions)
        {
            decimal sum = 0m, weights = 0m;
            bool anyKpi = false, kpiLeftOut = false;
            foreach (var kpi in dimension.Kpis)
            {
                var value = kpi.Value(frame, row);
                var exact = value is { } v ? kpi.Curve.Score(frame, row, v) : null;
                ScoreState state;
                if (exact is null)
                {
                    if (kpi.Symbol.SkipWhenMissing)
                    {
                        kpis.State[kpi.Index][row] = ScoreState.Skipped;
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
                kpis.Exact[kpi.Index][row] = exact;
                if (kpi.TargetSlot >= 0) numbers[kpi.TargetSlot][row] = Arithmetic.Shown(exact);
                sum += kpi.Symbol.Weight * exact.Value;
                weights += kpi.Symbol.Weight;
                anyKpi = true;
            }

            if (!anyKpi)
            {
                frame.DimensionState[dimension.Index][row] = ScoreState.Skipped;
                dimensionLeftOut = true;
                continue;
            }

            var dimensionExact = kpiLeftOut ? sum / weights : sum;
            frame.DimensionState[dimension.Index][row] = ScoreState.Scored;
            frame.DimensionExact[dimension.Index][row] = dimensionExact;
            if (dimension.TargetSlot >= 0) numbers[dimension.TargetSlot][row] = Arithmetic.Shown(dimensionExact);
            total += dimension.Symbol.Weight * dimensionExact;
            totalWeights += dimension.Symbol.Weight;
            anyDimension = true;
        }

        decimal? totalExact = anyDimension ? (dimensionLeftOut ? total / totalWeights : total) : null;
        frame.TotalExact[row] = totalExact;
        numbers[plan.Layout.TotalScoreSlot][row] = Arithmetic.Shown(totalExact);
    }
}
