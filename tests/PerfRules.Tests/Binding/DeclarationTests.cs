using PerfRules.Diagnostics;
using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

public class DeclarationTests
{
    [Fact]
    public void A_plan_without_period_is_reported_at_the_start_of_the_text()
    {
        AssertDiagnostics(
            """
            input sales number
            dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 }
            """,
            "(1,1) PR0120: the plan has no 'period' declaration: say 'period week', 'period month', 'period quarter' or 'period year'");
    }

    [Fact]
    public void A_period_the_parser_could_not_read_is_not_also_reported_missing()
    {
        var (plan, diagnostics) = Compile(
            """
            period fortnight
            input sales number
            dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 }
            """);

        Assert.Equal([(DiagnosticCode.Syntax, 1, 8)], diagnostics.Select(d => (d.Code, d.Line, d.Column)));
        Assert.Null(plan);
    }

    [Fact]
    public void A_plan_without_a_top_level_dimension_is_reported_at_the_start_of_the_text()
    {
        // Dimensions inside a profile do not count: the top-level ones are the default profile.
        AssertDiagnostics(
            """
            period quarter
            input sales number
            input role text last
            profile p when role == "x" {
              dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 }
            }
            """,
            "(1,1) PR0121: the plan has no dimension: a score needs at least one");
    }

    [Fact]
    public void Declarations_allowed_once_are_reported_at_the_second()
    {
        AssertDiagnostics(
            """
            plan "A"
            period quarter
            input sales number
            dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 }
            plan "B"
            period month
            rank by sales desc
            rank by score desc
            grades { A }
            grades { B }
            payout { multiplier 1 }
            payout { multiplier 2 }
            """,
            "(5,1) PR0123: 'plan' may appear only once; the first is at line 1",
            "(6,1) PR0123: 'period' may appear only once; the first is at line 2",
            "(8,1) PR0123: 'rank by' may appear only once; the first is at line 7",
            "(10,1) PR0123: 'grades' may appear only once; the first is at line 9",
            "(12,1) PR0123: 'payout' may appear only once; the first is at line 11");
    }

    [Fact]
    public void A_name_declared_twice_is_reported_at_the_later_declaration_naming_the_first()
    {
        AssertDiagnostics(
            Base + """
            input sales money
            metric d = 1
            grades { sales at 5  B }
            award d = 1 "x"
            levels sales { x }
            """,
            "(4,7) PR0102: 'sales' is already declared at line 2",
            "(5,8) PR0102: 'd' is already declared at line 3",
            "(6,10) PR0102: 'sales' is already declared at line 2",
            "(7,7) PR0102: 'd' is already declared at line 3",
            "(8,8) PR0102: 'sales' is already declared at line 2");
    }

    [Fact]
    public void Grade_line_names_are_unique_but_level_line_names_may_repeat()
    {
        AssertDiagnostics(
            Base + """
            grades { A top 10%  A top 50%  B }
            levels tier { gold when sales > 5  gold when sales < 1  plain }
            """,
            "(4,21) PR0102: 'A' is already declared at line 4");
    }

    [Fact]
    public void A_dimension_name_may_repeat_across_profiles_but_not_within_one()
    {
        AssertDiagnostics(
            Base + """
            input role text last
            profile p when role == "p" {
              dimension d weight 50% { kpi sales weight 100% linear from 0 to 10 }
              dimension d weight 50% { kpi sales weight 100% linear from 0 to 20 }
            }
            """,
            "(7,13) PR0102: 'd' is already declared at line 6",
            "(7,32) PR0116: 'sales' is already scored by the KPI at line 6; a metric is scored by at most one KPI");
    }

    [Fact]
    public void Rankings_profiles_and_flags_each_have_their_own_namespace()
    {
        // A ranking, a profile and a flag may share a name with an input; each may not repeat in its own kind.
        AssertDiagnostics(
            Base + """
            input role text last
            rank sales by sales desc
            rank sales by score desc
            profile sales when role == "a" { dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 } }
            profile sales when role == "b" { dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 } }
            flag sales when sales > 1 "a"
            flag sales when sales > 2 "b"
            """,
            "(6,6) PR0102: 'sales' is already declared at line 5",
            "(8,9) PR0102: 'sales' is already declared at line 7",
            "(10,6) PR0102: 'sales' is already declared at line 9");
    }

    [Fact]
    public void No_profile_may_be_named_default()
    {
        AssertDiagnostics(
            Base + """
            profile default when true { dimension d weight 100% { kpi sales weight 100% linear from 0 to 10 } }
            """,
            "(4,9) PR0139: 'default' is the name of the top-level dimensions and cannot name a profile");
    }

    [Fact]
    public void No_input_may_be_named_employee()
    {
        AssertDiagnostics(
            Base + "input employee text\n",
            "(4,7) PR0127: no input may be named 'employee': it is the data's id column");
    }

    [Theory]
    [InlineData("input team text sum", "(4,17) PR0130: rollup 'sum' cannot combine text values; use last")]
    [InlineData("input ok flag avg", "(4,15) PR0130: rollup 'avg' cannot combine flag values; use last")]
    [InlineData("input joined date sum", "(4,19) PR0130: rollup 'sum' cannot combine date values; use last, min or max")]
    public void A_rollup_must_suit_its_input_type(string input, string expected)
    {
        AssertDiagnostics(Base + input + "\n", expected);
    }

    [Theory]
    [InlineData("input n number avg")]
    [InlineData("input m money sum")]
    [InlineData("input c count max")]
    [InlineData("input p percent min")]
    [InlineData("input day date min")]
    [InlineData("input day date max")]
    [InlineData("input t text last")]
    [InlineData("input f flag last optional")]
    public void Rollups_that_suit_their_input_type_are_accepted(string input)
    {
        CompileClean(Base + input + "\n");
    }

    [Fact]
    public void Inputs_keep_their_declared_type_rollup_and_optionality()
    {
        var plan = CompileClean(Base + "input joined date max optional\ninput team text\n");

        Assert.Equal(
            [
                new PlanInputView("sales", InputType.Number, Rollup.None, false, 0),
                new PlanInputView("joined", InputType.Date, Rollup.Max, true, 1),
                new PlanInputView("team", InputType.Text, Rollup.None, false, 2),
            ],
            plan.Inputs.Select(i => new PlanInputView(i.Name, i.Type, i.Rollup, i.Optional, i.Index)));
    }

    [Fact]
    public void Output_columns_may_not_repeat_a_fixed_column_or_each_other()
    {
        AssertDiagnostics(
            Base + """
            rank board by sales desc
            award rank_board = 1 "a"
            award group = 1 "b"
            levels flags { x }
            award employee = 1 "c"
            """,
            "(5,7) PR0138: award 'rank_board' would add the output column 'rank_board', but the output already has that column (ranking 'board' at line 4)",
            "(6,7) PR0138: award 'group' would add the output column 'group', but the output already has that column (a fixed column)",
            "(7,8) PR0138: levels block 'flags' would add the output column 'flags', but the output already has that column (a fixed column)",
            "(8,7) PR0138: award 'employee' would add the output column 'employee', but the output already has that column (a fixed column)");
    }

    [Fact]
    public void A_ranking_declared_after_a_clashing_award_is_the_one_reported()
    {
        AssertDiagnostics(
            Base + """
            award rank_board = 1 "a"
            rank board by sales desc
            """,
            "(5,6) PR0138: ranking 'board' would add the output column 'rank_board', but the output already has that column (award 'rank_board' at line 4)");
    }

    private sealed record PlanInputView(string Name, InputType Type, Rollup Rollup, bool Optional, int Index);
}
