using System.Collections.Immutable;
using NodaTime;
using PerfRules.Data;
using PerfRules.Periods;
using static PerfRules.Tests.Data.DataTesting;

namespace PerfRules.Tests.Data;

public class RollupTests
{
    private static readonly ImmutableArray<PlanInput> EveryRollup = Inputs(
        Input("revenue", InputType.Money, Rollup.Sum, optional: true),
        Input("nps", InputType.Number, Rollup.Avg, optional: true),
        Input("low", InputType.Number, Rollup.Min, optional: true),
        Input("high", InputType.Number, Rollup.Max, optional: true),
        Input("team", InputType.Text, Rollup.Last, optional: true));

    [Fact]
    public void Three_months_roll_up_into_a_quarter_by_every_rollup_leaving_empty_cells_out()
    {
        // The file lists March first; roll-ups go in period order all the same.
        var roster = ReadCase("three-months.csv", Cadence.Quarter, EveryRollup);

        Assert.Empty(roster.Diagnostics);
        var q1 = Assert.Single(roster.Periods);
        Assert.Equal(PerfPeriod.Quarter(2025, 1), q1.Period);
        Assert.Equal<string>(["e1", "e2"], q1.Employees);
        Assert.Equal(350.5m, Value(q1, EveryRollup, "e1", "revenue")); // 100 + 250.5; February empty
        Assert.Equal(45m, Value(q1, EveryRollup, "e1", "nps"));        // (40 + 50) / 2: the empty month is not counted
        Assert.Equal(3m, Value(q1, EveryRollup, "e1", "low"));         // min(5, 3)
        Assert.Equal(9m, Value(q1, EveryRollup, "e1", "high"));        // max(5, 9)
        Assert.Equal("south", Value(q1, EveryRollup, "e1", "team"));   // January north, February empty, March south
        foreach (var input in new[] { "revenue", "nps", "low", "high", "team" })
            Assert.Null(Value(q1, EveryRollup, "e2", input));           // every cell empty: missing
    }

    [Fact]
    public void Twelve_months_roll_up_into_a_year()
    {
        var roster = ReadCase("twelve-months.csv", Cadence.Year, EveryRollup);

        Assert.Empty(roster.Diagnostics);
        var year = Assert.Single(roster.Periods);
        Assert.Equal(PerfPeriod.Year(2025), year.Period);
        Assert.Equal(78m, Value(year, EveryRollup, "e1", "revenue")); // 1 + 2 + ... + 12 = 12 * 13 / 2
        Assert.Equal(6.5m, Value(year, EveryRollup, "e1", "nps"));    // 78 / 12
        Assert.Equal(1m, Value(year, EveryRollup, "e1", "low"));
        Assert.Equal(12m, Value(year, EveryRollup, "e1", "high"));
        Assert.Equal("team12", Value(year, EveryRollup, "e1", "team"));
    }

    [Fact]
    public void Days_roll_up_into_their_iso_weeks()
    {
        var inputs = Inputs(Input("calls", InputType.Count, Rollup.Sum), Input("rating", InputType.Number, Rollup.Avg));

        var roster = ReadCase("days-into-weeks.csv", Cadence.Week, inputs);

        Assert.Empty(roster.Diagnostics);
        Assert.Equal(["2025-W06", "2025-W07", "2025-W08"], roster.Periods.Select(p => p.Period.ToString()));
        Assert.Equal(5m, Value(roster.Periods[0], inputs, "e1", "calls"));    // Sunday 2025-02-09 ends week 6
        Assert.Equal(28m, Value(roster.Periods[1], inputs, "e1", "calls"));   // Monday 10th to Sunday 16th: 1 + ... + 7
        Assert.Equal(4m, Value(roster.Periods[1], inputs, "e1", "rating"));   // 28 / 7
        Assert.Equal(10m, Value(roster.Periods[2], inputs, "e1", "calls"));   // Monday 17th opens week 8
    }

