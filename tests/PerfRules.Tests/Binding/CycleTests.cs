using static PerfRules.Tests.Binding.PlanCompiler;

namespace PerfRules.Tests.Binding;

public class CycleTests
{
    [Fact]
    public void Two_metrics_reading_each_other_are_a_cycle_reported_at_the_first()
    {
        AssertDiagnostics(
            Base + """
            metric a = b + 1
            metric b = a * 2
            """,
            "(4,8) PR0109: metrics depend on each other in a cycle: a -> b -> a");
    }

    [Fact]
    public void A_metric_aggregating_itself_is_a_cycle()
    {
        AssertDiagnostics(Base + "metric a = group_sum(a)\n", "(4,8) PR0109: metrics depend on each other in a cycle: a -> a");
    }

    [Fact]
    public void A_metric_summing_its_own_recent_periods_is_a_cycle()
    {
        // sum includes the current period, so m would need itself.
        AssertDiagnostics(Base + "metric m = sum(m, 2)\n", "(4,8) PR0109: metrics depend on each other in a cycle: m -> m");
    }

    [Fact]
    public void A_metric_reading_its_own_previous_value_is_not_a_cycle()
    {
        var plan = CompileClean(Base + "metric peak = max(sales, coalesce(previous(peak), 0))\n");

        Assert.Equal(0, Assert.Single(plan.Metrics).Index);
    }

    [Fact]
    public void A_cycle_is_reported_once_at_its_first_metric_in_file_order_even_when_entered_later()
    {
        // z reads the cycle of c, a and b without being in it; the cycle is reported once, at c, the first of it in the file.
        AssertDiagnostics(
            Base + """
            metric z = a
            metric c = a + 1
            metric a = b
            metric b = c
            """,
            "(5,8) PR0109: metrics depend on each other in a cycle: c -> a -> b -> c");
    }

    [Fact]
    public void Separate_cycles_are_each_reported()
    {
        AssertDiagnostics(
            Base + """
            metric a = b
            metric b = a
            metric x = latest(x)
            """,
            "(4,8) PR0109: metrics depend on each other in a cycle: a -> b -> a",
            "(6,8) PR0109: metrics depend on each other in a cycle: x -> x");
    }

    [Fact]
    public void Metrics_are_ordered_after_what_they_read_and_otherwise_keep_file_order()
    {
        var plan = CompileClean(Base + """
            metric total = part_a + part_b
            metric other = sales * 2
            metric part_b = part_a * 2
            metric part_a = sales + previous(total)
            metric last_one = 1
            """);

        Assert.Equal(["other", "part_a", "part_b", "total", "last_one"], plan.Metrics.Select(m => m.Name));
        Assert.Equal([0, 1, 2, 3, 4], plan.Metrics.Select(m => m.Index));
    }

    [Fact]
    public void Awards_reading_each_other_are_a_cycle()
    {
        AssertDiagnostics(
            Base + """
            award a = b * 10% "A"
            award b = a + previous(b) "B"
            """,
            "(4,7) PR0140: awards depend on each other in a cycle: a -> b -> a");
    }

    [Fact]
    public void Awards_are_ordered_after_the_awards_they_read()
    {
        var plan = CompileClean(Base + """
            award total = base + extra "Total"
            award base = 100 "Base"
            award extra = base * 10% + previous(total) "Extra"
            """);

        Assert.Equal(["base", "extra", "total"], plan.Awards.Select(a => a.Name));
        Assert.Equal([0, 1, 2], plan.Awards.Select(a => a.Index));
    }
}
