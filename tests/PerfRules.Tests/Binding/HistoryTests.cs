using PerfRules.Binding;
using static PerfRules.Tests.Binding.PlanCompiler;
using ValueType = PerfRules.Binding.ValueType;

namespace PerfRules.Tests.Binding;

public class HistoryTests
{
    private const string Typed = Base + """
        input team text last
        input ok flag
        input joined date last

        """;

    [Theory]
    [InlineData("metric m = previous(sales, 0)", "(7,28) PR0122: 'previous': the number of periods back (0) must be a whole number literal of 1 or more")]
    [InlineData("metric m = previous(sales, 1.5)", "(7,28) PR0122: 'previous': the number of periods back (1.5) must be a whole number literal of 1 or more")]
    [InlineData("metric m = previous(sales, 100%)", "(7,28) PR0122: 'previous': the number of periods back (100%) must be a whole number literal of 1 or more")]
    [InlineData("metric m = sum(sales, sales)", "(7,23) PR0122: 'sum': the number of periods (sales) must be a whole number literal of 1 or more")]
    [InlineData("metric m = avg(sales, 1 + 1)", "(7,23) PR0122: 'avg': the number of periods (1 + 1) must be a whole number literal of 1 or more")]
    [InlineData("metric m = highest(sales, 0)", "(7,27) PR0122: 'highest': the number of periods (0) must be a whole number literal of 1 or more")]
    [InlineData("metric m = times(ok, -2)", "(7,22) PR0122: 'times': the number of periods (-2) must be a whole number literal of 1 or more")]
    public void A_count_of_periods_must_be_a_whole_literal_of_one_or_more(string metric, string expected)
    {
        AssertDiagnostics(Typed + metric + "\n", expected);
    }

    [Theory]
    [InlineData("metric m = sum(team, 2)", "(7,16) PR0106: 'sum' needs a number, but 'team' is text")]
    [InlineData("metric m = avg(joined, 2)", "(7,16) PR0106: 'avg' needs a number, but 'joined' is a date")]
    [InlineData("metric m = streak(sales)", "(7,19) PR0106: 'streak' needs a flag, but 'sales' is a number")]
    [InlineData("metric m = times(sales, 3)", "(7,18) PR0106: 'times' needs a flag, but 'sales' is a number")]
    [InlineData("metric m = highest(ok)", "(7,20) PR0106: 'highest' needs numbers or dates, but 'ok' is a flag")]
    [InlineData("metric m = lowest(team, 3)", "(7,19) PR0106: 'lowest' needs numbers or dates, but 'team' is text")]
    public void History_functions_take_arguments_of_their_type(string metric, string expected)
    {
        AssertDiagnostics(Typed + metric + "\n", expected);
    }

    [Theory]
    [InlineData("metric m = previous(1 + highest(sales))", "(7,25) PR0137: 'previous' cannot contain 'highest(sales)': a window may not sit inside another history function; make it a metric and read that")]
    [InlineData("metric m = sum(latest(sales), 3)", "(7,16) PR0137: 'sum' cannot contain 'latest(sales)': a window may not sit inside another history function; make it a metric and read that")]
    [InlineData("metric m = highest(lowest(sales, 2))", "(7,20) PR0137: 'highest' cannot contain 'lowest(sales, 2)': a window may not sit inside another history function; make it a metric and read that")]
    [InlineData("metric m = streak(times(ok, 3) > 1)", "(7,19) PR0137: 'streak' cannot contain 'times(ok, 3)': a window may not sit inside another history function; make it a metric and read that")]
    [InlineData("metric m = previous(1 + group_sum(sales))", "(7,25) PR0137: 'previous' cannot contain 'group_sum(sales)': an aggregate may not sit inside a history function or another aggregate; make it a metric and read that")]
    [InlineData("metric m = group_max(group_sum(sales by team))", "(7,22) PR0137: 'group_max' cannot contain 'group_sum(sales by team)': an aggregate may not sit inside a history function or another aggregate; make it a metric and read that")]
    [InlineData("metric m = group_count(sales where sales > group_avg(sales))", "(7,44) PR0137: 'group_count' cannot contain 'group_avg(sales)': an aggregate may not sit inside a history function or another aggregate; make it a metric and read that")]
    public void Windows_and_aggregates_may_not_sit_inside_history_functions(string metric, string expected)
    {
        AssertDiagnostics(Typed + metric + "\n", expected);
    }

