using System.Collections.Concurrent;
using PerfRules.Compilation;
using PerfRules.Periods;
using PerfRules.Results;

namespace PerfRules.Tests.Properties;

/// <summary>
/// Compiles generated plans and scores rosters with them. Plans are compiled once per text (shrinking tries many
/// rosters on one plan), with their expression trees interpreted rather than compiled to IL: the same results, at a
/// small part of the cost, which lets CI afford hundreds of plans a property. One property compares the two ways.
/// </summary>
internal static class Evaluation
{
    private static readonly ConcurrentDictionary<string, PerfPlan> Compiled = new(StringComparer.Ordinal);

    public static PerfPlan Compile(PlanModel plan) =>
        Compiled.GetOrAdd(plan.Text, text =>
        {
            using var interpreted = TreeCompiler.Watch(null, interpret: true);
            var result = PerfPlan.Compile(text, "generated.perf");
            Assert.True(result.Success, "a generated plan must compile:\n" + string.Join("\n", result.Diagnostics) + "\n" + text);
            return result.Plan;
        });

    public static EvaluationResult Score(ScoringCase scoring, string? period = null, EvaluationOptions? options = null) =>
        Score(Compile(scoring.Plan), scoring.Roster, period, options);

    public static EvaluationResult Score(PerfPlan plan, RosterModel roster, string? period = null, EvaluationOptions? options = null)
    {
        var result = plan.Evaluate(roster.Build(plan), period is null ? null : PerfPeriod.Parse(period), options);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>The row of an employee in the period scored (the roster's single period for one-period cases).</summary>
    public static RowModel RowOf(ScoringCase scoring, EmployeeResult employee) =>
        scoring.Roster.Rows.Single(r => r.Employee == employee.Employee && r.Period == employee.Period.ToString());
}
