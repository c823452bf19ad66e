using PerfRules.Binding;
using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

public class ClassificationTests
{
    [Fact]
    public void A_grades_block_whose_last_line_has_a_condition_is_reported_at_the_last_line()
    {
        AssertDiagnostics(Base + "grades { S top 5%  A top 20% }\n",
            "(4,20) PR0118: the last line of the grades block must have no condition: it is the catch-all");
    }

    [Fact]
    public void A_catch_all_before_the_end_is_reported_at_that_line()
    {
        AssertDiagnostics(Base + "grades { S top 5%  B  A top 20%  D }\n",
            "(4,20) PR0129: only the last line of the grades block may have no condition; line 'B' is a catch-all before the end");
    }

    [Fact]
    public void Levels_blocks_follow_the_same_catch_all_rule()
    {
        AssertDiagnostics(Base + "levels tier {\n  gold at 50\n  plain\n  silver at 20\n}\n",
            "(6,3) PR0129: only the last line of levels block 'tier' may have no condition; line 'plain' is a catch-all before the end",
            "(7,3) PR0118: the last line of levels block 'tier' must have no condition: it is the catch-all");
    }

    [Fact]
    public void Empty_grades_levels_and_payout_blocks_are_reported()
    {
        AssertDiagnostics(Base + "grades { }\nlevels tier { }\npayout { }\n",
            "(4,1) PR0134: the grades block has no line",
            "(5,1) PR0134: levels block 'tier' has no line",
            "(6,1) PR0134: the payout block has no line");
    }

    [Fact]
    public void A_payout_without_a_multiplier_line_is_reported()
    {
        AssertDiagnostics(Base + "payout { require sales > 1 \"Too few sales\" }\n",
            "(4,1) PR0134: the multiplier list of the payout block has no line");
    }

    [Fact]
    public void Multiplier_lines_end_with_exactly_one_catch_all()
    {
        AssertDiagnostics(
            Base + """
            payout {
              multiplier 1
              require sales > 1 "Too few"
              multiplier 3 when top(10%)
              multiplier 2 when top(30%)
            }
            """,
            "(5,3) PR0129: only the last line of the multiplier lines may have no condition; line 'multiplier 1' is a catch-all before the end",
            "(8,3) PR0118: the last line of the multiplier lines must have no condition: it is the catch-all");
    }

    [Fact]
    public void Require_lines_may_come_anywhere_in_the_payout_block()
    {
        var plan = CompileClean(Base + """
            payout {
              multiplier 2 when top(10%)
              require sales > 1 "Too few"
              multiplier 1
              require sales < 100 "Too many"
            }
            """);

        Assert.Equal(["Too few", "Too many"], plan.Payout!.Requires.Select(r => r.Reason));
        Assert.Equal(2, plan.Payout.Multipliers.Length);
    }

    [Theory]
    [InlineData("grades { S top 0%  B }", "(4,16) PR0132: top 0% must be a percent above 0% and at most 100%")]
    [InlineData("grades { S top 120%  B }", "(4,16) PR0132: top 120% must be a percent above 0% and at most 100%")]
    [InlineData("flag f when top(1.5) \"x\"", "(4,17) PR0132: top 1.5 must be a percent above 0% and at most 100%")]
    [InlineData("flag f when top(sales) \"x\"", "(4,17) PR0132: top sales must be a percent above 0% and at most 100%")]
    public void A_top_share_lies_above_0_and_at_most_100_percent(string line, string expected)
    {
        AssertDiagnostics(Base + line + "\n", expected);
    }

    [Fact]
    public void A_top_share_of_exactly_100_percent_or_a_plain_fraction_is_accepted()
    {
        var plan = CompileClean(Base + "grades { S top 100%  A top 0.5  B }\n");

        Assert.Equal([1m, 0.5m, null], plan.Grades!.Lines.Select(l => l.Top));
    }

    [Fact]
    public void A_veto_naming_a_missing_grade_line_is_reported_at_the_grade()
    {
        AssertDiagnostics(Base + "grades { A top 10%  D }\nveto sales > 9 grade E \"x\"\n",
            "(5,22) PR0119: veto grade 'E' is not a line of the grades block");
    }

    [Fact]
    public void A_veto_naming_a_grade_without_a_grades_block_is_reported_at_the_grade()
    {
        AssertDiagnostics(Base + "veto sales > 9 grade D \"x\"\n",
            "(4,22) PR0136: veto names grade 'D', but the plan has no grades block");
    }

    [Fact]
    public void Reading_grade_without_a_grades_block_is_reported()
    {
        AssertDiagnostics(Base + "flag f when grade == \"A\" \"x\"\n",
            "(4,13) PR0142: 'grade' needs a grades block, but the plan has none");
    }

    [Fact]
    public void A_veto_keeps_the_index_of_its_grade_line_or_none_for_the_last()
    {
        var plan = CompileClean(Base + "grades { A top 10%  C top 50%  D }\nveto sales > 9 grade C \"x\"\nveto sales < 0 \"y\"\n");

        Assert.Equal([1, null], plan.Vetoes.Select(v => v.GradeIndex));
        Assert.Equal(["x", "y"], plan.Vetoes.Select(v => v.Reason));
    }

    [Fact]
    public void Level_reads_a_levels_block_and_nothing_else()
    {
        AssertDiagnostics(
            Base + """
            levels tier { a at 50  b }
            flag f when level(sales) == "a" "x"
            flag g when level(nothing) == "a" "y"
            flag h when tier == "a" "z"
            """,
            "(5,19) PR0131: 'sales' is a number input, not a levels block",
            "(6,19) PR0101: unknown name 'nothing'",
            "(7,13) PR0131: 'tier' is a levels block: read it as level(tier)");
    }

    [Fact]
    public void A_grade_line_name_is_not_a_value()
    {
        AssertDiagnostics(Base + "grades { A top 10%  B }\nflag f when grade == A \"x\"\n",
            "(5,22) PR0131: 'A' is a grade line: compare grade == \"A\"");
    }

    [Fact]
    public void Grade_and_levels_lines_keep_top_at_and_when()
    {
        var plan = CompileClean(Base + "levels tier { gold top 10% at 80 when sales > 3  plain }\n");

        var levels = Assert.Single(plan.Levels);
        Assert.Equal("tier", levels.Name);
        var gold = levels.Lines[0];
        Assert.Equal((0.1m, 80m), (gold.Top, gold.At));
        Assert.IsType<BoundBinary>(gold.When);
        Assert.True(levels.Lines[1].IsCatchAll);
    }
}
