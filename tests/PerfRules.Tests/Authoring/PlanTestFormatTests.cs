using PerfRules.Authoring;
using static PerfRules.Tests.Authoring.AuthoringCases;

namespace PerfRules.Tests.Authoring;

/// <summary>Mistakes in a tests file: each one a diagnostic with its code, line and column, and the tests around it kept.</summary>
public class PlanTestFormatTests
{
    private const string Expect = "  expect e1 grade = S\n";

    private static PlanTestSuite Parse(string text) => PlanTestSuite.Parse(text.ReplaceLineEndings("\n"), Source, CasePath("authoring"));

    private static string[] Mistakes(string text) => Positions(Parse(text).Diagnostics);

    [Fact]
    public void A_well_formed_file_has_no_diagnostics_and_names_its_tests()
    {
        var suite = Parse("// comment\ntest \"one\"\n" + WorkedRows + Expect + "\ntest \"two\" // why\n  data ../data/worked-example.csv\n  period 2025-Q1\n" + Expect);

        Assert.Empty(suite.Diagnostics);
        Assert.Equal(["one", "two"], suite.TestNames.AsEnumerable());
    }

    [Fact]
    public void A_line_without_a_keyword_is_PR4001_at_its_first_word()
    {
        // line 2: "  roster x.csv": the word starts at column 3
        Assert.Equal(["PR4001 (2,3)"], Mistakes("test \"a\"\n  roster x.csv\n" + WorkedRows + Expect));
        Assert.Equal("'roster' does not begin a line of a plan test: use test, period, data, rows or expect", Parse("test \"a\"\n  roster x.csv\n" + WorkedRows + Expect).Diagnostics[0].Message);
    }

    [Fact]
    public void An_expectation_before_any_test_is_PR4002()
    {
        Assert.Equal(["PR4002 (1,1)"], Mistakes("expect e1 grade = S\ntest \"a\"\n" + WorkedRows + Expect));
    }

    [Fact]
    public void A_test_name_without_quotes_is_PR4003_where_the_quote_belongs()
    {
        Assert.Equal(["PR4003 (1,6)"], Mistakes("test a\n" + WorkedRows + Expect));
    }

    [Fact]
    public void A_second_test_of_one_name_is_PR4004_naming_the_first_line()
    {
        var text = "test \"a\"\n" + WorkedRows + Expect + "test \"a\"\n" + WorkedRows + Expect;
        // the first test takes 1 + 9 + 1 lines, so the second starts on line 12; its name at column 6
        var diagnostic = Assert.Single(Parse(text).Diagnostics);
        Assert.Equal("PR4004 (12,6)", Positions([diagnostic])[0]);
        Assert.Equal("test \"a\" is already declared at line 1", diagnostic.Message);
    }

    [Fact]
    public void A_test_without_a_roster_is_PR4005_at_its_name()
    {
        Assert.Equal(["PR4005 (1,6)"], Mistakes("test \"a\"\n" + Expect));
    }

    [Fact]
    public void A_second_roster_is_PR4006_at_its_keyword()
    {
        // rows take lines 2-10; "  data ..." is line 11
        Assert.Equal(["PR4006 (11,3)"], Mistakes("test \"a\"\n" + WorkedRows + "  data ../data/worked-example.csv\n" + Expect));
    }

    [Fact]
    public void Rows_left_open_are_PR4007_at_rows_whether_the_file_or_a_test_ends_them()
    {
        Assert.Equal(["PR4007 (2,3)"], Mistakes("test \"a\"\n  rows\n    employee,period\n" + Expect));
        var next = Parse("test \"a\"\n  rows\n    employee,period\ntest \"b\"\n" + WorkedRows + Expect);
        Assert.Equal(["PR4007 (2,3)"], Positions(next.Diagnostics));
        Assert.Equal(["a", "b"], next.TestNames.AsEnumerable());
    }

    [Fact]
    public void A_data_file_that_does_not_exist_is_PR4008_at_its_path()
    {
        var suite = Parse("test \"a\"\n  data nothere.csv\n" + Expect);
        Assert.Equal(["PR4008 (2,8)"], Positions(suite.Diagnostics));
        Assert.Equal("data file 'nothere.csv' cannot be read: no such file", suite.Diagnostics[0].Message);
    }

    [Fact]
    public void A_period_that_is_not_one_is_PR4009_and_a_second_period_PR4010()
    {
        Assert.Equal(["PR4009 (2,10)"], Mistakes("test \"a\"\n  period 2025-Q5\n" + WorkedRows + Expect));
        Assert.Equal(["PR4010 (3,3)"], Mistakes("test \"a\"\n  period 2025-Q1\n  period 2025-Q1\n" + WorkedRows + Expect));
    }

    [Fact]
    public void A_test_that_expects_nothing_is_PR4011()
    {
        Assert.Equal(["PR4011 (1,6)"], Mistakes("test \"a\"\n" + WorkedRows));
    }

