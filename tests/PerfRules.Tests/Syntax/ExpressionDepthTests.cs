using PerfRules.Diagnostics;

namespace PerfRules.Tests.Syntax;

/// <summary>Long operator chains make deep trees; past the limit they are one diagnostic, never a stack overflow.</summary>
public class ExpressionDepthTests
{
    private static string ChainPlan(int terms) =>
        $"period month\ninput a number\nmetric m = {string.Join(" + ", Enumerable.Repeat("a", terms))}\n" +
        "dimension d weight 100% { kpi m weight 100% linear from 0 to 10000 }\n";

    [Fact]
    public void A_chain_at_the_limit_compiles_and_evaluates()
    {
        // 1,000 terms of a = 1 make a tree 1,000 deep: m = 1,000, which scores 10 on 0..10,000.
        var result = PlanRunner.Score(ChainPlan(1000), "employee,period,a\ne,2025-01,1\n");
        Assert.Equal(10m, result.Employee("e").ExactScore);
    }

    [Theory]
    [InlineData(1001)]
    [InlineData(100_000)]
    public void A_longer_chain_is_one_nesting_diagnostic_at_the_expression(int terms)
    {
        var result = PerfPlan.Compile(ChainPlan(terms), "chain.perf");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCode.NestingTooDeep, diagnostic.Code);
        Assert.Equal((3, 12), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("expression nested more than 1000 levels deep", diagnostic.Message);
    }
}
