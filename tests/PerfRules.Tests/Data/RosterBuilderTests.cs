using System.Collections.Immutable;
using NodaTime;
using PerfRules.Data;
using PerfRules.Diagnostics;
using PerfRules.Periods;
using static PerfRules.Tests.Data.DataTesting;

namespace PerfRules.Tests.Data;

public class RosterBuilderTests
{
    // Column of a host diagnostic = the input's position: revenue 1, calls 2, rate 3, team 4, active 5, joined 6.
    private static readonly ImmutableArray<PlanInput> HostInputs = Inputs(
        Input("revenue", InputType.Money, Rollup.Sum),
        Input("calls", InputType.Count, Rollup.Sum, optional: true),
        Input("rate", InputType.Percent, Rollup.Avg, optional: true),
        Input("team", InputType.Text, Rollup.Last, optional: true),
        Input("active", InputType.Flag, Rollup.Last, optional: true),
        Input("joined", InputType.Date, Rollup.Min, optional: true));

    private static readonly PerfPeriod Q1 = PerfPeriod.Quarter(2025, 1);

    [Fact]
    public void Takes_each_dotnet_type_its_input_accepts()
    {
        var builder = new RosterBuilder(Cadence.Quarter, HostInputs);
        builder.Add("e1", Q1, Values(("revenue", 1500000.50m), ("calls", 12), ("rate", 0.95m), ("team", "华东"), ("active", true), ("joined", new LocalDate(2024, 3, 1))));
        builder.Add("e2", Q1, Values(("revenue", 3_000_000_000L), ("calls", (byte)3), ("team", ""), ("active", false), ("joined", new DateOnly(2025, 1, 31))));
        builder.Add("e3", Q1, Values(("revenue", 7), ("rate", null)));

        var roster = builder.Build();

        Assert.Empty(roster.Diagnostics);
        var q1 = Assert.Single(roster.Periods);
        Assert.Equal<string>(["e1", "e2", "e3"], q1.Employees);
        Assert.Equal(1500000.50m, Value(q1, HostInputs, "e1", "revenue"));
        Assert.Equal(12m, Value(q1, HostInputs, "e1", "calls"));
        Assert.Equal(0.95m, Value(q1, HostInputs, "e1", "rate")); // a percent is given as its fraction
        Assert.Equal("华东", Value(q1, HostInputs, "e1", "team"));
        Assert.Equal(true, Value(q1, HostInputs, "e1", "active"));
        Assert.Equal(new LocalDate(2024, 3, 1), Value(q1, HostInputs, "e1", "joined"));
        Assert.Equal(3_000_000_000m, Value(q1, HostInputs, "e2", "revenue"));
        Assert.Equal(3m, Value(q1, HostInputs, "e2", "calls"));
        Assert.Null(Value(q1, HostInputs, "e2", "team")); // an empty string is an empty text
        Assert.Equal(new LocalDate(2025, 1, 31), Value(q1, HostInputs, "e2", "joined"));
        Assert.Equal(7m, Value(q1, HostInputs, "e3", "revenue"));
        Assert.Null(Value(q1, HostInputs, "e3", "rate"));     // null: empty
        Assert.Null(Value(q1, HostInputs, "e3", "active"));   // not given: empty
    }

