using PerfRules.Results;

namespace PerfRules.Tests;

/// <summary>Compiles plans and scores CSV text for tests, failing with the diagnostics when something is wrong.</summary>
internal static class PlanRunner
{
    public static PerfPlan Compile(string text)
    {
        var result = PerfPlan.Compile(text, "test.perf");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Plan!;
    }

    public static EvaluationResult Score(string plan, string csv, string? period = null) =>
        Score(Compile(plan), csv, period);

    public static EvaluationResult Score(PerfPlan plan, string csv, string? period = null, EvaluationOptions? options = null)
    {
        var roster = plan.ReadCsv(new StringReader(csv), "data.csv");
        Assert.False(roster.HasErrors, string.Join("\n", roster.Diagnostics));
        var result = plan.Evaluate(roster, period is null ? null : PerfRules.Periods.PerfPeriod.Parse(period), options);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }

    public static EmployeeResult Employee(this EvaluationResult result, string id) =>
        result.Find(id) ?? throw new Xunit.Sdk.XunitException($"no result for {id}");

    /// <summary>The value of one of the employee's metrics: decimal, bool or LocalDate, or null when missing.</summary>
    public static object? Metric(this EmployeeResult employee, string name) =>
        employee.Metrics.Single(m => m.Key == name).Value;

    /// <summary>The case file's text, from tests/PerfRules.Tests/Cases.</summary>
    public static string Case(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", relativePath));
}
