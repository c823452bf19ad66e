using System.Collections.Immutable;
namespace PerfRules.Tests.Properties;

/// <summary>
/// Scores one row by hand, from the spec's words alone: each KPI by its curve; a missing metric scores 0, or with
/// <c>missing skip</c> is left out and the weights left in are scaled up to 100% (the sum divided once by the weights
/// left in); dimensions likewise into the total; shown values rounded to 2 decimals, halves away from zero.
/// </summary>
internal static class ScoreOracle
{
    public sealed record Scores(decimal? Total, ImmutableArray<decimal?> Dimensions, ImmutableArray<decimal?> Kpis);

    public static decimal? Metric(PlanModel plan, RowModel row, string metric)
    {
        if (plan.Ratios.FirstOrDefault(r => r.Name == metric) is not { } ratio) return row.Value(metric);
        return row.Value(ratio.Numerator) is { } n && row.Value(ratio.Denominator) is { } d && d != 0m ? n / d : null;
    }

    public static Scores Score(PlanModel plan, RowModel row)
    {
        var dimensions = ImmutableArray.CreateBuilder<decimal?>();
        var kpiScores = ImmutableArray.CreateBuilder<decimal?>();
        decimal total = 0m, totalWeights = 0m;
        var anyDimensionLeftOut = false;
        foreach (var dimension in plan.Dimensions)
        {
            decimal sum = 0m, weights = 0m;
            bool anyIn = false, anyLeftOut = false;
            foreach (var kpi in dimension.Kpis)
            {
                var value = Metric(plan, row, kpi.Metric);
                if (value is null && kpi.Skip)
                {
                    kpiScores.Add(null);
                    anyLeftOut = true;
                    continue;
                }

                var score = value is { } v ? kpi.Curve.Score(v) : 0m;
                kpiScores.Add(score);
                sum += kpi.Weight / 100m * score;
                weights += kpi.Weight / 100m;
                anyIn = true;
            }

            if (!anyIn)
            {
                dimensions.Add(null);
                anyDimensionLeftOut = true;
                continue;
            }

            var exact = anyLeftOut ? sum / weights : sum;
            dimensions.Add(exact);
            total += dimension.Weight / 100m * exact;
            totalWeights += dimension.Weight / 100m;
        }

        decimal? totalExact = totalWeights == 0m ? null : anyDimensionLeftOut ? total / totalWeights : total;
        return new Scores(totalExact, dimensions.ToImmutable(), kpiScores.ToImmutable());
    }

    public static decimal? Shown(decimal? exact) => exact is { } x ? Math.Round(x, 2, MidpointRounding.AwayFromZero) : null;
}
