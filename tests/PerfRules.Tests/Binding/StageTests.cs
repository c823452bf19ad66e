using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

public class StageTests
{
    [Theory]
    [InlineData("metric m = rank * 2", "(4,12) PR0108: 'rank' cannot be used in a metric: it is known only from the grade stage on")]
    [InlineData("metric m = score", "(4,12) PR0108: 'score' cannot be used in a metric: it is known only from the veto stage on")]
    [InlineData("metric m = score(d)", "(4,12) PR0108: 'score(d)' cannot be used in a metric: it is known only from the veto stage on")]
    [InlineData("metric m = group_size", "(4,12) PR0108: 'group_size' cannot be used in a metric: it is known only from the grade stage on")]
    [InlineData("metric m = top(10%)", "(4,12) PR0108: 'top(10%)' cannot be used in a metric: it is known only from the grade stage on")]
    [InlineData("metric m = sum(rank, 2)", "(4,16) PR0108: 'rank' cannot be used in a metric: it is known only from the grade stage on")]
    [InlineData("metric m = group_sum(score)", "(4,22) PR0108: 'score' cannot be used in a metric: it is known only from the veto stage on")]
    [InlineData("rank by top(10%) desc", "(4,9) PR0108: 'top(10%)' cannot be used in a rank key: it is known only from the grade stage on")]
    [InlineData("payout { multiplier multiplier }", "(4,21) PR0108: 'multiplier' cannot be used in a payout line: it is known only from the award stage on")]
    [InlineData("grades { A at 5  B }\nveto grade == \"B\" \"x\"", "(5,6) PR0108: 'grade' cannot be used in a veto: it is known only from the levels stage on")]
    [InlineData("grades { A when grade == \"B\"  B }", "(4,17) PR0108: 'grade' cannot be used in a grade line: it is known only from the levels stage on")]
    [InlineData("levels tier { a when level(tier) == \"a\"  b }", "(4,22) PR0108: 'level(tier)' cannot be used in a levels line: it is known only from the payout stage on")]
    [InlineData("award bonus = 1 \"x\"\npayout { multiplier bonus }", "(5,21) PR0108: 'bonus' cannot be used in a payout line: it is known only from the award stage on")]
    [InlineData("input role text last\nprofile p when score > 50 { dimension d weight 100% { kpi sales weight 100% linear from 0 to 1 } }",
        "(5,16) PR0108: 'score' cannot be used in a profile condition: it is known only from the veto stage on")]
    public void A_value_read_before_its_stage_is_reported_at_the_value(string text, string expected)
    {
        AssertDiagnostics(Base + text + "\n", expected);
    }

    [Fact]
    public void A_score_curve_may_not_read_scores()
    {
        AssertDiagnostics(
            """
            period quarter
            input sales number
            dimension d weight 100% { kpi sales weight 100% score = score(d) / 2 }
            """,
            "(3,57) PR0108: 'score(d)' cannot be used in a KPI curve: it is known only from the veto stage on");
    }

    [Fact]
    public void A_metric_reading_a_late_metric_is_reported_once_at_the_late_value()
    {
        AssertDiagnostics(
            Base + """
            metric placed = rank
            metric doubled = placed * 2
            """,
            "(4,17) PR0108: 'rank' cannot be used in a metric: it is known only from the grade stage on");
    }

    [Fact]
    public void Previous_reads_any_stage_because_the_earlier_period_is_complete()
    {
        CompileClean(Base + """
            award bonus = 10 "x"
            grades { A top 10%  B }
            levels tier { a at 50  b }
            metric m = previous(rank) + previous(score(d)) + if(previous(top(10%)), 1, 0) + previous(bonus) + previous(multiplier)
            metric g = previous(grade) == "A" or previous(level(tier)) == "a"
            payout { multiplier 1 + coalesce(previous(multiplier), 0) }
            """);
    }

    [Fact]
    public void Each_stage_reads_what_the_stages_before_it_decided()
    {
        CompileClean(Base + """
            rank board by score(d) desc, sales asc
            veto group_avg(score) > score + 50 "Far above the group"
            grades { A top 10% when rank <= 3 and group_size > 2 and rank(board) < 5  B }
            levels tier { a when grade == "A" and top(50%, board)  b }
            payout {
              require level(tier) == "a" or streak(top(20%)) >= 2 "Not a"
              multiplier 2 when group_size(board) > 1
              multiplier 1
            }
            award base = multiplier * 100 "Base"
            award extra = base / 2 + score "Extra"
            flag f when extra > 10 and grade == "A" and level(tier) == "a" and multiplier > 1 "Rich"
            """);
    }
}
