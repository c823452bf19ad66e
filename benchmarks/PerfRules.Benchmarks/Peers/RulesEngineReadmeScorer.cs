using RulesEngine.Models;

namespace PerfRules.Benchmarks.Peers;

/// <summary>
/// Microsoft RulesEngine set up the way its README shows: a workflow of rules, each rule an expression over the input,
/// <c>ExecuteAllRulesAsync</c> once per employee, and the results read back rule by rule. One rule per KPI, whose
/// <c>OutputExpression</c> action computes the KPI's score when the rule's condition (the KPI's metric exists) holds,
/// plus one rule for the veto and one for the payout requirement, read from <c>IsSuccess</c>. Everything that combines
/// rules (dimension and total scores, the division by the weights left in, the shown values, ranking, grades,
/// payout) is the host's C#, as it would be for any RulesEngine user.
/// </summary>
public sealed class RulesEngineReadmeScorer
{
    private const string Workflow = "acme-sales";
    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineReadmeScorer()
    {
        Rule Kpi(string name, string condition, string score) => new()
        {
            RuleName = name,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = condition,
            Actions = new RuleActions
            {
                OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = score } },
            },
        };
        Rule Check(string name, string condition) => new()
        {
            RuleName = name,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = condition,
            SuccessEvent = name,
        };

        // Rule order is result order: the host reads results by position, in this order.
        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules =
            [
                Kpi("revenue", "true", AcmeRuleExpressions.Revenue),
                Kpi("collection_rate", AcmeRuleExpressions.HasCollectionRate, AcmeRuleExpressions.Collection),
                Kpi("growth", AcmeRuleExpressions.HasGrowth, AcmeRuleExpressions.Growth),
                Kpi("nps", "true", AcmeRuleExpressions.Nps),
                Kpi("new_customers", "true", AcmeRuleExpressions.NewCustomers),
                Kpi("complaints", "true", AcmeRuleExpressions.Complaints),
                Check("data_breach_veto", AcmeRuleExpressions.Veto),
                Check("collection_required", AcmeRuleExpressions.Requirement),
            ],
        };
        _engine = new RulesEngine.RulesEngine([workflow]);
    }

    public PeerResults Score(AcmeRoster roster, AcmeEmployee[] employees)
    {
        var results = new PeerResults(employees.Length);
        for (var i = 0; i < employees.Length; i++)
        {
            // Every rule here is synchronous, so the ValueTask is already complete.
            var rules = _engine.ExecuteAllRulesAsync(Workflow, employees[i]).AsTask().GetAwaiter().GetResult();
            var revenue = Output(rules[0]) ?? 0m;
            // A KPI whose metric is missing scores 0 without `missing skip` (collection_rate) and is left out with it (growth).
            var collection = Output(rules[1]) ?? 0m;
            var growth = Output(rules[2]);
            var nps = Output(rules[3]) ?? 0m;
            var newCustomers = Output(rules[4]) ?? 0m;
            var complaints = Output(rules[5]) ?? 0m;

            var performance = growth is { } g
                ? 0.50m * revenue + 0.30m * collection + 0.20m * g
                : (0.50m * revenue + 0.30m * collection) / (0.50m + 0.30m);
            var customer = 0.50m * nps + 0.50m * newCustomers;
            var teamwork = 1.00m * complaints;
            var total = 0.60m * performance + 0.20m * customer + 0.20m * teamwork;

            results.Kpis[0][i] = HandWrittenAcmeScorer.Shown(revenue);
            results.Kpis[1][i] = HandWrittenAcmeScorer.Shown(collection);
            results.Kpis[2][i] = growth is { } shownGrowth ? HandWrittenAcmeScorer.Shown(shownGrowth) : null;
            results.Kpis[3][i] = HandWrittenAcmeScorer.Shown(nps);
            results.Kpis[4][i] = HandWrittenAcmeScorer.Shown(newCustomers);
            results.Kpis[5][i] = HandWrittenAcmeScorer.Shown(complaints);
            results.Dimensions[0][i] = HandWrittenAcmeScorer.Shown(performance);
            results.Dimensions[1][i] = HandWrittenAcmeScorer.Shown(customer);
            results.Dimensions[2][i] = HandWrittenAcmeScorer.Shown(teamwork);
            results.Standing.Score[i] = HandWrittenAcmeScorer.Shown(total);
            results.Vetoed[i] = Holds(rules[6]);
            results.RequirementMet[i] = Holds(rules[7]);
        }

        return results.RankGradeAndPay(roster);
    }

    private static decimal? Output(RuleResultTree rule)
    {
        Holds(rule);
        return rule.IsSuccess ? (decimal)rule.ActionResult.Output : null;
    }

    /// <summary>RulesEngine turns an exception inside a rule into a failed rule with a message; here that is a bug.</summary>
    private static bool Holds(RuleResultTree rule) =>
        string.IsNullOrEmpty(rule.ExceptionMessage) && rule.ActionResult?.Exception is null
            ? rule.IsSuccess
            : throw new InvalidOperationException($"Rule {rule.Rule.RuleName} failed: {rule.ExceptionMessage}{rule.ActionResult?.Exception}");
}
