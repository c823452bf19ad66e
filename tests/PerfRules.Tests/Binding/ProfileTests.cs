using PerfRules.Binding;
using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

public class ProfileTests
{
    private const string Roles = """
        period quarter
        input role text last
        input sales number
        input clv number
        dimension results weight 100% { kpi sales weight 100% linear from 0 to 10 }

        """;

    [Fact]
    public void Profiles_come_in_file_order_and_the_default_profile_last()
    {
        var plan = CompileClean(Roles + """
            profile key_account when role == "key" {
              dimension results weight 80% { kpi sales weight 100% linear from 0 to 20 }
              dimension value weight 20% { kpi clv weight 100% linear from 0 to 5 }
            }
            profile new_market when role == "new" {
              dimension results weight 100% { kpi clv weight 100% linear from 0 to 5 }
            }
            """);

        Assert.Equal(["key_account", "new_market", "default"], plan.Profiles.Select(p => p.Name));
        Assert.Equal([0.8m, 0.2m], plan.Profiles[0].Dimensions.Select(d => d.Weight));
        Assert.IsType<BoundBinary>(plan.Profiles[1].Condition);
        Assert.Null(plan.DefaultProfile.Condition);
        Assert.Equal(["results"], plan.DefaultProfile.Dimensions.Select(d => d.Name));
    }

    [Fact]
    public void A_metric_may_be_scored_once_in_each_profile_but_not_twice_in_one()
    {
        AssertDiagnostics(
            Roles + """
            profile key_account when role == "key" {
              dimension results weight 50% { kpi sales weight 100% linear from 0 to 20 }
              dimension value weight 50% { kpi sales weight 100% linear from 0 to 5 }
            }
            """,
            "(8,36) PR0116: 'sales' is already scored by the KPI at line 7; a metric is scored by at most one KPI");
    }

    [Fact]
    public void A_profile_condition_must_be_a_flag()
    {
        AssertDiagnostics(
            Roles + "profile p when role { dimension results weight 100% { kpi sales weight 100% linear from 0 to 1 } }\n",
            "(6,16) PR0106: the condition of profile 'p' needs a flag, but 'role' is text");
    }

    [Fact]
    public void Score_of_a_name_reads_a_dimension_or_kpi_of_any_profile_through_one_shared_target()
    {
        var plan = CompileClean(Roles + """
            profile key_account when role == "key" {
              dimension value weight 100% { kpi clv weight 100% linear from 0 to 5 }
            }
            flag f when score(value) > 50 and score(clv) > 50 and score(sales) > score(value) "x"
            """);

        var targets = BoundTree.CurrentPeriodNodes(plan.Flags[0].Condition).OfType<BoundScoreRef>().Select(s => s.Target!).ToList();
        Assert.Equal([("value", true), ("clv", false), ("sales", false), ("value", true)], targets.Select(t => (t.Name, t.IsDimension)));
        Assert.Same(targets[0], targets[3]);
    }

    [Theory]
    [InlineData("flag f when score(clv) > 1 \"x\"", "(6,19) PR0133: score(clv) needs a dimension or a KPI's metric, but 'clv' is a number input that no KPI scores")]
    [InlineData("flag f when score(nothing) > 1 \"x\"", "(6,19) PR0133: score(nothing) needs a dimension or a KPI's metric, but 'nothing' is not declared")]
    [InlineData("flag f when score(1 + 2) > 1 \"x\"", "(6,19) PR0133: score(1 + 2) needs a dimension or a KPI's metric, but '1 + 2' is an expression, not a name")]
    public void Score_of_a_name_needs_a_dimension_or_a_kpi(string line, string expected)
    {
        AssertDiagnostics(Roles + line + "\n", expected);
    }

    [Theory]
    [InlineData("kpi role weight 100% linear from 0 to 1", "(6,66) PR0117: KPI 'role' scores a text value; only number, money, count and percent values can be scored")]
    [InlineData("kpi nothing weight 100% linear from 0 to 1", "(6,66) PR0101: unknown name 'nothing'")]
    [InlineData("kpi results weight 100% linear from 0 to 1", "(6,66) PR0131: 'results' is a dimension, not an input or metric that a KPI can score")]
    public void A_kpi_scores_a_number_input_or_metric(string kpi, string expected)
    {
        AssertDiagnostics(
            Roles + "profile p when role == \"p\" { dimension results weight 100% { " + kpi + " } }\n",
            expected);
    }

    [Fact]
    public void A_kpi_on_a_flag_metric_is_reported()
    {
        AssertDiagnostics(
            """
            period quarter
            input sales number
            metric good = sales > 5
            dimension d weight 100% { kpi good weight 100% linear from 0 to 1 }
            """,
            "(4,31) PR0117: KPI 'good' scores a flag value; only number, money, count and percent values can be scored");
    }
}
