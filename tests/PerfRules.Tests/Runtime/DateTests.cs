using NodaTime;
using PerfRules.Results;

namespace PerfRules.Tests.Runtime;

/// <summary>
/// Dates (spec 12.7) worked by hand: the two date functions, comparisons, the functions that take dates, dates as
/// rank keys, history of dates, and the period's first and last day. Plans and rosters: Cases/plans/date-*.perf and
/// Cases/data/date-*.csv.
/// </summary>
public class DateTests
{
    // Evaluated for each test (xunit makes an instance per test), never cached in a static: mutation testing runs the
    // tests of many mutants in one process, and a cached result would hide a mutant from them.
    private readonly EvaluationResult _pairs =
        PlanRunner.Score(PlanRunner.Case("plans/date-pairs.perf"), PlanRunner.Case("data/date-pairs.csv"));

    private static readonly string HistoryPlan = PlanRunner.Case("plans/date-history.perf");
    private static readonly string HistoryData = PlanRunner.Case("data/date-history.csv");

    private static object? Metric(EvaluationResult result, string employee, string metric) =>
        result.Employee(employee).Metrics.Single(m => m.Key == metric).Value;

    private static LocalDate Date(string text) => PerfRules.Periods.PerfPeriod.Parse(text).Start;

    [Theory]
    // 2024-01-31 + 1 month = 2024-02-29 (the end of a leap February): 1.
    [InlineData("p01", 1)]
    // 2024-02-29 + 12 months = 2025-02-28 (clamped to February's end), not after 2025-02-28: 12.
    [InlineData("p02", 12)]
    // The spec's examples: 2025-03-31 + 3 months = 2025-06-30 (clamped): 3; 2025-01-31 + 1 month = 2025-02-28: 1.
    [InlineData("p03", 3)]
    [InlineData("p04", 1)]
    // ... and the reverse: 2025-02-28 - 1 month = 2025-01-28, past 2025-01-31 going backwards: 0.
    [InlineData("p05", 0)]
    // 2024-02-28 to 2024-03-01: less than a month, leap day or not.
    [InlineData("p06", 0)]
    [InlineData("p07", 0)]
    [InlineData("p09", 0)]
    // 2025-06-30 - 3 months = 2025-03-30, before 2025-03-31: too far back, so only -2.
    [InlineData("p10", -2)]
    public void Months_between_counts_whole_months_the_way_nodatime_does(string employee, int months)
    {
        var pair = _pairs.Employee(employee);
        var a = (LocalDate)pair.Metrics.Single(m => m.Key == "earlier").Value!;
        var b = (LocalDate)pair.Metrics.Single(m => m.Key == "later").Value!;
        var (from, to) = (bool)Metric(_pairs, employee, "a_le_b")! ? (a, b) : (b, a);

        Assert.Equal((decimal)months, Metric(_pairs, employee, "months"));
        Assert.Equal(Period.Between(from, to, PeriodUnits.Months).Months, months); // the spec's definition, word for word
    }

    [Theory]
    [InlineData("p01", 29)]   // 2024-01-31 to 2024-02-29: the 29 days of a leap February
    [InlineData("p02", 365)]  // 2024-02-29 to 2024-03-01 is 1 day, then 364 to 2025-02-28
    [InlineData("p03", 91)]   // 2025-03-31 to 2025-06-30: 30 (April) + 31 (May) + 30 (June)
    [InlineData("p05", -28)]  // 2025-02-28 back to 2025-01-31: negative when b is earlier
    [InlineData("p06", 2)]    // 2024-02-28 to 2024-03-01 across the leap day
    [InlineData("p07", 1)]    // 2025-02-28 to 2025-03-01: no leap day in 2025
    [InlineData("p09", 0)]    // the same day
    [InlineData("p10", -91)]  // the reverse of p03
    public void Days_between_counts_days_and_is_negative_when_b_is_earlier(string employee, int days)
    {
        Assert.Equal((decimal)days, Metric(_pairs, employee, "days"));
    }

    [Theory]
    [InlineData("p08")] // a is empty
    [InlineData("p11")] // b is empty
    public void A_missing_date_gives_missing_and_every_comparison_with_it_is_false(string employee)
    {
        Assert.Null(Metric(_pairs, employee, "months"));
        Assert.Null(Metric(_pairs, employee, "days"));
        foreach (var comparison in new[] { "a_eq_b", "a_ne_b", "a_lt_b", "a_le_b", "a_gt_b", "a_ge_b" })
            Assert.Equal(false, Metric(_pairs, employee, comparison));
    }

