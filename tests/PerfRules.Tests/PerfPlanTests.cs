using PerfRules.Diagnostics;

namespace PerfRules.Tests;

/// <summary>The public entry point: compiling never throws for a user's mistake, and the plan describes itself.</summary>
public class PerfPlanTests
{
    [Fact]
    public void A_compiled_plan_describes_its_inputs_dimensions_and_kpis()
    {
        var plan = PlanRunner.Compile(PlanRunner.Case("plans/acme-sales.perf"));
        Assert.Equal("Acme field sales", plan.Name);
        Assert.Equal(Cadence.Quarter, plan.Cadence);
        Assert.Equal(new PlanInput("revenue", InputType.Money, Rollup.Sum, false), plan.Inputs[0]);
        Assert.Equal(["performance", "customer", "teamwork"], plan.Dimensions.Select(d => d.Name));
        Assert.Equal(0.6m, plan.Dimensions[0].Weight);
        Assert.Equal(new PlanKpi("growth", 0.2m, "linear", true), plan.Dimensions[0].Kpis[2]);
        Assert.Equal(["S", "A", "B", "C", "D"], plan.Grades.ToArray());
        Assert.Equal(["complaint_spike", "promotion_ready"], plan.Flags.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\u0001\u00ff")]
    [InlineData("plan \"unterminated")]
    [InlineData("period month // a comment without a newline")]
    [InlineData("metric 收入 = 1")]
    [InlineData("metric x = 79228162514264337593543950336")]
    [InlineData("((((((((((")]
    public void Hostile_text_gives_diagnostics_never_an_exception(string text)
    {
        var result = PerfPlan.Compile(text, "hostile.perf");
        Assert.False(result.Success);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("hostile.perf", d.Source));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_a_diagnostic()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".perf");
        File.WriteAllBytes(path, [0x70, 0x65, 0xC3, 0x28]);
        try
        {
            var diagnostic = Assert.Single(PerfPlan.CompileFile(path).Diagnostics);
            Assert.Equal(DiagnosticCode.InvalidUtf8, diagnostic.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_a_diagnostic()
    {
        var diagnostic = Assert.Single(PerfPlan.CompileFile("/no/such/folder/plan.perf").Diagnostics);
        Assert.Equal(DiagnosticCode.FileUnreadable, diagnostic.Code);
        Assert.Equal("/no/such/folder/plan.perf(1,1): error PR3005", diagnostic.ToString()[..44]);
    }

    [Fact]
    public void A_metric_left_out_after_a_syntax_error_is_not_reported_again_as_unknown()
    {
        // The metric's body is broken; the KPI that scores it must not add "unknown name 'rate'".
        var result = PerfPlan.Compile("""
            period month
            input a number
            metric rate = a +
            dimension d weight 100% { kpi rate weight 100% linear from 0 to 1 }
            """, "broken.perf");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.Syntax, diagnostic.Code);
    }

    [Fact]
    public void Try_compile_returns_the_plan_or_the_diagnostics()
    {
        Assert.True(PerfPlan.TryCompile(PlanRunner.Case("plans/worked-example.perf"), out var plan, out var none));
        Assert.NotNull(plan);
        Assert.Empty(none);
        Assert.False(PerfPlan.TryCompile("period month", out var missing, out var diagnostics));
        Assert.Null(missing);
        Assert.Equal(DiagnosticCode.NoDimension, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_roster_is_scored_by_any_plan_with_its_inputs_and_refused_by_a_plan_with_others()
    {
        var salesTo200 = PlanRunner.Compile(PlanRunner.Case("hosting/sales-to-200.perf"));
        var salesTo100 = PlanRunner.Compile(PlanRunner.Case("hosting/sales-to-100.perf"));
        var calls = PlanRunner.Compile(PlanRunner.Case("hosting/calls.perf"));
        var roster = salesTo200.ReadCsv(new StringReader(PlanRunner.Case("hosting/sales.csv")), "sales.csv");

        // Same input 'sales': linear 0 to 100 scores e1's 50 as 50.
        Assert.Equal(50m, salesTo100.Evaluate(roster).Find("e1")!.Score);
        Assert.Throws<ArgumentException>(() => calls.Evaluate(roster));
    }
}
