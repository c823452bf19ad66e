using RulesEngine.Models;

namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// The fastest per-employee layout of Microsoft RulesEngine found for the section 1 plan: one workflow with one rule
/// whose <c>LocalParams</c> compute, in one evaluation, every KPI score, the dimension and total scores (with the
/// division by the weights left in when growth is skipped), all ten shown values, the veto and the payout
/// requirement. RulesEngine compiles a rule's local parameters into one delegate and returns their values in the
/// result's <c>Inputs</c>, so the host reads them there and runs no action. Only ranking, grades and multipliers
/// (which need every employee) are the host's C#.
/// </summary>
public sealed class RulesEngineBestScorer
{
    private const string Workflow = "acme-sales-one-rule";

    /// <summary>The shown values read back, in <see cref="PeerResults"/> order: 6 KPIs, 3 dimensions.</summary>
    private static readonly string[] KpiShown = ["revenue_shown", "collection_shown", "growth_shown", "nps_shown", "new_customers_shown", "complaints_shown"];
    private static readonly string[] DimensionShown = ["performance_shown", "customer_shown", "teamwork_shown"];

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineBestScorer()
    {
        // Math.Round(x, 2) in a rule rounds halves to even; the spec's shown values round them away from zero, and
        // Dynamic LINQ only sees the MidpointRounding enum once it is registered as a custom type.
        static string Shown(string exact) => $"Math.Round({exact}, 2, MidpointRounding.AwayFromZero)";
        ScopedParam Param(string name, string expression) => new() { Name = name, Expression = expression };
        var rule = new Rule
        {
            RuleName = "score",
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = "true",
            LocalParams =
            [
                Param("has_rate", AcmeRuleExpressions.HasCollectionRate),
                Param("rate", $"has_rate ? {AcmeRuleExpressions.CollectionRate} : 0m"),
                Param("has_growth", AcmeRuleExpressions.HasGrowth),
                Param("revenue", AcmeRuleExpressions.Revenue),
                Param("collection", "has_rate ? Math.Max(0m, Math.Min(100m, (rate - 0.80m) / (1.00m - 0.80m) * 100m)) : 0m"),
                Param("growth", $"has_growth ? {AcmeRuleExpressions.Growth} : 0m"),
                Param("nps", AcmeRuleExpressions.Nps),
                Param("new_customers", AcmeRuleExpressions.NewCustomers),
                Param("complaints", AcmeRuleExpressions.Complaints),
                Param("performance", "has_growth ? 0.50m * revenue + 0.30m * collection + 0.20m * growth : (0.50m * revenue + 0.30m * collection) / (0.50m + 0.30m)"),
                Param("customer", "0.50m * nps + 0.50m * new_customers"),
                Param("teamwork", "1.00m * complaints"),
                Param("total", "0.60m * performance + 0.20m * customer + 0.20m * teamwork"),
                Param("revenue_shown", Shown("revenue")),
                Param("collection_shown", Shown("collection")),
                Param("growth_shown", Shown("growth")),
                Param("nps_shown", Shown("nps")),
                Param("new_customers_shown", Shown("new_customers")),
                Param("complaints_shown", Shown("complaints")),
                Param("performance_shown", Shown("performance")),
                Param("customer_shown", Shown("customer")),
                Param("teamwork_shown", Shown("teamwork")),
                Param("total_shown", Shown("total")),
                Param("vetoed", AcmeRuleExpressions.Veto),
                Param("requirement_met", "has_rate && rate >= 0.95m"),
            ],
        };
        var settings = new ReSettings { CustomTypes = [typeof(MidpointRounding)] };
        _engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = Workflow, Rules = [rule] }], settings);
    }

    public PeerResults Score(AcmeRoster roster, AcmeEmployee[] employees)
    {
        var results = new PeerResults(employees.Length);
        for (var i = 0; i < employees.Length; i++)
        {
            var tree = _engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("input1", employees[i])).AsTask().GetAwaiter().GetResult()[0];
            if (!tree.IsSuccess) throw new InvalidOperationException($"The scoring rule failed: {tree.ExceptionMessage}");
            var values = tree.Inputs;
            for (var k = 0; k < KpiShown.Length; k++) results.Kpis[k][i] = (decimal)values[KpiShown[k]];
            if (!(bool)values["has_growth"]) results.Kpis[2][i] = null;
            for (var d = 0; d < DimensionShown.Length; d++) results.Dimensions[d][i] = (decimal)values[DimensionShown[d]];
            results.Standing.Score[i] = (decimal)values["total_shown"];
            results.Vetoed[i] = (bool)values["vetoed"];
            results.RequirementMet[i] = (bool)values["requirement_met"];
        }

        return results.RankGradeAndPay(roster);
    }
}
