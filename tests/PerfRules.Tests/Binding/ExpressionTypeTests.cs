using PerfRules.Binding;
using static PerfRules.Tests.Binding.PlanCompiler;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Tests.Binding;

public class ExpressionTypeTests
{
    private const string Typed = Base + """
        input team text last
        input ok flag
        input joined date last

        """;

    [Fact]
    public void An_unknown_name_is_reported_at_the_name()
    {
        AssertDiagnostics(Base + "metric m = sales + salse\n", "(4,20) PR0101: unknown name 'salse'");
    }

    [Fact]
    public void An_unknown_function_is_reported_at_its_name()
    {
        AssertDiagnostics(Base + "metric m = median(sales)\n", "(4,12) PR0101: unknown name 'median'");
    }

    [Theory]
    [InlineData("metric m = team + 1", "(7,12) PR0106: '+' needs numbers, but 'team' is text")]
    [InlineData("metric m = -ok", "(7,13) PR0106: '-' needs a number, but 'ok' is a flag")]
    [InlineData("metric m = sales and ok", "(7,12) PR0106: 'and' needs flags, but 'sales' is a number")]
    [InlineData("metric m = not sales", "(7,16) PR0106: 'not' needs a flag, but 'sales' is a number")]
    [InlineData("metric m = team < 3", "(7,12) PR0106: '<' needs numbers or dates, but 'team' is text")]
    [InlineData("metric m = joined - 1", "(7,12) PR0106: '-' needs numbers, but 'joined' is a date")]
    [InlineData("metric m = abs(team)", "(7,16) PR0106: 'abs' needs a number, but 'team' is text")]
    [InlineData("metric m = round(sales, ok)", "(7,25) PR0106: 'round' needs numbers, but 'ok' is a flag")]
    [InlineData("metric m = if(sales, 1, 2)", "(7,15) PR0106: 'if' needs a flag as its condition, but 'sales' is a number")]
    [InlineData("metric m = days_between(joined, sales)", "(7,33) PR0106: 'days_between' needs dates, but 'sales' is a number")]
    [InlineData("metric m = min(team, sales)", "(7,16) PR0106: 'min' needs numbers or dates, but 'team' is text")]
    [InlineData("metric m = (sales + 1) * team", "(7,26) PR0106: '*' needs numbers, but 'team' is text")]
    public void An_operand_of_the_wrong_type_is_named_with_its_text_and_type(string metric, string expected)
    {
        AssertDiagnostics(Typed + metric + "\n", expected);
    }

    [Theory]
    [InlineData("metric m = sales == team", "(7,18) PR0107: '==' cannot mix a number and text")]
    [InlineData("metric m = joined < sales", "(7,19) PR0107: '<' cannot mix a date and a number")]
    [InlineData("metric m = if(ok, 1, true)", "(7,22) PR0107: 'if' cannot mix a number and a flag")]
    [InlineData("metric m = coalesce(sales, joined)", "(7,28) PR0107: 'coalesce' cannot mix a number and a date")]
    [InlineData("metric m = max(joined, period_end, 3)", "(7,36) PR0107: 'max' cannot mix a date and a number")]
    public void Values_of_different_types_are_not_mixed(string metric, string expected)
    {
        AssertDiagnostics(Typed + metric + "\n", expected);
    }

    [Theory]
    [InlineData("metric m = round(sales, 2, 1)", "(7,12) PR0125: 'round' takes 2 arguments, not 3")]
    [InlineData("metric m = abs()", "(7,12) PR0125: 'abs' takes 1 argument, not 0")]
    [InlineData("metric m = min()", "(7,12) PR0125: 'min' takes 1 or more arguments, not 0")]
    [InlineData("metric m = previous(sales, 1, 2)", "(7,12) PR0125: 'previous' takes 1 or 2 arguments, not 3")]
    [InlineData("metric m = sum(sales)", "(7,12) PR0125: 'sum' takes 2 arguments, not 1")]
    [InlineData("metric m = group_sum(sales, 2)", "(7,12) PR0125: 'group_sum' takes 1 argument, not 2")]
    [InlineData("flag f when top(10%, 20%, 30%) \"x\"", "(7,13) PR0125: 'top' takes 1 or 2 arguments, not 3")]
    public void A_call_with_the_wrong_number_of_arguments_is_reported_at_the_function(string line, string expected)
    {
        AssertDiagnostics(Typed + line + "\n", expected);
    }

