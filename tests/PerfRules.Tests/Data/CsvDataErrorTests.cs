using System.Collections.Immutable;
using PerfRules.Diagnostics;
using Snapshooter.Xunit;
using PerfRules.Data;
using static PerfRules.Tests.Data.DataTesting;

namespace PerfRules.Tests.Data;

/// <summary>Every data error code the CSV reader reports, with its line and column (line 1 is the header).</summary>
public class CsvDataErrorTests
{
    // employee 1, period 2, revenue 3, nps 4, complaints 5, collection 6, team 7, active 8, joined 9
    private const string Header = "employee,period,revenue,nps,complaints,collection,team,active,joined\n";

    private static readonly ImmutableArray<PlanInput> SalesInputs = Inputs(
        Input("revenue", InputType.Money, Rollup.Sum),
        Input("nps", InputType.Number, Rollup.Avg, optional: true),
        Input("complaints", InputType.Count, Rollup.Sum),
        Input("collection", InputType.Percent, Rollup.Avg),
        Input("team", InputType.Text, Rollup.Last),
        Input("active", InputType.Flag, Rollup.Last, optional: true),
        Input("joined", InputType.Date, Rollup.Min, optional: true));

    [Fact]
    public void PR2001_a_missing_input_column_is_reported_once_and_no_row_is_read()
    {
        var roster = ReadCsv("employee,period,revenue,nps,complaints,collection,active,joined\ne1,2025-Q1,1,1,1,1,yes,\n", Cadence.Quarter, SalesInputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(1,9): error PR2001: the data has no column for input 'team', so no row can be read", error.ToString());
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void PR2017_missing_employee_and_period_columns_are_reported_where_they_belong()
    {
        var roster = ReadCsv("revenue\n1\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        Assert.Equal(["(1,1) PR2017", "(1,2) PR2017"], Positions(roster));
        Assert.Equal("the data has no 'employee' column, so no row can be read: the header names employee, period and one column per input", roster.Diagnostics[0].Message);
        Assert.Contains("'period'", roster.Diagnostics[1].Message);
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void PR2002_an_unknown_column_is_a_warning_at_its_header_cell()
    {
        var roster = ReadCsv("employee,period,Revenue,revenue\ne1,2025-Q1,1,2\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        Assert.Equal(["(1,3) PR2002"], Positions(roster)); // names are case-sensitive
        Assert.Equal(DiagnosticSeverity.Warning, roster.Diagnostics[0].Severity);
        Assert.Equal(2m, roster.Periods[0].GetValue(0, 0));
    }

    [Theory]
    [InlineData("e1,2025-Q1,\"1,500,000\",,0,95%,north,,", 3, "'1,500,000' is not a valid money value for input 'revenue' of employee 'e1': write digits with '.' as the decimal point and no thousands separators, such as 1500000 or -0.25")]
    [InlineData("e1,2025-Q1,1e6,,0,95%,north,,", 3, "'1e6' is not a valid money value for input 'revenue' of employee 'e1': write digits with '.' as the decimal point and no thousands separators, such as 1500000 or -0.25")]
    [InlineData("e1,2025-Q1,0.00000000000000000000000000001,,0,95%,north,,", 3, "'0.00000000000000000000000000001' is not a valid money value for input 'revenue' of employee 'e1': a decimal cannot hold it exactly (more than 28 decimals)")]
    [InlineData("e1,2025-Q1,79228162514264337593543950336,,0,95%,north,,", 3, "'79228162514264337593543950336' is not a valid money value for input 'revenue' of employee 'e1': a decimal cannot hold it exactly (out of range)")]
    [InlineData("e1,2025-Q1,1,4O,0,95%,north,,", 4, "'4O' is not a valid number value for input 'nps' of employee 'e1': write digits with '.' as the decimal point and no thousands separators, such as 1500000 or -0.25")]
    [InlineData("e1,2025-Q1,1,,three,95%,north,,", 5, "'three' is not a valid count value for input 'complaints' of employee 'e1': write digits with '.' as the decimal point and no thousands separators, such as 1500000 or -0.25")]
    [InlineData("e1,2025-Q1,1,,0,95 %,north,,", 6, "'95 %' is not a valid percent value for input 'collection' of employee 'e1': write a percent such as 95% or a fraction such as 0.95")]
    [InlineData("e1,2025-Q1,1,,0,0.000000000000000000000000001%,north,,", 6, "'0.000000000000000000000000001%' is not a valid percent value for input 'collection' of employee 'e1': a decimal cannot hold it exactly (more than 28 decimals)")]
    [InlineData("e1,2025-Q1,1,,0,95%,north,maybe,", 8, "'maybe' is not a valid flag value for input 'active' of employee 'e1': write true or false, yes or no, 1 or 0")]
    [InlineData("e1,2025-Q1,1,,0,95%,north,,2025-02-30", 9, "'2025-02-30' is not a valid date value for input 'joined' of employee 'e1': 2025-02 has 28 days")]
    [InlineData("e1,2025-Q1,1,,0,95%,north,,14/07/2025", 9, "'14/07/2025' is not a valid date value for input 'joined' of employee 'e1': write a date as yyyy-MM-dd, such as 2025-07-14")]
    public void PR2003_a_value_that_is_not_of_its_type_names_the_value_the_type_the_input_and_the_employee(string row, int column, string message)
    {
        var roster = ReadCsv(Header + row + "\n", Cadence.Quarter, SalesInputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal((DiagnosticCode.InvalidValue, 2, column, message), (error.Code, error.Line, error.Column, error.Message));
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void PR2004_an_empty_required_value_is_an_error_and_an_empty_optional_one_is_missing()
    {
        var roster = ReadCsv(Header + "e1,2025-Q1,  ,,0,95%,,,\n", Cadence.Quarter, SalesInputs);

        Assert.Equal(["(2,3) PR2004", "(2,7) PR2004"], Positions(roster)); // nps, active and joined are optional
        Assert.Equal("input 'revenue' is empty for employee 'e1', but it is not optional", roster.Diagnostics[0].Message);
        Assert.Equal("input 'team' is empty for employee 'e1', but it is not optional", roster.Diagnostics[1].Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("0.1")]
    public void PR2005_a_count_is_a_whole_number_of_0_or_more(string count)
    {
        var roster = ReadCsv(Header + $"e1,2025-Q1,1,,{count},95%,north,,\n", Cadence.Quarter, SalesInputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(2,5): error PR2005: count input 'complaints' of employee 'e1' must be a whole number of 0 or more, not " + count, error.ToString());
    }

    [Fact]
    public void PR2006_a_second_row_for_an_employee_and_period_names_the_first()
    {
        var roster = ReadCsv(Header + "e1,2025-Q1,1,,0,95%,north,,\ne2,2025-Q1,2,,0,95%,north,,\ne1,2025-Q1,3,,0,95%,north,,\n", Cadence.Quarter, SalesInputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(4,2): error PR2006: employee 'e1' has a second row for period 2025-Q1; the first is at line 2", error.ToString());
        Assert.Equal(1m, Value(roster.Periods[0], SalesInputs, "e1", "revenue"));
    }

    [Theory]
    [InlineData("2025-W53", "'2025-W53' is not a period: 2025 has 52 ISO weeks")]
    [InlineData("2025-13", "'2025-13' is not a period: there is no month 13")]
    [InlineData("Q1 2025", "'Q1 2025' is not a period: write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    [InlineData("", "'' is not a period: write a day 2025-07-14, an ISO week 2025-W07, a month 2025-07, a quarter 2025-Q3 or a year 2025")]
    public void PR2007_a_period_cell_that_is_not_a_period_says_why(string period, string message)
    {
        var roster = ReadCsv(Header + $"e1,{period},1,,0,95%,north,,\n", Cadence.Quarter, SalesInputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal((DiagnosticCode.InvalidPeriod, 2, 2, message), (error.Code, error.Line, error.Column, error.Message));
    }

    [Fact]
    public void PR2008_a_row_coarser_than_the_plan_cannot_be_split()
    {
        var roster = ReadCsv(Header + "e1,2025-Q1,1,,0,95%,north,,\n", Cadence.Month, SalesInputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(2,2): error PR2008: employee 'e1' has a row for quarter 2025-Q1, which is coarser than the plan's months and cannot be split into them", error.ToString());
    }

    [Fact]
    public void PR2009_finer_rows_name_every_input_without_a_rollup()
    {
        var inputs = Inputs(Input("revenue", InputType.Money, Rollup.Sum), Input("team", InputType.Text), Input("region", InputType.Text));
        var roster = ReadCsv("employee,period,revenue,team,region\ne1,2025-01,1,north,east\ne1,2025-02,1,north,east\n", Cadence.Quarter, inputs);

        Assert.Equal(["(2,2) PR2009", "(3,2) PR2009"], Positions(roster));
        Assert.Equal("employee 'e1' has a row for month 2025-01, which cannot be combined into the plan's quarter 2025-Q1: no rollup is declared for inputs 'team', 'region'", roster.Diagnostics[0].Message);
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void PR2010_a_row_needs_an_employee_id()
    {
        var roster = ReadCsv("period,employee,revenue\n2025-Q1,  ,1\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(2,2): error PR2010: the employee id is empty", error.ToString());
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void PR2011_rows_of_two_cadences_inside_one_plan_period_leave_the_fewer_out()
    {
        var inputs = Inputs(Input("revenue", InputType.Money, Rollup.Sum));
        var roster = ReadCsv("employee,period,revenue\ne1,2025-01,1\ne1,2025-Q1,100\ne1,2025-02,2\n", Cadence.Quarter, inputs);

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(3,2): error PR2011: employee 'e1' has month rows and quarter rows inside 2025-Q1: rows of one cadence only can be combined, so the quarter rows are left out", error.ToString());
        Assert.Equal(3m, roster.Periods[0].GetValue(0, 0)); // 1 + 2 from the two months
    }

    [Fact]
    public void PR2012_a_repeated_input_column_is_an_error_and_no_row_is_read()
    {
        var roster = ReadCsv("employee,period,revenue,revenue\ne1,2025-Q1,1,2\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(1,4): error PR2012: column 'revenue' appears twice in the header; the first is at column 3", error.ToString());
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void PR2012_a_repeated_unknown_column_is_only_a_warning()
    {
        var roster = ReadCsv("employee,period,revenue,note,note\ne1,2025-Q1,1,a,b\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        Assert.Equal(["(1,4) PR2002", "(1,5) PR2012"], Positions(roster));
        Assert.False(roster.HasErrors);
        Assert.Single(roster.Periods);
    }

    [Theory]
    [InlineData("e1,2025-Q1", 2, 3)]       // fewer cells: the column of the first missing cell
    [InlineData("e1,2025-Q1,1,x", 4, 4)]   // more cells: the column of the first extra cell
    public void PR2013_a_row_with_another_number_of_cells_than_the_header(string row, int cells, int column)
    {
        var roster = ReadCsv("employee,period,revenue\n" + row + "\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal($"roster.csv(2,{column}): error PR2013: the row has {cells} cells but the header has 3", error.ToString());
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void PR2014_an_empty_file_needs_a_header()
    {
        var roster = ReadCsv("", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(1,1): error PR2014: the data is empty: it needs a header row naming employee, period and the plan's inputs", error.ToString());
    }

    [Fact]
    public void PR2014_a_header_without_rows()
    {
        var roster = ReadCsv("employee,period,revenue\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(2,1): error PR2014: the data has a header but no rows", error.ToString());
    }

    [Theory]
    [InlineData("e1,2025-Q1,\"1\"2\ne2,2025-Q1,3\n", 3)]  // text after a closing quote
    [InlineData("e1,2025-Q1,\"1\ne2,2025-Q1,3\n", 3)]     // a quote that never closes
    public void PR2014_broken_quoting_stops_the_read_at_its_row(string rows, int column)
    {
        var roster = ReadCsv("employee,period,revenue\ne0,2025-Q1,1\n" + rows, Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal((DiagnosticCode.MalformedData, 3, column), (error.Code, error.Line, error.Column));
        Assert.StartsWith("the row is not valid CSV", error.Message);
        Assert.Empty(roster.Periods); // a file that cannot be read to its end is not scored in part
    }

    [Fact]
    public void PR2014_bytes_that_are_not_utf8()
    {
        byte[] bytes = [.. Utf8("employee,period,team\ne1,2025-Q1,", bom: false), 0xC3, 0x28, (byte)'\n'];

        var roster = ReadBytes(bytes, Cadence.Quarter, Inputs(Input("team", InputType.Text)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal(DiagnosticCode.MalformedData, error.Code);
        Assert.StartsWith("the data is not valid UTF-8 text", error.Message);
        Assert.Empty(roster.Periods);
    }

    [Fact]
    public void PR2014_a_file_that_cannot_be_opened()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", "data", "no-such-file.csv");

        var roster = CsvRosterReader.ReadFile(path, Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal((DiagnosticCode.MalformedData, 1, 1, path), (error.Code, error.Line, error.Column, error.Source));
        Assert.StartsWith("the file cannot be read: ", error.Message);
    }

    [Fact]
    public void PR2018_weekly_rows_for_a_month_plan_ask_for_daily_rows()
    {
        var roster = ReadCsv("employee,period,revenue\ne1,2025-W05,1\n", Cadence.Month, Inputs(Input("revenue", InputType.Money, Rollup.Sum)));

        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(2,2): error PR2018: employee 'e1' has a row for week 2025-W05, which cannot be combined into the plan's months because a week can straddle two of them: give daily rows instead", error.ToString());
    }

    [Fact]
    public void PR2019_a_rollup_is_not_made_without_a_row_that_has_errors()
    {
        var inputs = Inputs(Input("revenue", InputType.Money, Rollup.Sum));
        var roster = ReadCsv("employee,period,revenue\ne1,2025-01,1\ne1,2025-02,x\ne1,2025-03,3\ne2,2025-01,5\n", Cadence.Quarter, inputs);

        Assert.Equal(["(2,2) PR2019", "(3,3) PR2003", "(4,2) PR2019"], Positions(roster));
        Assert.Equal("employee 'e1' is left out of 2025-Q1: its month row at line 3 has errors, and 2025-Q1 cannot be combined without it", roster.Diagnostics[0].Message);
        Assert.Equal<string>(["e2"], roster.Periods[0].Employees);
    }

    /// <summary>The inputs of the plan that Cases/ten-errors.csv is read for.</summary>
    private static ImmutableArray<PlanInput> TenErrorsInputs() => Inputs(
        Input("revenue", InputType.Money, Rollup.Sum),
        Input("nps", InputType.Number, Rollup.Avg, optional: true),
        Input("complaints", InputType.Count, Rollup.Sum),
        Input("collection", InputType.Percent, Rollup.Avg),
        Input("team", InputType.Text, Rollup.Last));

    [Fact]
    public void A_file_with_ten_different_errors_reports_all_ten_in_position_order()
    {
        var inputs = TenErrorsInputs();

        var roster = ReadCase("ten-errors.csv", Cadence.Quarter, inputs);

        Assert.Equal(
            [
                "(1,8) PR2002",  // notes: not an input (a warning)
                "(3,3) PR2003",  // "1,250,000"
                "(4,3) PR2004",  // revenue empty
                "(5,5) PR2005",  // 2.5 complaints
                "(6,2) PR2006",  // e1 again
                "(7,2) PR2007",  // 2025-Q5
                "(8,2) PR2008",  // a year row in a quarter plan
                "(9,1) PR2010",  // no employee id
                "(10,2) PR2011", // e7's quarter row beside two month rows
                "(13,6) PR2013", // five cells of eight
                "(14,2) PR2018", // a week row
            ],
            Positions(roster));
        Assert.True(roster.Diagnostics.All(d => d.Source == CasePath("ten-errors.csv")));
        var q1 = Assert.Single(roster.Periods);
        Assert.Equal<string>(["e1", "e7", "e10"], q1.Employees);
        Assert.Equal(100m, Value(q1, inputs, "e7", "revenue"));      // 50 + 50 from January and February
        Assert.Equal(0.925m, Value(q1, inputs, "e7", "collection")); // (0.95 + 0.90) / 2
    }

    [Fact]
    public void The_ten_errors_read_as_the_tools_print_them()
    {
        var inputs = TenErrorsInputs();

        var roster = ReadCsv(File.ReadAllText(CasePath("ten-errors.csv")), Cadence.Quarter, inputs);

        Snapshot.Match(roster.Diagnostics.Select(d => d.ToString()).ToArray());
    }
}