    [Theory]
    [InlineData("revenue", 1, "input 'revenue' is money and takes a decimal, int or long, but employee 'e1' gives a System.Double, a binary floating-point value that is not exact: give a decimal")]
    [InlineData("rate", 3, "input 'rate' is percent and takes a decimal, int or long, but employee 'e1' gives a System.Single, a binary floating-point value that is not exact: give a decimal")]
    public void Binary_floating_point_numbers_are_refused(string input, int column, string message)
    {
        var values = input == "revenue" ? Values(("revenue", 0.1d)) : Values(("revenue", 1m), ("rate", 0.95f));
        var roster = Build(("e1", Q1, values));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal(message, error.Message);
        Assert.Equal((DiagnosticCode.WrongValueType, 1, column), (error.Code, error.Line, error.Column));
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void Values_of_the_wrong_type_name_the_input_the_employee_and_the_type()
    {
        var roster = Build(("e7", Q1, Values(("revenue", "1500000"), ("calls", 2m), ("team", 5), ("active", 1), ("joined", "2025-07-14"))));

        Assert.Equal(["(1,1) PR2015", "(1,4) PR2015", "(1,5) PR2015", "(1,6) PR2015"], Positions(roster));
        Assert.Equal("snapshot(1,1): error PR2015: input 'revenue' is money and takes a decimal, int or long, but employee 'e7' gives a System.String", roster.Diagnostics[0].ToString());
        Assert.Equal("input 'team' is text and takes a string, but employee 'e7' gives a System.Int32", roster.Diagnostics[1].Message);
        Assert.Equal("input 'active' is flag and takes a bool, but employee 'e7' gives a System.Int32", roster.Diagnostics[2].Message);
        Assert.Equal("input 'joined' is date and takes a NodaTime.LocalDate, but employee 'e7' gives a System.String", roster.Diagnostics[3].Message);
    }

    [Fact]
    public void An_unknown_name_is_an_error_of_the_row()
    {
        var roster = Build(("e1", Q1, Values(("revenue", 1m), ("Revenue", 2m))));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("snapshot(1,0): error PR2016: employee 'e1' has a value for 'Revenue', which is not an input of the plan", error.ToString());
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void A_required_input_not_given_is_empty_and_an_error()
    {
        var roster = Build(("e1", Q1, Values(("revenue", 1m))), ("e2", Q1, Values(("team", "north"))));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("snapshot(2,1): error PR2004: input 'revenue' is empty for employee 'e2', but it is not optional", error.ToString());
        Assert.Equal<string>(["e1"], roster.Periods[0].Employees);
    }

    [Theory]
    [InlineData(-1, "-1")]
    [InlineData(2.5, "2.5")]
    public void Counts_from_a_host_follow_the_same_rules(double count, string shown)
    {
        var roster = Build(("e1", Q1, Values(("revenue", 1m), ("calls", (decimal)count))));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal($"snapshot(1,2): error PR2005: count input 'calls' of employee 'e1' must be a whole number of 0 or more, not {shown}", error.ToString());
    }

    [Fact]
    public void An_empty_employee_id_is_an_error_of_the_row()
    {
        var roster = Build(("", Q1, Values(("revenue", 1m))));

        Assert.Equal(["(1,0) PR2010"], Positions(roster));
    }

    [Fact]
    public void Rows_are_numbered_in_the_order_they_are_added()
    {
        var roster = Build(("e1", Q1, Values(("revenue", 1m))), ("e2", Q1, Values(("revenue", 2m))), ("e1", Q1, Values(("revenue", 3m))));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("snapshot(3,0): error PR2006: employee 'e1' has a second row for period 2025-Q1; the first is at row 1", error.ToString());
    }

    [Fact]
    public void Finer_rows_roll_up_as_they_do_from_a_file()
    {
        var roster = Build(
            ("e1", PerfPeriod.Month(2025, 3), Values(("revenue", 30m), ("team", "south"))),
            ("e1", PerfPeriod.Month(2025, 1), Values(("revenue", 10m), ("team", "north"))),
            ("e1", PerfPeriod.Day(new LocalDate(2025, 4, 2)), Values(("revenue", 5m))));

        Assert.Empty(roster.Diagnostics);
        Assert.Equal(["2025-Q1", "2025-Q2"], roster.Periods.Select(p => p.Period.ToString()));
        Assert.Equal(40m, Value(roster.Periods[0], HostInputs, "e1", "revenue")); // 10 + 30
        Assert.Equal("south", Value(roster.Periods[0], HostInputs, "e1", "team"));
        Assert.Equal(5m, Value(roster.Periods[1], HostInputs, "e1", "revenue"));
    }

    [Fact]
    public void Periods_that_do_not_fit_the_plan_are_errors_of_the_row()
    {
        var roster = new RosterBuilder(Cadence.Month, HostInputs, "hr-system");
        roster.Add("e1", PerfPeriod.Quarter(2025, 1), Values(("revenue", 1m)));
        roster.Add("e1", PerfPeriod.Week(2025, 2), Values(("revenue", 1m)));

        var built = roster.Build();

        Assert.Equal(["(1,0) PR2008", "(2,0) PR2018"], Positions(built));
        Assert.All(built.Diagnostics, d => Assert.Equal("hr-system", d.Source));
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new RosterBuilder(Cadence.Quarter, HostInputs);
        builder.Add("e1", Q1, Values(("revenue", 1m)));
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.Add("e2", Q1, Values(("revenue", 1m))));
    }

    private static Roster Build(params (string Employee, PerfPeriod Period, Dictionary<string, object?> Values)[] rows)
    {
        var builder = new RosterBuilder(Cadence.Quarter, HostInputs);
        foreach (var (employee, period, values) in rows) builder.Add(employee, period, values);
        return builder.Build();
    }

    private static Dictionary<string, object?> Values(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