    [Fact]
    public void Days_roll_up_into_months_quarters_and_years()
    {
        var inputs = Inputs(Input("calls", InputType.Count, Rollup.Sum));
        const string text = "employee,period,calls\ne1,2025-01-31,1\ne1,2025-02-01,2\ne1,2025-03-31,4\ne1,2025-04-01,8\n";

        Assert.Equal(["2025-01:1", "2025-02:2", "2025-03:4", "2025-04:8"], Sums(ReadCsv(text, Cadence.Month, inputs)));
        Assert.Equal(["2025-Q1:7", "2025-Q2:8"], Sums(ReadCsv(text, Cadence.Quarter, inputs)));
        Assert.Equal(["2025:15"], Sums(ReadCsv(text, Cadence.Year, inputs)));
    }

    [Fact]
    public void Quarters_roll_up_into_a_year()
    {
        var inputs = Inputs(Input("revenue", InputType.Money, Rollup.Sum));
        var roster = ReadCsv("employee,period,revenue\ne1,2025-Q1,1.5\ne1,2025-Q2,2.5\ne1,2025-Q3,3\ne1,2025-Q4,4\n", Cadence.Year, inputs);

        Assert.Equal(["2025:11.0"], Sums(roster)); // 1.5 + 2.5 + 3 + 4, the scale of 1.5 kept by decimal addition
    }

    [Fact]
    public void An_average_is_the_sum_in_period_order_divided_by_the_count()
    {
        var inputs = Inputs(Input("nps", InputType.Number, Rollup.Avg));
        var roster = ReadCsv("employee,period,nps\ne1,2025-01,1\ne1,2025-02,2\ne1,2025-03,2\n", Cadence.Quarter, inputs);

        Assert.Equal(1.6666666666666666666666666667m, roster.Periods[0].GetValue(0, 0)); // 5 / 3, decimal division
    }

    [Fact]
    public void A_sum_or_average_that_overflows_is_missing()
    {
        var inputs = Inputs(Input("total", InputType.Money, Rollup.Sum), Input("mean", InputType.Money, Rollup.Avg), Input("top", InputType.Money, Rollup.Max));
        const string max = "79228162514264337593543950335";
        var roster = ReadCsv($"employee,period,total,mean,top\ne1,2025-01,{max},{max},{max}\ne1,2025-02,1,1,1\n", Cadence.Quarter, inputs);

        Assert.Empty(roster.Diagnostics);
        Assert.Null(Value(roster.Periods[0], inputs, "e1", "total"));
        Assert.Null(Value(roster.Periods[0], inputs, "e1", "mean"));
        Assert.Equal(decimal.MaxValue, Value(roster.Periods[0], inputs, "e1", "top"));
    }

    [Fact]
    public void Flags_and_dates_roll_up_by_min_max_and_last()
    {
        var inputs = Inputs(
            Input("all_ok", InputType.Flag, Rollup.Min),
            Input("any_ok", InputType.Flag, Rollup.Max),
            Input("last_ok", InputType.Flag, Rollup.Last),
            Input("first_day", InputType.Date, Rollup.Min),
            Input("last_day", InputType.Date, Rollup.Max),
            Input("latest", InputType.Date, Rollup.Last));
        var roster = ReadCsv(
            "employee,period,all_ok,any_ok,last_ok,first_day,last_day,latest\n" +
            "e1,2025-01,yes,no,yes,2025-01-20,2025-01-20,2025-01-20\n" +
            "e1,2025-02,no,yes,no,2024-12-01,2024-12-01,2024-12-01\n" +
            "e1,2025-03,yes,no,no,2025-03-05,2025-03-05,2025-03-05\n",
            Cadence.Quarter, inputs);

        Assert.Empty(roster.Diagnostics);
        var q1 = roster.Periods[0];
        Assert.Equal(false, Value(q1, inputs, "e1", "all_ok")); // min: false < true
        Assert.Equal(true, Value(q1, inputs, "e1", "any_ok"));
        Assert.Equal(false, Value(q1, inputs, "e1", "last_ok"));
        Assert.Equal(new LocalDate(2024, 12, 1), Value(q1, inputs, "e1", "first_day"));
        Assert.Equal(new LocalDate(2025, 3, 5), Value(q1, inputs, "e1", "last_day"));
        Assert.Equal(new LocalDate(2025, 3, 5), Value(q1, inputs, "e1", "latest"));
    }

