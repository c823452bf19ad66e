using PerfRules.Binding;
using static PerfRules.Tests.Binding.PlanCompiler;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Tests.Binding;

public class SpecPlanBindingTests
{
    [Fact]
    public void The_complete_example_of_section_1_binds_without_a_mistake()
    {
        var plan = CompileClean(CaseText("acme-sales.perf"));

        Assert.Equal("Acme field sales", plan.Name);
        Assert.Equal(Cadence.Quarter, plan.Cadence);
        Assert.Equal(
            ["revenue", "collected", "receivable", "new_customers", "nps", "complaints", "data_violations", "team", "tenure_months"],
            plan.Inputs.Select(i => i.Name));
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 8], plan.Inputs.Select(i => i.Index));
        Assert.Equal(InputType.Money, plan.Inputs[0].Type);
        Assert.Equal(Rollup.Sum, plan.Inputs[0].Rollup);
        Assert.Equal(Rollup.Avg, plan.Inputs[4].Rollup);
        Assert.Equal(Rollup.Last, plan.Inputs[7].Rollup);
        Assert.Equal(["collection_rate", "growth"], plan.Metrics.Select(m => m.Name));
        Assert.All(plan.Metrics, m => Assert.Equal(ValueType.Number, m.ValueType));

        var profile = Assert.Single(plan.Profiles);
        Assert.Same(profile, plan.DefaultProfile);
        Assert.Equal("default", profile.Name);
        Assert.Null(profile.Condition);
        Assert.Equal(["performance", "customer", "teamwork"], profile.Dimensions.Select(d => d.Name));
        Assert.Equal([0.6m, 0.2m, 0.2m], profile.Dimensions.Select(d => d.Weight));

        var revenue = profile.Dimensions[0].Kpis[0];
        Assert.Equal(0.5m, revenue.Weight);
        var ladder = Assert.IsType<BoundLadderCurve>(revenue.Curve);
        Assert.True(ladder.Prorated);
        Assert.False(ladder.LowerIsBetter);
        Assert.Equal([1_500_000m, 1_800_000m, 2_000_000m], ladder.Lines.Select(l => l.At));
        Assert.Equal([60m, 25m, 15m], ladder.Lines.Select(l => l.Pays));

        var growth = profile.Dimensions[0].Kpis[2];
        Assert.True(growth.SkipWhenMissing);
        Assert.Equal(new BoundLinearCurve(0m, 0.3m), growth.Curve);

        var nps = Assert.IsType<BoundBandsCurve>(profile.Dimensions[1].Kpis[0].Curve);
        Assert.False(nps.LowerIsBetter);
        Assert.Equal([60m, 40m, 20m], nps.Bands.Select(b => b.At));
        Assert.Equal(0m, nps.Otherwise);
        Assert.Equal(new BoundLinearCurve(5m, 0m), profile.Dimensions[2].Kpis[0].Curve);

        // veto ... grade D: D is the fifth grade line.
        Assert.Equal(4, Assert.Single(plan.Vetoes).GradeIndex);
        Assert.Equal([true, true], plan.MainRanking.Keys.Select(k => k.Descending));
        Assert.IsType<BoundScoreRef>(plan.MainRanking.Keys[0].Expression);
        Assert.Equal("team", plan.MainRanking.Within?.Name);
        Assert.Equal(["S", "A", "B", "C", "D"], plan.Grades!.Lines.Select(l => l.Name));
        Assert.Equal([0.05m, 0.2m, 0.7m, 0.9m, null], plan.Grades.Lines.Select(l => l.Top));
        Assert.Equal(85m, plan.Grades.Lines[0].At);
        Assert.Single(plan.Payout!.Requires);
        Assert.Equal(3, plan.Payout.Multipliers.Length);
        Assert.Equal(["complaint_spike", "promotion_ready"], plan.Flags.Select(f => f.Name));

        // previous(revenue) in growth, previous(complaints) and streak(...) in the flags.
        Assert.Equal(3, plan.HistorySlotCount);
        Assert.Equal(0, plan.AggregateSlotCount);
    }

    [Fact]
    public void The_worked_example_of_section_13_binds_without_a_mistake()
    {
        var plan = CompileClean(CaseText("worked-example.perf"));

        Assert.Equal("Worked example", plan.Name);
        var coll = Assert.Single(plan.Metrics);
        Assert.Equal(("coll", 0), (coll.Name, coll.Index));
        var divide = Assert.IsType<BoundBinary>(coll.Expression);
        Assert.Equal(BoundBinaryOperator.Divide, divide.Operator);

        var dimensions = plan.DefaultProfile.Dimensions;
        Assert.Equal([0.6m, 0.4m], dimensions.Select(d => d.Weight));
        Assert.Equal([0.5m, 0.5m], dimensions[0].Kpis.Select(k => k.Weight));
        Assert.IsType<BoundInputRef>(dimensions[0].Kpis[0].Value);
        Assert.Same(coll, Assert.IsType<BoundMetricRef>(dimensions[0].Kpis[1].Value).Metric);

        // No 'rank by': the main ranking is score, descending, over the whole roster.
        var key = Assert.Single(plan.MainRanking.Keys);
        Assert.Equal(new BoundScoreRef(null, key.Expression.Span), key.Expression);
        Assert.True(key.Descending);
        Assert.Null(plan.MainRanking.Within);

        Assert.Equal([(0.2m, 80m), (0.5m, null), (null, null)], plan.Grades!.Lines.Select(l => (l.Top, l.At)));
        Assert.True(plan.Grades.Lines[2].IsCatchAll);
        var top = Assert.IsType<BoundTopRef>(plan.Payout!.Multipliers[0].When);
        Assert.Equal(0.4m, top.Share);
        Assert.Same(plan.MainRanking, top.Ranking);
        Assert.Null(plan.Payout.Multipliers[1].When);
        Assert.Equal("star", Assert.Single(plan.Flags).Name);
        Assert.Empty(plan.Vetoes);
        Assert.Empty(plan.NamedRankings);
        Assert.Empty(plan.Levels);
        Assert.Empty(plan.Awards);
    }

    [Fact]
    public void A_plan_with_every_construct_of_version_1_1_binds_without_a_mistake()
    {
        var plan = CompileClean(CaseText("version-1-1-tour.perf"));

        Assert.Equal(Cadence.Month, plan.Cadence);
        Assert.Equal(["key_account", "default"], plan.Profiles.Select(p => p.Name));
        Assert.NotNull(plan.Profiles[0].Condition);
        Assert.Equal(["results", "behaviour", "capability"], plan.Profiles[0].Dimensions.Select(d => d.Name));
        Assert.Equal(["revenue_board", "tenure_board"], plan.NamedRankings.Select(r => r.Name));
        Assert.Equal("region", plan.NamedRankings[0].Within?.Name);
        Assert.False(plan.NamedRankings[1].Keys[0].Descending);
        Assert.Equal(ValueType.Date, plan.NamedRankings[1].Keys[0].Expression.Type);

        var levels = Assert.Single(plan.Levels);
        Assert.Equal("agent_level", levels.Name);
        Assert.Equal(["city_partner", "regional", "regional", "trainee"], levels.Lines.Select(l => l.Name));
        Assert.Equal(["excess_share", "base_bonus"], plan.Awards.Select(a => a.Name));
        Assert.Equal([0, 1], plan.Awards.Select(a => a.Index));
        Assert.Equal(3, plan.Vetoes[0].GradeIndex);

        var types = plan.Metrics.ToDictionary(m => m.Name, m => m.ValueType);
        Assert.Equal(ValueType.Number, types["tenure_months"]);
        Assert.Equal(ValueType.Flag, types["new_agent"]);
        Assert.Equal(ValueType.Flag, types["good_quarter"]);
        Assert.Equal(ValueType.Number, types["team_joiners"]);

        // History: highest, times, latest in metrics; previous, streak, previous in flags.
        Assert.Equal(6, plan.HistorySlotCount);
        // Aggregates: two in team_attainment, one each in share, best_share, team_joiners, two in the award.
        Assert.Equal(7, plan.AggregateSlotCount);
    }
}
