using System.Globalization;
using System.Text.Json;

namespace PerfRules.Tests.Cli;

public class ScoreCommandTests
{
    private static readonly string WorkedPlan = CliRunner.Case("plans/worked-example.perf");
    private static readonly string WorkedData = CliRunner.Case("data/worked-example.csv");

    [Fact]
    public void Csv_output_of_the_worked_example_is_exactly_the_specs()
    {
        var outcome = CliRunner.Run("score", WorkedPlan, WorkedData, "--format", "csv");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Error);
        Assert.Equal("""
            employee,period,group,score,rank,group_size,grade,multiplier,flags
            e1,2025-Q1,,100.00,1,6,S,2,star
            e2,2025-Q1,,63.00,2,6,A,2,
            e5,2025-Q1,,63.00,2,6,A,2,
            e6,2025-Q1,,47.47,4,6,B,0,
            e4,2025-Q1,,43.50,5,6,B,1,
            e3,2025-Q1,,40.00,6,6,B,0,

            """.ReplaceLineEndings("\n"), outcome.Out);
    }

    [Fact]
    public void Csv_output_is_the_same_under_a_comma_decimal_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var german = CliRunner.Run("score", CliRunner.Case("plans/acme-sales.perf"), CliRunner.Case("data/acme-12.csv"), "--format", "csv");
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = CliRunner.Run("score", CliRunner.Case("plans/acme-sales.perf"), CliRunner.Case("data/acme-12.csv"), "--format", "csv");
            Assert.Equal(0, german.ExitCode);
            Assert.Equal(invariant.Out, german.Out);
            Assert.Equal(File.ReadAllText(CliRunner.Case("data/acme-12.expected.csv")).ReplaceLineEndings("\n"), german.Out);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Json_output_carries_the_whole_result_with_exact_numbers_and_unescaped_text()
    {
        var outcome = CliRunner.Run("score", CliRunner.Case("plans/acme-sales.perf"), CliRunner.Case("data/acme-12.csv"), "--format", "json");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\"华东\"", outcome.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(outcome.Out);
        var root = json.RootElement;
        Assert.Equal("Acme field sales", root.GetProperty("plan").GetString());
        Assert.Equal("2025-Q3", root.GetProperty("period").GetString());
        var b2 = root.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("employee").GetString() == "b2");
        Assert.Equal(60.63m, b2.GetProperty("score").GetDecimal());
        Assert.Equal(60.625m, b2.GetProperty("exactScore").GetDecimal());
        Assert.Equal(3, b2.GetProperty("rank").GetInt32());
        Assert.Equal("B", b2.GetProperty("grade").GetString());
        var revenue = b2.GetProperty("dimensions")[0].GetProperty("kpis")[0];
        Assert.Equal("challenge", revenue.GetProperty("nextLine").GetProperty("line").GetString());
        Assert.Equal(300000m, revenue.GetProperty("nextLine").GetProperty("distance").GetDecimal());
        var a5 = root.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("employee").GetString() == "a5");
        Assert.Equal("Customer-data breach: one-vote veto", a5.GetProperty("vetoReasons")[0].GetString());
    }

    [Fact]
    public void Table_output_groups_by_team_and_keeps_chinese_text()
    {
        var outcome = CliRunner.Run("score", CliRunner.Case("plans/acme-sales.perf"), CliRunner.Case("data/acme-12.csv"), "--format", "table");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("group east", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("group 华东", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("Customer-data breach", outcome.Out, StringComparison.Ordinal);
        Assert.True(outcome.Out.IndexOf("group east", StringComparison.Ordinal) < outcome.Out.IndexOf("group west", StringComparison.Ordinal));
    }

    [Fact]
    public void Period_option_scores_an_earlier_period_with_only_its_own_history()
    {
        var data = CliRunner.TempFile("roster.csv", """
            employee,period,sales,collected,receivable,nps
            e1,2024-Q4,100,100,100,50
            e1,2025-Q1,200,100,100,50
            """);
        var outcome = CliRunner.Run("score", WorkedPlan, data, "--period", "2024-Q4", "--format", "csv");
        Assert.Equal(0, outcome.ExitCode);
        // sales 100 reaches base: 60; coll 1: 100; result 80; nps 50: 100; total 0.6 x 80 + 0.4 x 100 = 88.
        // Alone in its group it is in the top 20% and at 80 or more: S.
        Assert.EndsWith("e1,2024-Q4,,88.00,1,1,S,2,\n", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_the_trace_of_one_employee()
    {
        var outcome = CliRunner.Run("score", WorkedPlan, WorkedData, "--explain", "e6");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("total 47.47 (exact 47.4747)", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("Collection under 90%", outcome.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]                                         // arguments missing
    [InlineData("score", "plan.perf")]
    [InlineData("frobnicate")]                                    // unknown command
    [InlineData("score", "{plan}", "{data}", "--format", "xml")]  // a format that does not exist
    [InlineData("score", "{plan}", "{data}", "--period", "2025-Q5")]
    [InlineData("score", "{plan}", "{data}", "--explain", "nobody")]
    [InlineData("score", "no-such-plan.perf", "{data}")]
    [InlineData("score", "{plan}", "no-such-data.csv")]
    [InlineData("check", "no-such-plan.perf")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var resolved = args.Select(a => a.Replace("{plan}", WorkedPlan).Replace("{data}", WorkedData)).ToArray();
        var outcome = CliRunner.Run(resolved);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        Assert.NotEqual("", outcome.Error);
    }

    [Fact]
    public void A_data_file_with_ten_errors_reports_all_ten_with_positions_and_exits_1()
    {
        var data = CliRunner.TempFile("roster.csv", """
            employee,period,sales,collected,receivable,nps,extra
            e1,2025-Q1,abc,100,100,50,x
            e2,2025-Q1,100,,100,50,x
            ,2025-Q1,100,100,100,50,x
            e4,2025-Q5,100,100,100,50,x
            e5,2025-Q1,100,100,100,fifty,x
            e1,2025-Q1,100,100,100,50,x
            e7,2025-Q1,1e5,100,100,50,x
            e8,2025-Q1,100,100,100,7.92281625142643375935439503351,x
            e9,2025-Q1,100,100,-,50,x
            e10,2025-Q1,100,100,100,50
            e11,2025-Q1,100,100,100,50,x
            """);
        var outcome = CliRunner.Run("score", WorkedPlan, data, "--format", "csv");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.Out);
        var errors = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, errors.Count);
        // Files are named as given on the command line.
        Assert.Contains(data + "(1,7): warning PR2002", outcome.Error, StringComparison.Ordinal);
        Assert.StartsWith(data + "(2,3): error PR2003", errors[0], StringComparison.Ordinal);
        Assert.StartsWith(data + "(3,4): error PR2004", errors[1], StringComparison.Ordinal);
        Assert.Equal(
            ["PR2003", "PR2004", "PR2010", "PR2007", "PR2003", "PR2006", "PR2003", "PR2003", "PR2003", "PR2013"],
            errors.Select(e => e.Split(": error ")[1][..6]));
    }
}
