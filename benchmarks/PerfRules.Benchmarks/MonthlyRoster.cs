using System.Globalization;
using System.Text;
using PerfRules.Runtime;

namespace PerfRules.Benchmarks;

/// <summary>
/// A deterministic roster for <see cref="MonthlyPlan"/>: the same employees month after month from 2025-01, each
/// drifting from its own level so that ranks move and streaks start and break (past December into the next year);
/// about 2% of rows are left out, so that history meets gaps as well.
/// </summary>
public static class MonthlyRoster
{
    public static IReadOnlyList<PeriodSnapshot> Snapshots(PerfPlan plan, int employees, int months, int seed = 20250101)
    {
        var random = new Random(seed);
        var text = new StringBuilder(employees * months * 48);
        text.Append("employee,period,revenue,calls,quality,complaints,team\n");
        var level = new decimal[employees];
        for (var i = 0; i < employees; i++) level[i] = 100_000m + random.Next(0, 400) * 1_000m;
        for (var month = 1; month <= months; month++)
        {
            for (var i = 0; i < employees; i++)
            {
                level[i] = Math.Max(0m, level[i] + random.Next(-30, 31) * 1_000m);
                if (random.Next(0, 50) == 0) continue;
                text.Append(CultureInfo.InvariantCulture,
                    $"m{i:D6},{2025 + (month - 1) / 12}-{(month - 1) % 12 + 1:D2},{level[i]},{random.Next(60, 180)},{random.Next(50, 100)},{random.Next(0, 5)},team{i % Math.Max(1, employees / 50)}\n");
            }
        }

        var roster = plan.ReadCsv(new StringReader(text.ToString()), "monthly.csv");
        if (roster.HasErrors) throw new InvalidOperationException(string.Join("\n", roster.Diagnostics.Take(5)));
        if (roster.Periods.Length != months) throw new InvalidOperationException($"Expected {months} periods, read {roster.Periods.Length}.");
        return roster.Periods;
    }
}