    [Fact]
    public void A_text_metric_is_reported_at_its_name()
    {
        AssertDiagnostics(Typed + "metric label = if(ok, team, \"none\")\n", "(7,8) PR0126: metric 'label' is text; metrics are numbers, flags or dates");
    }

    [Theory]
    [InlineData("metric m = sales(2)", "(7,12) PR0131: 'sales' is a number input, not a function")]
    [InlineData("metric m = d + 1", "(7,12) PR0131: 'd' is a dimension: read its score as score(d)")]
    public void A_name_used_as_something_it_is_not_says_what_it_is(string metric, string expected)
    {
        AssertDiagnostics(Typed + metric + "\n", expected);
    }

    [Fact]
    public void Every_condition_must_be_a_flag()
    {
        AssertDiagnostics(
            Typed + """
            veto sales "a"
            grades { A when sales  B }
            payout { require sales "b"  multiplier 2 when sales  multiplier ok }
            flag f when team "c"
            """,
            "(7,6) PR0106: the condition of a veto needs a flag, but 'sales' is a number",
            "(8,17) PR0106: the 'when' of grade line 'A' needs a flag, but 'sales' is a number",
            "(9,18) PR0106: a 'require' line needs a flag, but 'sales' is a number",
            "(9,47) PR0106: the 'when' of a multiplier line needs a flag, but 'sales' is a number",
            "(9,65) PR0106: a multiplier needs a number, but 'ok' is a flag",
            "(10,13) PR0106: the condition of flag 'f' needs a flag, but 'team' is text");
    }

    [Fact]
    public void Flags_texts_and_dates_compare_for_equality_and_dates_order()
    {
        var plan = CompileClean(Typed + """
            metric same_team = team == "north" and ok != false
            metric joined_early = joined <= period_start and joined != period_end
            metric first_day = min(joined, period_start)
            metric gap = days_between(joined, period_end) + months_between(joined, period_end)
            metric safe = coalesce(sales, 0) + if(ok, 1, 0) + round(sales, 2) + clamp(sales, 0, 10) + abs(-sales)
            metric unknown = is_missing(team)
            """);

        Assert.Equal(
            [ValueType.Flag, ValueType.Flag, ValueType.Date, ValueType.Number, ValueType.Number, ValueType.Flag],
            plan.Metrics.Select(m => m.ValueType));
    }

    [Fact]
    public void A_metric_takes_the_type_of_a_metric_declared_below_it()
    {
        // 'late' is a flag only once 'later' is known to be a date; 'later' is declared after both readers.
        var plan = CompileClean(Typed + """
            metric early = if(late, later, period_end)
            metric late = later < period_start
            metric later = max(joined, period_start)
            """);

        Assert.Equal([ValueType.Date, ValueType.Flag, ValueType.Date], plan.Metrics.Select(m => m.ValueType));
        Assert.Equal(["later", "late", "early"], plan.Metrics.Select(m => m.Name));
    }

    [Fact]
    public void A_flag_metric_may_read_its_own_earlier_value()
    {
        var plan = CompileClean(Typed + "metric ever_ok = ok or coalesce(previous(ever_ok), false)\n");

        Assert.Equal(ValueType.Flag, Assert.Single(plan.Metrics).ValueType);
    }

    [Fact]
    public void One_mistake_inside_an_expression_gives_one_diagnostic()
    {
        // The unknown name makes the 'if' and the comparison unknown too, but nothing more is said.
        AssertDiagnostics(Typed + "metric m = if(ok, nope, nope2) == team and ok\n", "(7,19) PR0101: unknown name 'nope'", "(7,25) PR0101: unknown name 'nope2'");
    }
}