    [Fact]
    public void Windows_may_contain_previous_and_history_functions_may_contain_each_other()
    {
        var plan = CompileClean(Typed + """
            metric a = highest(previous(sales))
            metric b = previous(sum(sales, 2), 3)
            metric c = sum(previous(sales), 2)
            metric d2 = streak(avg(sales, 2) > 1)
            metric e = group_sum(highest(sales, 4) by team)
            metric f = previous(e)
            """);

        var a = Assert.IsType<BoundHistory>(plan.Metrics[0].Expression);
        Assert.Equal((HistoryFunction.Highest, 0), (a.Function, a.Count));
        var inner = Assert.IsType<BoundHistory>(a.Argument);
        Assert.Equal((HistoryFunction.Previous, 1), (inner.Function, inner.Count));
        var b = Assert.IsType<BoundHistory>(plan.Metrics[1].Expression);
        Assert.Equal(3, b.Count);
        Assert.Equal(2, Assert.IsType<BoundHistory>(b.Argument).Count);
    }

    [Fact]
    public void History_results_take_the_type_of_their_argument_or_count()
    {
        var plan = CompileClean(Typed + """
            metric a = previous(team) == "x"
            metric b = latest(joined)
            metric c = lowest(joined, 3)
            metric d2 = streak(ok) + times(ok, 4) + sum(sales, 2) + avg(sales, 2)
            metric e = previous(ok, 2)
            """);

        Assert.Equal([ValueType.Flag, ValueType.Date, ValueType.Date, ValueType.Number, ValueType.Flag], plan.Metrics.Select(m => m.ValueType));
    }

    [Fact]
    public void Every_history_and_aggregate_call_site_gets_its_own_slot()
    {
        var plan = CompileClean(Typed + """
            metric a = previous(sales) + previous(sales) + group_sum(sales) + group_count(team by team where ok)
            flag f when streak(ok) >= highest(sales, 3) and group_avg(sales) > 0 "x"
            """);

        var slots = new List<int>();
        var aggregateSlots = new List<int>();
        foreach (var root in new[] { plan.Metrics[0].Expression!, plan.Flags[0].Condition })
        {
            foreach (var node in BoundTree.CurrentPeriodNodes(root).Concat(PreviousCalls(root)))
            {
                if (node is BoundHistory history) slots.Add(history.Slot);
                if (node is BoundAggregate aggregate) aggregateSlots.Add(aggregate.Slot);
            }
        }

        Assert.Equal(4, plan.HistorySlotCount);
        Assert.Equal([0, 1, 2, 3], slots.Order());
        Assert.Equal(3, plan.AggregateSlotCount);
        Assert.Equal([0, 1, 2], aggregateSlots.Order());
    }

    [Fact]
    public void Aggregates_check_by_where_and_their_argument()
    {
        AssertDiagnostics(
            Typed + """
            metric a = group_sum(team)
            metric b = group_avg(sales by sales)
            metric c = group_min(sales where sales)
            metric e = group_max(ok)
            metric f = group_sum(sales by nowhere)
            metric g = group_min(joined by team)
            """,
            "(7,22) PR0106: 'group_sum' needs a number, but 'team' is text",
            "(8,31) PR0144: 'by sales' needs a text input, but 'sales' is a number input",
            "(9,34) PR0106: 'where' needs a flag, but 'sales' is a number",
            "(10,22) PR0106: 'group_max' needs a number, but 'ok' is a flag",
            "(11,31) PR0101: unknown name 'nowhere'",
            "(12,22) PR0106: 'group_min' needs a number, but 'joined' is a date");
    }

    [Fact]
    public void Aggregates_take_their_result_type_and_keep_by_and_where()
    {
        var plan = CompileClean(Typed + """
            metric first = group_min(sales by team)
            metric how_many = group_count(team where ok)
            metric dated = group_count(joined)
            """);

        var first = Assert.IsType<BoundAggregate>(plan.Metrics[0].Expression);
        Assert.Equal((AggregateFunction.Min, ValueType.Number, "team"), (first.Function, first.Type, first.By?.Name));
        var count = Assert.IsType<BoundAggregate>(plan.Metrics[1].Expression);
        Assert.Equal((AggregateFunction.Count, ValueType.Number), (count.Function, count.Type));
        Assert.IsType<BoundInputRef>(count.Where);
    }

    /// <summary>The previous calls of an expression, with what they contain (the current-period walk skips them).</summary>
    private static IEnumerable<BoundExpression> PreviousCalls(BoundExpression root)
    {
        foreach (var node in BoundTree.CurrentPeriodNodes(root))
        {
            foreach (var child in BoundTree.Children(node))
            {
                if (child is BoundHistory { Function: HistoryFunction.Previous } previous)
                {
                    yield return previous;
                    foreach (var inner in BoundTree.CurrentPeriodNodes(previous.Argument)) yield return inner;
                }
            }
        }
    }
}