    [Theory]
    //                  ==     !=     <      <=     >      >=
    [InlineData("p01", false, true, true, true, false, false)] // 2024-01-31 before 2024-02-29
    [InlineData("p09", true, false, false, true, false, true)] // the same day
    [InlineData("p05", false, true, false, false, true, true)] // 2025-02-28 after 2025-01-31
    public void Dates_compare_with_every_comparison_operator(string employee, bool eq, bool ne, bool lt, bool le, bool gt, bool ge)
    {
        Assert.Equal(
            new object?[] { eq, ne, lt, le, gt, ge },
            new[] { "a_eq_b", "a_ne_b", "a_lt_b", "a_le_b", "a_gt_b", "a_ge_b" }.Select(m => Metric(_pairs, employee, m)));
    }

    [Fact]
    public void Min_max_coalesce_if_and_is_missing_take_dates_and_give_dates()
    {
        // p05: a 2025-02-28, b 2025-01-31, sales 5 (under 10, so if picks b).
        Assert.Equal(Date("2025-01-31"), Metric(_pairs, "p05", "earlier"));
        Assert.Equal(Date("2025-02-28"), Metric(_pairs, "p05", "later"));
        Assert.Equal(Date("2025-02-28"), Metric(_pairs, "p05", "either"));
        Assert.Equal(Date("2025-01-31"), Metric(_pairs, "p05", "picked"));
        Assert.Equal(false, Metric(_pairs, "p05", "no_b"));

        // p08: a empty, b 2025-07-14: min and max ignore the missing date, coalesce falls back to b.
        Assert.Equal(Date("2025-07-14"), Metric(_pairs, "p08", "earlier"));
        Assert.Equal(Date("2025-07-14"), Metric(_pairs, "p08", "later"));
        Assert.Equal(Date("2025-07-14"), Metric(_pairs, "p08", "either"));

        // p10: sales 20 >= 10, so if picks a, 2025-06-30. p11: b empty, sales 30 picks a; is_missing(b) holds.
        Assert.Equal(Date("2025-06-30"), Metric(_pairs, "p10", "picked"));
        Assert.Equal(Date("2025-07-14"), Metric(_pairs, "p11", "picked"));
        Assert.Equal(true, Metric(_pairs, "p11", "no_b"));
        Assert.Equal(Date("2025-07-14"), Metric(_pairs, "p11", "either"));
    }

    [Fact]
    public void Group_count_counts_the_dates_that_are_not_missing()
    {
        // 11 employees, p11 without b: 10, the same for everyone.
        Assert.All(_pairs.Employees, e => Assert.Equal(10m, e.Metrics.Single(m => m.Key == "dated").Value));
    }

