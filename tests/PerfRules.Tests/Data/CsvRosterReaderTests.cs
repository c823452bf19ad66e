using System.Collections.Immutable;
using NodaTime;
using PerfRules.Periods;
using static PerfRules.Tests.Data.DataTesting;

namespace PerfRules.Tests.Data;

public class CsvRosterReaderTests
{
    private static readonly ImmutableArray<PlanInput> SalesInputs = Inputs(
        Input("revenue", InputType.Money, Rollup.Sum),
        Input("nps", InputType.Number, Rollup.Avg, optional: true),
        Input("complaints", InputType.Count, Rollup.Sum),
        Input("collection", InputType.Percent, Rollup.Avg),
        Input("team", InputType.Text, Rollup.Last),
        Input("active", InputType.Flag, Rollup.Last, optional: true),
        Input("joined", InputType.Date, Rollup.Min, optional: true));

    [Fact]
    public void Reads_every_input_type_from_a_file()
    {
        var roster = ReadCase("quarterly.csv", Cadence.Quarter, SalesInputs);

        Assert.Empty(roster.Diagnostics);
        Assert.False(roster.HasErrors);
        var q1 = Assert.Single(roster.Periods);
        Assert.Equal(PerfPeriod.Quarter(2025, 1), q1.Period);
        Assert.Equal<string>(["e1", "e2", "e3"], q1.Employees);

        Assert.Equal(1500000m, Value(q1, SalesInputs, "e1", "revenue"));
        Assert.Equal(42.5m, Value(q1, SalesInputs, "e1", "nps"));
        Assert.Equal(0m, Value(q1, SalesInputs, "e1", "complaints"));
        Assert.Equal(0.95m, Value(q1, SalesInputs, "e1", "collection")); // 95% = 95 / 100
        Assert.Equal("north", Value(q1, SalesInputs, "e1", "team"));
        Assert.Equal(true, Value(q1, SalesInputs, "e1", "active"));
        Assert.Equal(new LocalDate(2023, 4, 1), Value(q1, SalesInputs, "e1", "joined"));

        Assert.Equal(1250000.50m, Value(q1, SalesInputs, "e2", "revenue"));
        Assert.Null(Value(q1, SalesInputs, "e2", "nps"));       // empty optional: missing
        Assert.Equal(0.9m, Value(q1, SalesInputs, "e2", "collection"));
        Assert.Equal("华东", Value(q1, SalesInputs, "e2", "team")); // any script passes through
        Assert.Equal(false, Value(q1, SalesInputs, "e2", "active"));
        Assert.Null(Value(q1, SalesInputs, "e2", "joined"));

        Assert.Equal(980000m, Value(q1, SalesInputs, "e3", "revenue")); // spaces around a number are ignored
        Assert.Equal(1m, Value(q1, SalesInputs, "e3", "collection"));
        Assert.Equal("south, coast", Value(q1, SalesInputs, "e3", "team"));
        Assert.Same(q1, roster.Find(PerfPeriod.Quarter(2025, 1)));
        Assert.Null(roster.Find(PerfPeriod.Quarter(2025, 2)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_utf8_with_or_without_a_byte_order_mark(bool bom)
    {
        var roster = ReadBytes(Utf8("employee,period,team\ne1,2025-Q1,华东\n", bom), Cadence.Quarter, Inputs(Input("team", InputType.Text)));

        Assert.Empty(roster.Diagnostics);
        Assert.Equal("华东", Value(roster.Periods[0], Inputs(Input("team", InputType.Text)), "e1", "team"));
    }

    [Fact]
    public void A_byte_order_mark_left_in_text_does_not_hide_the_first_column()
    {
        var roster = ReadCsv("\uFEFFemployee,period,team\ne1,2025-Q1,north\n", Cadence.Quarter, Inputs(Input("team", InputType.Text)));

        Assert.Empty(roster.Diagnostics);
        Assert.Equal<string>(["e1"], roster.Periods[0].Employees);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Reads_lf_and_crlf_line_ends(string lineEnd)
    {
        var text = string.Join(lineEnd, "employee,period,revenue", "e1,2025-Q1,10", "e2,2025-Q1,x", "");
        var roster = ReadCsv(text, Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        Assert.Equal<string>(["(3,3) PR2003"], Positions(roster));
        Assert.Equal(10m, roster.Periods[0].GetValue(0, 0));
    }

    [Fact]
    public void Quoted_cells_keep_commas_quotes_and_line_breaks_and_later_lines_keep_their_numbers()
    {
        var inputs = Inputs(Input("team", InputType.Text), Input("revenue", InputType.Money));
        var text =
            "employee,period,team,revenue\n" +            // line 1
            "e1,2025-Q1,\"north, \"\"big\"\" accounts\",1\n" + // line 2
            "e2,2025-Q1,\"two\nline\r\nteam\",2\n" +       // lines 3-5
            "e3,2025-Q1,south,oops\n";                     // line 6

        var roster = ReadCsv(text, Cadence.Quarter, inputs);

        var diagnostic = Assert.Single(roster.Diagnostics);
        Assert.Equal((6, 4), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("north, \"big\" accounts", Value(roster.Periods[0], inputs, "e1", "team"));
        Assert.Equal("two\nline\r\nteam", Value(roster.Periods[0], inputs, "e2", "team"));
    }

    [Fact]
    public void Text_passes_through_unchanged_and_other_values_are_trimmed()
    {
        var inputs = Inputs(Input("team", InputType.Text), Input("region", InputType.Text), Input("active", InputType.Flag), Input("joined", InputType.Date));
        var roster = ReadCsv("employee,period,team,region,active,joined\n e1 , 2025-Q1 ,  north  ,Région Île-de-France, yes ,\t2025-07-14 \n", Cadence.Quarter, inputs);

        Assert.Empty(roster.Diagnostics);
        var q1 = roster.Periods[0];
        Assert.Equal<string>(["e1"], q1.Employees); // the id and the period are trimmed
        Assert.Equal("  north  ", Value(q1, inputs, "e1", "team"));
        Assert.Equal("Région Île-de-France", Value(q1, inputs, "e1", "region"));
        Assert.Equal(true, Value(q1, inputs, "e1", "active"));
        Assert.Equal(new LocalDate(2025, 7, 14), Value(q1, inputs, "e1", "joined"));
    }

    [Theory]
    [InlineData("95%", "0.95")]
    [InlineData("0.95", "0.95")]
    [InlineData("100%", "1")]
    [InlineData("12.5%", "0.125")]
    [InlineData("-5%", "-0.05")]
    [InlineData("1.2", "1.2")]
    [InlineData(" 95% ", "0.95")]
    public void Reads_percent_as_95_percent_or_as_a_fraction(string cell, string expected)
    {
        var inputs = Inputs(Input("rate", InputType.Percent));
        var roster = ReadCsv($"employee,period,rate\ne1,2025-Q1,{cell}\n", Cadence.Quarter, inputs);

        Assert.Empty(roster.Diagnostics);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), roster.Periods[0].GetValue(0, 0));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("True", true)]
    [InlineData("yes", true)]
    [InlineData("YES", true)]
    [InlineData("Yes", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("False", false)]
    [InlineData("no", false)]
    [InlineData("NO", false)]
    [InlineData("No", false)]
    [InlineData("0", false)]
    public void Reads_flags_in_every_spelling(string cell, bool expected)
    {
        var roster = ReadCsv($"employee,period,ok\ne1,2025-Q1,{cell}\n", Cadence.Quarter, Inputs(Input("ok", InputType.Flag)));

        Assert.Empty(roster.Diagnostics);
        Assert.Equal(expected, roster.Periods[0].GetValue(0, 0));
    }

    [Theory]
    [InlineData(InputType.Number, "1500000", "1500000")]
    [InlineData(InputType.Number, "-0.25", "-0.25")]
    [InlineData(InputType.Number, "007", "7")]
    [InlineData(InputType.Money, "1250000.50", "1250000.5")]
    [InlineData(InputType.Money, "7.9228162514264337593543950335", "7.9228162514264337593543950335")]
    [InlineData(InputType.Count, "3", "3")]
    [InlineData(InputType.Count, "3.0", "3")]   // a whole number with a zero fraction is the count 3
    [InlineData(InputType.Count, "3.00", "3")]
    [InlineData(InputType.Count, "0", "0")]
    public void Reads_numbers_exactly(InputType type, string cell, string expected)
    {
        var roster = ReadCsv($"employee,period,x\ne1,2025-Q1,{cell}\n", Cadence.Quarter, Inputs(Input("x", type)));

        Assert.Empty(roster.Diagnostics);
        var value = Assert.IsType<decimal>(roster.Periods[0].GetValue(0, 0));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Reading_is_the_same_under_a_comma_decimal_culture()
    {
        var inputs = Inputs(Input("revenue", InputType.Money), Input("rate", InputType.Percent), Input("joined", InputType.Date));
        var roster = UnderCulture("de-DE", () =>
            ReadCsv("employee,period,revenue,rate,joined\ne1,2025-Q1,1234.5,12.5%,2025-07-14\ne2,2025-Q1,\"1234,5\",1%,2025-07-14\n", Cadence.Quarter, inputs));

        Assert.Equal(1234.5m, Value(roster.Periods[0], inputs, "e1", "revenue"));
        Assert.Equal(0.125m, Value(roster.Periods[0], inputs, "e1", "rate"));
        var error = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(3,3): error PR2003: '1234,5' is not a valid money value for input 'revenue' of employee 'e2': write digits with '.' as the decimal point and no thousands separators, such as 1500000 or -0.25", error.ToString());
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_header_names_are_trimmed()
    {
        var inputs = Inputs(Input("revenue", InputType.Money), Input("team", InputType.Text));
        var roster = ReadCsv(" team ,revenue, period ,employee\nnorth,5,2025-Q1,e1\n", Cadence.Quarter, inputs);

        Assert.Empty(roster.Diagnostics);
        Assert.Equal(5m, Value(roster.Periods[0], inputs, "e1", "revenue"));
        Assert.Equal("north", Value(roster.Periods[0], inputs, "e1", "team"));
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted()
    {
        var roster = ReadCsv("employee,period,revenue\n\ne1,2025-Q1,1\n   \n\ne2,2025-Q1,bad\n\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        Assert.Equal<string>(["(6,3) PR2003"], Positions(roster));
        Assert.Equal<string>(["e1"], roster.Periods[0].Employees);
    }

    [Fact]
    public void A_hash_sign_is_ordinary_text_not_a_comment()
    {
        var inputs = Inputs(Input("team", InputType.Text));
        var roster = ReadCsv("employee,period,team\n#7,2025-Q1,#north\n", Cadence.Quarter, inputs);

        Assert.Empty(roster.Diagnostics);
        Assert.Equal("#north", Value(roster.Periods[0], inputs, "#7", "team"));
    }

    [Fact]
    public void Periods_come_out_in_order_with_employees_in_order_of_first_appearance()
    {
        var roster = ReadCsv("employee,period,revenue\nb,2025-Q3,1\na,2025-Q1,2\nc,2025-Q3,3\na,2025-Q3,4\nb,2025-Q1,5\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        Assert.Equal<string>(["2025-Q1", "2025-Q3"], roster.Periods.Select(p => p.Period.ToString()));
        Assert.Equal<string>(["a", "b"], roster.Periods[0].Employees);
        Assert.Equal<string>(["b", "c", "a"], roster.Periods[1].Employees);
        Assert.Equal(4m, roster.Periods[1].GetValue(2, 0));
    }

    [Fact]
    public void An_unknown_column_is_a_warning_and_the_rows_are_still_read()
    {
        var roster = ReadCsv("employee,period,revenue,notes\ne1,2025-Q1,1,hello\n", Cadence.Quarter, Inputs(Input("revenue", InputType.Money)));

        var warning = Assert.Single(roster.Diagnostics);
        Assert.Equal("roster.csv(1,4): warning PR2002: column 'notes' is not an input of the plan and is ignored", warning.ToString());
        Assert.False(roster.HasErrors);
        Assert.Equal<string>(["e1"], roster.Periods[0].Employees);
    }

    [Fact]
    public void A_plan_without_inputs_still_reads_who_has_a_row()
    {
        var roster = ReadCsv("employee,period\ne1,2025-07\ne2,2025-07\n", Cadence.Month, []);

        Assert.Empty(roster.Diagnostics);
        Assert.Equal<string>(["e1", "e2"], roster.Periods[0].Employees);
    }

    [Fact]
    public void Plan_inputs_that_no_plan_can_declare_are_refused_as_arguments()
    {
        Assert.Throws<ArgumentException>(() => ReadCsv("employee,period\n", Cadence.Month, Inputs(Input("employee", InputType.Text))));
        Assert.Throws<ArgumentException>(() => ReadCsv("employee,period\n", Cadence.Month, Inputs(Input("a", InputType.Text), Input("a", InputType.Money))));
        Assert.Throws<ArgumentException>(() => ReadCsv("employee,period\n", Cadence.Month, Inputs(Input("team", InputType.Text, Rollup.Sum))));
        Assert.Throws<ArgumentException>(() => ReadCsv("employee,period\n", Cadence.Month, default));
    }
}
