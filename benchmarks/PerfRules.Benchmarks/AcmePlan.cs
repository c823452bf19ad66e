namespace PerfRules.Benchmarks;

/// <summary>The spec's section 1 plan, as shipped in samples/acme-sales.</summary>
public static class AcmePlan
{
    public const string Text = """
        plan "Acme field sales"
        period quarter

        input revenue          money   sum
        input collected        money   sum
        input receivable       money   sum
        input new_customers    count   sum
        input nps              number  avg
        input complaints       count   sum
        input data_violations  count   sum
        input team             text    last
        input tenure_months    count   last

        metric collection_rate = collected / receivable
        metric growth          = revenue / previous(revenue) - 1

        dimension performance weight 60% {
          kpi revenue weight 50% ladder prorated {
            line base      at 1_500_000 pays 60
            line challenge at 1_800_000 pays 25
            line stretch   at 2_000_000 pays 15
          }
          kpi collection_rate weight 30% linear from 80% to 100%
          kpi growth          weight 20% linear from 0% to 30% missing skip
        }
        dimension customer weight 20% {
          kpi nps           weight 50% bands { at 60 scores 100  at 40 scores 70  at 20 scores 40  otherwise 0 }
          kpi new_customers weight 50% linear from 0 to 30
        }
        dimension teamwork weight 20% {
          kpi complaints weight 100% linear from 5 to 0
        }

        veto data_violations > 0 grade D "Customer-data breach: one-vote veto"

        rank by score desc, revenue desc within team

        grades {
          S top 5% at 85
          A top 20%
          B top 70%
          C top 90%
          D
        }

        payout {
          require collection_rate >= 95% "Collection rate under 95%"
          multiplier 3 when top(10%)
          multiplier 2 when top(30%)
          multiplier 1
        }

        flag complaint_spike when complaints > previous(complaints) * 1.2 "Complaints up more than 20% on last period"
        flag promotion_ready when streak(top(20%)) >= 2 and complaints == 0 "Top 20% two periods running"
        """;

    public static PerfPlan Compile()
    {
        var result = PerfPlan.Compile(Text, "acme-sales.perf");
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        return result.Plan;
    }
}