    [Fact]
    public void Texts_roll_up_by_min_and_max_in_ordinal_order()
    {
        var inputs = Inputs(Input("first", InputType.Text, Rollup.Min), Input("last", InputType.Text, Rollup.Max));
        var roster = ReadCsv("employee,period,first,last\ne1,2025-01,b,b\ne1,2025-02,B,B\ne1,2025-03,a,a\n", Cadence.Quarter, inputs);

        Assert.Equal("B", Value(roster.Periods[0], inputs, "e1", "first")); // 'B' (66) < 'a' (97) < 'b' (98)
        Assert.Equal("b", Value(roster.Periods[0], inputs, "e1", "last"));
    }

    [Fact]
    public void A_tie_between_cadences_keeps_the_one_that_comes_first()
    {
        var inputs = Inputs(Input("revenue", InputType.Money, Rollup.Sum));
        var roster = ReadCsv("employee,period,revenue\ne1,2025-Q1,100\ne1,2025-01,1\n", Cadence.Quarter, inputs);

        Assert.Equal(["(3,2) PR2011"], Positions(roster));
        Assert.Equal("employee 'e1' has quarter rows and month rows inside 2025-Q1: rows of one cadence only can be combined, so the month rows are left out", roster.Diagnostics[0].Message);
        Assert.Equal(["2025-Q1:100"], Sums(roster));
    }

    [Fact]
    public void Days_and_months_inside_one_quarter_leave_the_fewer_out()
    {
        var inputs = Inputs(Input("revenue", InputType.Money, Rollup.Sum));
        var roster = ReadCsv("employee,period,revenue\ne1,2025-01-15,7\ne1,2025-01,1\ne1,2025-02,2\n", Cadence.Quarter, inputs);

        Assert.Equal(["(2,2) PR2011"], Positions(roster));
        Assert.Contains("month rows and day rows inside 2025-Q1", roster.Diagnostics[0].Message);
        Assert.Equal(["2025-Q1:3"], Sums(roster));
    }

    [Fact]
    public void Two_rows_for_one_finer_period_report_the_second_and_roll_up_the_first()
    {
        var inputs = Inputs(Input("revenue", InputType.Money, Rollup.Sum));
        var roster = ReadCsv("employee,period,revenue\ne1,2025-02,2\ne1,2025-01,1\ne1,2025-02,20\n", Cadence.Quarter, inputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(4,2): error PR2006: employee 'e1' has a second row for period 2025-02; the first is at line 2", error.ToString());
        Assert.Equal(["2025-Q1:3"], Sums(roster)); // 1 + 2
    }

    [Fact]
    public void A_month_row_is_coarser_than_a_weekly_plan()
    {
        var roster = ReadCsv("employee,period,calls\ne1,2025-02,1\n", Cadence.Week, Inputs(Input("calls", InputType.Count, Rollup.Sum)));

        Assert.Equal(["(2,2) PR2008"], Positions(roster));
        Assert.Contains("month 2025-02, which is coarser than the plan's weeks", roster.Diagnostics[0].Message);
    }

    [Fact]
    public void Rows_of_the_plans_cadence_need_no_rollup()
    {
        var inputs = Inputs(Input("team", InputType.Text));
        var roster = ReadCsv("employee,period,team\ne1,2025-Q1,north\n", Cadence.Quarter, inputs);

        Assert.Empty(roster.Diagnostics);
        Assert.Equal("north", Value(roster.Periods[0], inputs, "e1", "team"));
    }

    private static string[] Sums(Roster roster) =>
        [.. roster.Periods.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.Period}:{p.GetValue(0, 0)}"))];
}
