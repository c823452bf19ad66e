using PerfRules.Periods;
using PerfRules.Results;

namespace PerfRules.Tests.Cli;

/// <summary>
/// samples/weekly-routine runs clean and shows what its README says: daily rows summed into ISO weeks across the
/// year end, times against streak, tenure from a date input, and the complaint spike with a week of leave.
/// </summary>
public class WeeklyRoutineSampleTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "samples", "weekly-routine");
    private static readonly string PlanPath = Path.Combine(Folder, "plan.perf");
    private static readonly string RosterPath = Path.Combine(Folder, "roster.csv");

    private static EvaluationResult Score(string? period = null)
    {
        var compiled = PerfPlan.CompileFile(PlanPath);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        var roster = compiled.Plan!.ReadCsvFile(RosterPath);
        Assert.Empty(roster.Diagnostics);
        return compiled.Plan.Evaluate(roster, period is null ? null : PerfPeriod.Parse(period));
    }

    private static object? Metric(EvaluationResult result, string employee, string metric) =>
        result.Employee(employee).Metrics.Single(m => m.Key == metric).Value;

    [Fact]
    public void The_sample_scores_its_last_week_without_a_warning()
    {
        var outcome = CliRunner.Run("score", PlanPath, RosterPath, "--format", "csv");

        Assert.Equal((0, ""), (outcome.ExitCode, outcome.Error));
        Assert.Equal(21, outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 20 agents
        Assert.All(outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), row => Assert.Contains(",2026-W02,", row, StringComparison.Ordinal));
    }

    [Fact]
    public void Seven_days_across_new_year_make_week_one_of_2026()
    {
        // B01, 2025-12-29 to 2026-01-04: problems 0+1+1+0+1+3+0 = 6, posts 1+1+0+1+1 = 4, visits 1,
        // orders 2+1+5+1+0+0+6 = 15, complaints 1, csat (4.3 + 4.0) / 2 = 4.15.
        var w01 = Score("2026-W01");
        var b01 = w01.Employee("B01").Dimensions;
        Assert.Equal([6m, 4m, 1m], b01[0].Kpis.Select(k => k.Value));
        Assert.Equal(4.15m, b01[1].Kpis[0].Value);
        Assert.Equal(1m / 15m, b01[1].Kpis[1].Value);
        Assert.Equal(["2025-W47", "2025-W48", "2025-W49", "2025-W50", "2025-W51", "2025-W52"], w01.HistoryPeriods.Select(p => p.ToString()));
    }

    [Fact]
    public void Times_and_streak_part_ways_after_a_missed_week()
    {
        // B02: 2025-W51 done, 2025-W52 missed (two posts), 2026-W01 and W02 done.
        var w02 = Score();
        Assert.Equal(3m, Metric(w02, "B02", "routine_weeks"));
        Assert.Equal(86.50m, w02.Employee("B02").Score);   // 0.7 x 100 + 0.3 x (0.6 x 25 + 0.4 x 100)
        Assert.Equal(1m, w02.Employee("B02").Multiplier);
        Assert.Equal(1.2m, w02.Employee("B01").Multiplier);  // the routine four weeks running
    }

    [Fact]
    public void Tenure_reaches_three_months_on_the_sunday_three_months_after_joining()
    {
        // B05 joined 2025-10-11: 2 months to 2026-01-04, 3 to 2026-01-11. It missed the routine both weeks.
        var w01 = Score("2026-W01");
        var w02 = Score();
        Assert.Equal((2m, true, 1m), ((decimal?)Metric(w01, "B05", "tenure_months"), (bool?)Metric(w01, "B05", "new_agent"), w01.Employee("B05").Multiplier));
        Assert.Equal((3m, false, 0.8m), ((decimal?)Metric(w02, "B05", "tenure_months"), (bool?)Metric(w02, "B05", "new_agent"), w02.Employee("B05").Multiplier));
    }

    [Fact]
    public void A_week_of_leave_means_no_spike_can_be_measured_against_it()
    {
        var w02 = Score();
        // B06: 3 / 22 = 0.136... > 1 / 20 x 1.2 = 0.06.
        Assert.Contains("complaint_spike", w02.Employee("B06").Flags.Select(f => f.Name));
        // B08 has no 2026-W01 rows: 4 / 25 = 0.16 is compared with a missing value.
        Assert.Contains(w02.Employee("B08").Explain().Lines, l => l.Text == "previous(complaint_rate) = missing: the employee has no row in 2026-W01");
        Assert.DoesNotContain("complaint_spike", w02.Employee("B08").Flags.Select(f => f.Name));
        Assert.Equal(3m, Metric(w02, "B08", "routine_weeks"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfRules.sln"))) directory = directory.Parent;
        Assert.NotNull(directory);
        return directory.FullName;
    }
}