    [Fact]
    public void A_date_rank_key_puts_earlier_dates_first_when_ascending_and_missing_dates_last()
    {
        // rank by b asc, sales desc:
        // p01 2024-02-29 | p06 2024-03-01 | p05 2025-01-31 | p04 and p02 share 2025-02-28, sales 4 before 2 |
        // p07 2025-03-01 | p10 2025-03-31 | p03 2025-06-30 | p09 and p08 share 2025-07-14, sales 10 before 8 |
        // p11 has no b: last.
        Assert.Equal(
            ["p01", "p06", "p05", "p04", "p02", "p07", "p10", "p03", "p09", "p08", "p11"],
            _pairs.Employees.Select(e => e.Employee));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], _pairs.Employees.Select(e => e.Rank));
    }

    [Fact]
    public void A_descending_date_rank_key_puts_later_dates_first_and_shares_ranks_on_equal_dates()
    {
        // rank latest_b by b desc: 2025-07-14 (p08, p09) 1, 1 | 2025-06-30 p03 3 | 2025-03-31 p10 4 |
        // 2025-03-01 p07 5 | 2025-02-28 (p02, p04) 6, 6 | 2025-01-31 p05 8 | 2024-03-01 p06 9 | 2024-02-29 p01 10 |
        // missing p11 11.
        var expected = new Dictionary<string, int>
        {
            ["p08"] = 1, ["p09"] = 1, ["p03"] = 3, ["p10"] = 4, ["p07"] = 5, ["p02"] = 6,
            ["p04"] = 6, ["p05"] = 8, ["p06"] = 9, ["p01"] = 10, ["p11"] = 11,
        };
        Assert.All(_pairs.Employees, e => Assert.Equal(expected[e.Employee], e.Rankings.Single().Rank));
    }

    [Fact]
    public void Previous_highest_lowest_and_latest_read_dates_of_earlier_periods()
    {
        var april = PlanRunner.Score(HistoryPlan, HistoryData);

        // e1 visited 2025-01-20, nothing in February or March, 2025-04-02 in April.
        Assert.Null(Metric(april, "e1", "prior_visit"));                           // March is empty
        Assert.Equal(Date("2025-01-20"), Metric(april, "e1", "first_visit"));      // lowest over Jan..Apr
        Assert.Equal(Date("2025-04-02"), Metric(april, "e1", "newest_visit"));     // highest over Jan..Apr
        Assert.Equal(Date("2025-04-02"), Metric(april, "e1", "recent_visit"));     // highest over Mar..Apr
        Assert.Equal(Date("2025-04-02"), Metric(april, "e1", "last_visit"));       // present now

        // e2 visited 2025-01-31, had no February row, nothing in March, 2025-03-31 in April.
        Assert.Equal(Date("2025-01-31"), Metric(april, "e2", "first_visit"));
        Assert.Equal(Date("2025-03-31"), Metric(april, "e2", "newest_visit"));
    }

    [Fact]
    public void Latest_reaches_back_over_two_empty_months_and_over_a_month_without_a_row()
    {
        var march = PlanRunner.Score(HistoryPlan, HistoryData, "2025-03");

        // e1: visited empty in March and February, 2025-01-20 in January.
        Assert.Equal(Date("2025-01-20"), Metric(march, "e1", "last_visit"));
        Assert.Null(Metric(march, "e1", "recent_visit"));                          // February and March both empty
        Assert.Equal(70m, Metric(march, "e1", "days_since"));                      // 2025-01-20 to 2025-03-31: 11 + 28 + 31
        Assert.Null(Metric(march, "e1", "prior_visit"));                           // February is empty

        // e2: no February row, empty in March, 2025-01-31 in January.
        Assert.Equal(Date("2025-01-31"), Metric(march, "e2", "last_visit"));
        Assert.Null(Metric(march, "e2", "prior_visit"));                           // no February row

        // e3 joined in March and has never visited: latest has nothing to find.
        Assert.Null(Metric(march, "e3", "last_visit"));
        Assert.Null(Metric(march, "e3", "days_since"));
    }

    [Fact]
    public void Period_start_and_period_end_are_the_first_and_last_day_of_the_month_scored()
    {
        var march = PlanRunner.Score(HistoryPlan, HistoryData, "2025-03");
        var february = PlanRunner.Score(HistoryPlan, HistoryData, "2025-02");

        Assert.Equal(31m, Metric(march, "e1", "month_days"));        // 2025-03-01 to 2025-03-31: 30 days apart, + 1
        Assert.Equal(28m, Metric(february, "e1", "month_days"));     // 2025-02-01 to 2025-02-28
        Assert.Equal(4m, Metric(march, "e1", "tenure"));             // 2024-11-15 + 4 months = 2025-03-15 <= 2025-03-31; + 5 is after
        Assert.Equal(22m, Metric(march, "e2", "tenure"));            // 2023-05-31 + 22 months = 2025-03-31
        Assert.Equal(0m, Metric(march, "e3", "tenure"));             // 2025-03-10 to 2025-03-31
        Assert.Equal(true, Metric(march, "e3", "new_joiner"));       // 2025-03-10 >= 2025-03-01
        Assert.Equal(false, Metric(march, "e1", "new_joiner"));
    }

    [Fact]
    public void Date_metrics_are_explained_as_iso_dates()
    {
        var e1 = PlanRunner.Score(HistoryPlan, HistoryData, "2025-03").Employee("e1").Explain().ToString();

        Assert.Contains("joined = 2024-11-15", e1, StringComparison.Ordinal);
        Assert.Contains("last_visit = latest(visited) = 2025-01-20", e1, StringComparison.Ordinal);
        Assert.Contains("keys compared: joined asc = 2024-11-15", e1, StringComparison.Ordinal);
    }
}
