using System.Text.Json;
using System.Text.RegularExpressions;

namespace PerfRules.Tests.Cli;

/// <summary>The report of Cases/authoring/report.perf, whose counts are worked by hand in Authoring/DistributionReportTests.</summary>
public class ReportCommandTests
{
    private static readonly string Plan = CliRunner.Case("authoring/report.perf");
    private static readonly string Data = CliRunner.Case("authoring/report.csv");

    [Fact]
    public void Json_carries_every_count()
    {
        var outcome = CliRunner.Run("report", Plan, Data, "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Out);
        var root = json.RootElement;
        Assert.Equal(8, root.GetProperty("employees").GetInt32());
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 1, 2], root.GetProperty("scoreBins").EnumerateArray().Select(b => b.GetProperty("count").GetInt32()));
        var north = root.GetProperty("grades")[0];
        Assert.Equal("north", north.GetProperty("group").GetString());
        Assert.Equal([1, 2, 1], north.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("count").GetInt32()));
        Assert.Equal(0.25m, north.GetProperty("grades")[0].GetProperty("targetShare").GetDecimal());
        Assert.Equal(1, root.GetProperty("vetoed").GetInt32());
        Assert.Equal("Under 50 points", root.GetProperty("failedRequirements")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void Table_draws_a_bar_chart_per_part()
    {
        var outcome = CliRunner.Run("report", Plan, Data, "--format", "table");

        Assert.Equal(0, outcome.ExitCode);
        var text = outcome.Out.ReplaceLineEndings("\n");
        Assert.Contains("Report case: 2025-Q1, 8 employees", text, StringComparison.Ordinal);
        Assert.Contains("Scores: average 73.14, lowest 45.00, highest 100.00, 1 score missing", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"90-100  █+ 2\b"), text);
        Assert.Contains("Grades, group north (4 employees)", text, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"B 50% \(target 50%\)  █+ 2\b"), text);
        Assert.Matches(new Regex(@"x0  █+ 3\b"), text);
        Assert.Matches(new Regex(@"Data breach  █+ 1\b"), text);
    }

    [Fact]
    public void Html_is_one_self_contained_page_with_the_charts()
    {
        var html = Path.Combine(Path.GetDirectoryName(CliRunner.TempFile("x", ""))!, "report.html");

        var outcome = CliRunner.Run("report", Plan, Data, "--html", html, "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg id=\"score-histogram\"", page, StringComparison.Ordinal);
        Assert.Contains("<g class=\"bar\" data-label=\"90-100\" data-count=\"2\">", page, StringComparison.Ordinal);
        Assert.Contains("<g class=\"bar\" data-label=\"Data breach\" data-count=\"1\">", page, StringComparison.Ordinal);
        Assert.Equal(2 + 1, Regex.Matches(page, "<svg id=\"grades-").Count); // north, south and all employees
    }

    [Fact]
    public void Data_errors_exit_1_and_write_nothing()
    {
        var data = CliRunner.TempFile("bad.csv", "employee,period,points,team,breach\nn1,2025-Q1,abc,north,0\n");

        var outcome = CliRunner.Run("report", Plan, data);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error PR2003", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("", outcome.Out);
    }
}
