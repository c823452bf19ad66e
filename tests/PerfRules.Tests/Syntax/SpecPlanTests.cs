using PerfRules.Syntax.Ast;

namespace PerfRules.Tests.Syntax;

public class SpecPlanTests
{
    [Fact]
    public void Section_1_example_parses_without_diagnostics()
    {
        var parsed = Parsed.From(Parsed.ReadCase("acme-sales.perf"), "acme-sales.perf");

        Assert.Empty(parsed.Diagnostics);
        // plan, period, 9 inputs, 2 metrics, 3 dimensions, veto, rank, grades, payout, 2 flags
        Assert.Equal(22, parsed.Plan.Declarations.Length);
        Assert.Equal(9, parsed.Plan.Declarations.OfType<InputDeclaration>().Count());
        Assert.Equal(["performance", "customer", "teamwork"],
            parsed.Plan.Declarations.OfType<DimensionDeclaration>().Select(d => d.Name.Name));
        Assert.Equal(["complaint_spike", "promotion_ready"],
            parsed.Plan.Declarations.OfType<FlagDeclaration>().Select(f => f.Name.Name));
    }

    [Fact]
    public void Section_13_worked_example_parses_without_diagnostics()
    {
        var parsed = Parsed.From(Parsed.ReadCase("worked-example.perf"), "worked-example.perf");

        Assert.Empty(parsed.Diagnostics);
        // plan, period, 4 inputs, 1 metric, 2 dimensions, grades, payout, 1 flag
        Assert.Equal(12, parsed.Plan.Declarations.Length);
        var grades = parsed.Plan.Declarations.OfType<GradesDeclaration>().Single();
        Assert.Equal(["S", "A", "B"], grades.Lines.Select(l => l.Name.Name));
        Assert.True(grades.Lines[2].IsCatchAll);
    }

    [Fact]
    public void Section_1_ladder_reads_its_lines_and_underscored_thresholds()
    {
        var parsed = Parsed.From(Parsed.ReadCase("acme-sales.perf"));
        var performance = parsed.Plan.Declarations.OfType<DimensionDeclaration>().First();
        var ladder = Assert.IsType<LadderCurveSyntax>(performance.Kpis[0].Curve);

        Assert.True(ladder.Prorated);
        Assert.Equal([1_500_000m, 1_800_000m, 2_000_000m], ladder.Lines.Select(l => l.At.Value));
        Assert.Equal([60m, 25m, 15m], ladder.Lines.Select(l => l.Pays.Value));
        Assert.Equal("1_500_000", ladder.Lines[0].At.Text);
        Assert.True(performance.Kpis[2].SkipWhenMissing);
        Assert.False(performance.Kpis[1].SkipWhenMissing);
    }

    [Fact]
    public void Section_1_rank_has_two_keys_and_a_group()
    {
        var rank = Parsed.From(Parsed.ReadCase("acme-sales.perf")).Plan.Declarations.OfType<RankDeclaration>().Single();

        Assert.Null(rank.Name);
        Assert.Equal(["score", "revenue"], rank.Keys.Select(k => Assert.IsType<NameExpression>(k.Key).Name));
        Assert.All(rank.Keys, k => Assert.True(k.Descending));
        Assert.Equal("team", rank.Within?.Name);
    }
}
