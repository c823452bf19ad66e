using RulesEngine.Models;

namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// The fastest per-employee layout of Microsoft RulesEngine found for the section 1 plan: one workflow with one rule
/// whose <c>LocalParams</c> compute, in one evaluation, every KPI score, the dimension and total scores (with the
/// division by the weights left in when growth is skipped), all ten shown values, the veto and the payout
/// requirement. RulesEngine compiles a rule's local parameters into one delegate and returns their values in the
/// result's <c>Inputs</c>; the last one gathers what the host needs into an <see cref="AcmeOutcome"/>, so the host
/// reads one value and runs no action. Only ranking, grades and multipliers (which need every employee) are the
/// host's C#.
/// </summary>
/// <remarks>
/// Every local parameter costs RulesEngine a <c>RuleParameter</c> (with a validated
/// <c>System.Linq.Expressions.ParameterExpression</c>), a boxed value and two dictionary entries per evaluation, more
/// than the decimal arithmetic it holds, so the layout keeps them few: one per KPI and dimension, the total, and the
/// outcome; the conditions (has a collection rate, has growth) are repeated inline rather than named.
/// </remarks>
public sealed class RulesEngineBestScorer
{
    private const string Workflow = "acme-sales-one-rule";

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineBestScorer()
    {
        // Math.Round(x, 2) in a rule rounds halves to even; the spec's shown values round them away from zero, and
        // Dynamic LINQ only sees the MidpointRounding enum once it is registered as a custom type.
        static string Shown(string exact) => $"Math.Round({exact}, 2, MidpointRounding.AwayFromZero)";
        static ScopedParam Param(string name, string expression) => new() { Name = name, Expression = expression };
        const string hasRate = AcmeRuleExpressions.HasCollectionRate;
        const string hasGrowth = "(" + AcmeRuleExpressions.HasGrowth + ")";
        var rule = new Rule
        {
            RuleName = "score",
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = "true",
            LocalParams =
            [
                Param("revenue", AcmeRuleExpressions.Revenue),
                Param("collection", $"{hasRate} ? {AcmeRuleExpressions.Collection} : 0m"),
                Param("growth", $"{hasGrowth} ? {AcmeRuleExpressions.Growth} : 0m"),
                Param("nps", AcmeRuleExpressions.Nps),
                Param("new_customers", AcmeRuleExpressions.NewCustomers),
                Param("complaints", AcmeRuleExpressions.Complaints),
                Param("performance", $"{hasGrowth} ? 0.50m * revenue + 0.30m * collection + 0.20m * growth : (0.50m * revenue + 0.30m * collection) / (0.50m + 0.30m)"),
                Param("customer", "0.50m * nps + 0.50m * new_customers"),
                Param("teamwork", "1.00m * complaints"),
                Param("total", "0.60m * performance + 0.20m * customer + 0.20m * teamwork"),
                Param("outcome", "AcmeOutcome("
                    + string.Join(", ", new[] { "revenue", "collection", "growth", "nps", "new_customers", "complaints", "performance", "customer", "teamwork", "total" }.Select(Shown))
                    + $", {hasGrowth}, {AcmeRuleExpressions.Veto}, {AcmeRuleExpressions.Requirement})"),
            ],
        };
        var settings = new ReSettings { CustomTypes = [typeof(MidpointRounding), typeof(AcmeOutcome)], AutoExecuteActions = false };
        _engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = Workflow, Rules = [rule] }], settings);
    }

    public PeerResults Score(AcmeRoster roster, AcmeEmployee[] employees)
    {
        var results = new PeerResults(employees.Length);
        for (var i = 0; i < employees.Length; i++)
        {
            var tree = _engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("input1", employees[i])).AsTask().GetAwaiter().GetResult()[0];
            if (!tree.IsSuccess) throw new InvalidOperationException($"The scoring rule failed: {tree.ExceptionMessage}");
            var outcome = (AcmeOutcome)tree.Inputs["outcome"];
            for (var k = 0; k < HandWrittenAcmeScorer.KpiCount; k++) results.Kpis[k][i] = outcome.Kpis[k];
            if (!outcome.HasGrowth) results.Kpis[2][i] = null;
            for (var d = 0; d < HandWrittenAcmeScorer.DimensionCount; d++) results.Dimensions[d][i] = outcome.Dimensions[d];
            results.Standing.Score[i] = outcome.Total;
            results.Vetoed[i] = outcome.Vetoed;
            results.RequirementMet[i] = outcome.RequirementMet;
        }

        return results.RankGradeAndPay(roster);
    }
}