    [Fact]
    public void An_expectation_without_its_operator_is_PR4012_at_what_stands_there()
    {
        var suite = Parse("test \"a\"\n" + WorkedRows + "  expect e1 grade S\n");
        // line 11: "  expect e1 grade S": S is at column 19
        Assert.Equal(["PR4012 (11,19)"], Positions(suite.Diagnostics));
        Assert.Equal("expected an operator (=, !=, <, <=, >, >=, has or lacks) here: an expectation reads expect EMPLOYEE VALUE OP EXPECTED, such as expect e1 grade = S", suite.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("  expect\n", "PR4012 (11,9)")]
    [InlineData("  expect e1\n", "PR4012 (11,12)")]
    [InlineData("  expect e1 grade =\n", "PR4012 (11,20)")]
    [InlineData("  expect e1 score(kpi = 3\n", "PR4012 (11,23)")]
    [InlineData("  expect e1 flags = star,\n", "PR4012 (11,26)")]
    public void An_expectation_cut_short_is_PR4012_where_the_part_is_missing(string line, string expected)
    {
        Assert.Equal([expected], Mistakes("test \"a\"\n" + WorkedRows + line));
    }

    [Fact]
    public void Result_values_are_checked_by_name_PR4013_to_PR4015()
    {
        Assert.Equal(["PR4013 (11,13)"], Mistakes("test \"a\"\n" + WorkedRows + "  expect e1 bonus = 2\n"));
        Assert.Equal(["PR4014 (11,13)"], Mistakes("test \"a\"\n" + WorkedRows + "  expect e1 award = 2\n"));
        var takesNone = Parse("test \"a\"\n" + WorkedRows + "  expect e1 grade(main) = S\n").Diagnostics;
        Assert.Equal(["PR4015 (11,13)"], Positions(takesNone));
        Assert.Equal(11, takesNone[0].Span.Length); // "grade(main)"
    }

    [Theory]
    [InlineData("  expect e1 grade >= B\n", "PR4017 (11,19)", "grade cannot be compared with '>=': use = or !=")]
    [InlineData("  expect e1 score has 80\n", "PR4017 (11,19)", "score cannot be compared with 'has': use =, !=, <, <=, > or >=")]
    [InlineData("  expect e1 flags < 2\n", "PR4017 (11,19)", "flags cannot be compared with '<': use =, !=, has or lacks")]
    public void An_operator_the_value_does_not_take_is_PR4017(string line, string position, string message)
    {
        var diagnostic = Assert.Single(Parse("test \"a\"\n" + WorkedRows + line).Diagnostics);
        Assert.Equal(position, Positions([diagnostic])[0]);
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("  expect e1 score = high\n", 21, "score takes a number or missing, not 'high'")]
    [InlineData("  expect e1 vetoed = maybe\n", 22, "vetoed takes true or false, not 'maybe'")]
    [InlineData("  expect e1 flags has none\n", 23, "'has' takes at least one name, not 'none'")]
    [InlineData("  expect e1 multiplier > missing\n", 26, "'>' takes a number, not 'missing'")]
    [InlineData("  expect e1 grade = A, B\n", 21, "grade takes one value, not 'A, B'")]
    public void An_expected_value_of_the_wrong_kind_is_PR4018_at_the_value(string line, int column, string message)
    {
        var diagnostic = Assert.Single(Parse("test \"a\"\n" + WorkedRows + line).Diagnostics);
        Assert.Equal($"PR4018 (11,{column})", Positions([diagnostic])[0]);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void A_quote_left_open_is_PR4019_at_the_quote()
    {
        Assert.Equal(["PR4019 (11,28)"], Mistakes("test \"a\"\n" + WorkedRows + "  expect e6 requirements = \"Collection under 90%\n"));
        Assert.Equal(["PR4019 (1,6)"], Mistakes("test \"a\n" + WorkedRows + Expect));
    }

    [Fact]
    public void A_file_with_no_test_is_PR4020()
    {
        Assert.Equal(["PR4020 (1,1)"], Mistakes(""));
        Assert.Equal(["PR4020 (1,1)"], Mistakes("// only a comment\n\n"));
    }

    [Fact]
    public void A_keyword_without_its_value_is_PR4022_and_text_after_a_line_PR4023()
    {
        var incomplete = Parse("test \"a\"\n  period\n" + WorkedRows + Expect).Diagnostics;
        Assert.Equal(["PR4022 (2,9)"], Positions(incomplete));
        Assert.Equal("'period' needs a period, such as period 2025-Q3", incomplete[0].Message);
        var after = Parse("test \"a\" expect e1 grade = S\n" + WorkedRows + Expect).Diagnostics;
        Assert.Equal(["PR4023 (1,10)"], Positions(after));
        Assert.Equal("unexpected 'expect e1 grade = S' after test \"a\": the line ends there", after[0].Message);
    }

    [Fact]
    public void An_end_with_no_rows_open_is_PR4024()
    {
        Assert.Equal(["PR4024 (11,3)"], Mistakes("test \"a\"\n" + WorkedRows + "  end\n" + Expect));
    }

    [Fact]
    public void Every_mistake_of_a_file_is_reported_at_once_in_line_order()
    {
        var text = "test a\n" + WorkedRows + "  expect e1 bonus = 2\n" + "test \"b\"\n  period 2025-Q9\n  data nothere.csv\n  expect e1 grade >= A\n";
        Assert.Equal(["PR4003 (1,6)", "PR4013 (11,13)", "PR4009 (13,10)", "PR4008 (14,8)", "PR4017 (15,19)"], Mistakes(text));
    }

    [Fact]
    public void Comments_and_blank_lines_inside_rows_are_no_rows()
    {
        var rows = "test \"a\"\n  rows\n    employee,period,sales,collected,receivable,nps\n    // the star\n\n    e1,2025-Q1,200,100,100,50\n  end\n" + Expect;
        var report = Run(rows);
        Assert.Empty(report.Diagnostics);
        Assert.True(report.Success);
    }
}
