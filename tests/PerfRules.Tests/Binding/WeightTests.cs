using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

public class WeightTests
{
    private const string Inputs = """
        period quarter
        input a number
        input b number

        """;

    [Fact]
    public void Kpi_weights_adding_up_to_90_percent_are_reported_at_the_dimension()
    {
        AssertDiagnostics(
            Inputs + """
            dimension performance weight 100% {
              kpi a weight 50% linear from 0 to 1
              kpi b weight 40% linear from 0 to 1
            }
            """,
            "(4,11) PR0103: weights in dimension 'performance' add up to 90%, not 100%");
    }

    [Fact]
    public void Kpi_weights_adding_up_to_110_percent_are_reported_at_the_dimension()
    {
        AssertDiagnostics(
            Inputs + """
            dimension performance weight 100% {
              kpi a weight 60% linear from 0 to 1
              kpi b weight 50% linear from 0 to 1
            }
            """,
            "(4,11) PR0103: weights in dimension 'performance' add up to 110%, not 100%");
    }

    [Fact]
    public void A_fractional_total_is_printed_without_trailing_zeros()
    {
        // 50% + 49.5% = 99.5%
        AssertDiagnostics(
            Inputs + "dimension p weight 100% { kpi a weight 50% linear from 0 to 1  kpi b weight 49.50% linear from 0 to 1 }\n",
            "(4,11) PR0103: weights in dimension 'p' add up to 99.5%, not 100%");
    }

    [Fact]
    public void Dimension_weights_not_adding_up_to_100_percent_are_reported_at_the_first_dimension()
    {
        AssertDiagnostics(
            Inputs + """
            dimension results weight 70% { kpi a weight 100% linear from 0 to 1 }
            dimension behaviour weight 20% { kpi b weight 100% linear from 0 to 1 }
            """,
            "(4,11) PR0104: dimension weights add up to 90%, not 100%");
    }

    [Fact]
    public void A_profile_s_dimension_weights_are_reported_at_the_profile()
    {
        AssertDiagnostics(
            Inputs + """
            input role text last
            dimension d weight 100% { kpi a weight 100% linear from 0 to 1 }
            profile key_account when role == "key" {
              dimension d weight 60% { kpi a weight 100% linear from 0 to 1 }
              dimension e weight 50% { kpi b weight 100% linear from 0 to 1 }
            }
            """,
            "(6,9) PR0104: dimension weights in profile 'key_account' add up to 110%, not 100%");
    }

    [Fact]
    public void Weights_must_be_percents_above_zero()
    {
        // The bare 1 is not a percent, so no total is printed for the dimensions; the KPIs' total is still 100%.
        AssertDiagnostics(
            Inputs + """
            dimension p weight 1 { kpi a weight 0% linear from 0 to 1  kpi b weight 100% linear from 0 to 1 }
            """,
            "(4,20) PR0105: weight 1 must be a percent above 0%, such as 40%",
            "(4,37) PR0105: weight 0% must be a percent above 0%, such as 40%");
    }

    [Fact]
    public void A_dimension_without_kpis_is_reported()
    {
        AssertDiagnostics(
            Inputs + """
            dimension p weight 50% { kpi a weight 100% linear from 0 to 1 }
            dimension empty weight 50% { }
            """,
            "(5,11) PR0135: dimension 'empty' has no KPI");
    }

    [Fact]
    public void Weights_are_kept_as_fractions()
    {
        var plan = CompileClean(Inputs + """
            input c number
            dimension p weight 62.5% { kpi a weight 12.5% linear from 0 to 1  kpi b weight 87.5% linear from 0 to 1 }
            dimension q weight 37.5% { kpi c weight 100% linear from 0 to 1 }
            """);

        Assert.Equal([0.625m, 0.375m], plan.DefaultProfile.Dimensions.Select(d => d.Weight));
        Assert.Equal([0.125m, 0.875m], plan.DefaultProfile.Dimensions[0].Kpis.Select(k => k.Weight));
    }
}
